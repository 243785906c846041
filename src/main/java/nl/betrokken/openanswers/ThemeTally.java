package nl.betrokken.openanswers;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Keeps the live theme counts (theme_count) equal to the codings: counts one open item's coded answers
 * and their themes of some wave institutions again, inside the transaction that changed the codings.
 */
@ApplicationScoped
public class ThemeTally {

    private final EntityManager entityManager;

    public ThemeTally(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void recount(String itemId, Long[] waveInstitutions) {
        entityManager
                .createNativeQuery("delete from theme_count where item_id = :item and wave_institution_id = any(:ids)")
                .setParameter("item", itemId)
                .setParameter("ids", waveInstitutions)
                .executeUpdate();
        entityManager
                .createNativeQuery("""
                        insert into theme_count (wave_institution_id, item_id, theme, respondents)
                        select r.wave_institution_id, :item, '*', count(*)
                        from open_answer_coding c join response r on r.id = c.response_id
                        where c.item_id = :item and r.wave_institution_id = any(:ids)
                        group by r.wave_institution_id
                        union all
                        select r.wave_institution_id, :item, a.theme_id::text, count(*)
                        from open_answer_theme a join response r on r.id = a.response_id
                        where a.item_id = :item and r.wave_institution_id = any(:ids)
                        group by r.wave_institution_id, a.theme_id
                        """)
                .setParameter("item", itemId)
                .setParameter("ids", waveInstitutions)
                .executeUpdate();
    }
}
