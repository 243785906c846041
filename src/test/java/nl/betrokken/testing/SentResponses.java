package nl.betrokken.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;

/**
 * Sent responses written straight to the database, for tests of what is computed from them (the
 * answering pages have tests of their own). Answers are stored exactly as the pages store them.
 */
@ApplicationScoped
public class SentResponses {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final EntityManager entityManager;

    public SentResponses(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Adds one sent response to the wave institution behind a link (/s/{slug}). */
    @Transactional
    public void add(String link, Map<String, ?> answers) {
        add(link, answers, 1);
    }

    /** Adds the same sent response {@code times} times. */
    @Transactional
    public void add(String link, Map<String, ?> answers, int times) {
        String json;
        try {
            json = JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
        // the school's own link, or a channel's link of it (the helper's one marks the response as assisted)
        int inserted = entityManager
                .createNativeQuery("""
                with target as (
                    select wi.id as row, w.questionnaire_version_id as version, null::bigint as channel, 'SELF' as way
                    from wave_institution wi join wave w on w.id = wi.wave_id where wi.slug = :slug
                    union all
                    select wi.id, w.questionnaire_version_id, l.wave_channel_id,
                           case when l.assisted_slug = :slug then 'ASSISTED' else 'SELF' end
                    from channel_link l join wave_institution wi on wi.id = l.wave_institution_id
                    join wave w on w.id = wi.wave_id where l.slug = :slug or l.assisted_slug = :slug)
                insert into response (questionnaire_version_id, wave_institution_id, answers, language, status,
                                      created_at, updated_at, submitted_at, channel_id, answer_way)
                select t.version, t.row, cast(:answers as jsonb), 'nl', 'SUBMITTED',
                       date_trunc('hour', now()), date_trunc('hour', now()), date_trunc('hour', now()), t.channel, t.way
                from target t, generate_series(1, :times)
                """)
                .setParameter("answers", json)
                .setParameter("times", times)
                .setParameter("slug", link.replaceFirst("^/s/", ""))
                .executeUpdate();
        if (inserted != times) {
            throw new IllegalArgumentException("no wave institution behind " + link);
        }
    }

    /** The sent responses of one institution in a wave, oldest first. */
    @Transactional
    @SuppressWarnings("unchecked")
    public List<Long> ids(long waveId, long institutionId) {
        return entityManager
                .createNativeQuery(
                        "select r.id from response r join wave_institution wi on wi.id = r.wave_institution_id"
                                + " where wi.wave_id = :wave and wi.institution_id = :school order by r.id",
                        Long.class)
                .setParameter("wave", waveId)
                .setParameter("school", institutionId)
                .getResultList();
    }
}
