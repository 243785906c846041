package nl.betrokken.lea;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * A screening round for one LEA meeting, led by the municipality or one of its boards: the municipality,
 * the invited boards and the invited partner organisations each have their part.
 */
@Entity
@Table(name = "lea_screening")
public class LeaScreening extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "municipality_id", nullable = false)
    public long municipalityId;

    @Column(name = "questionnaire_version_id", nullable = false)
    public long questionnaireVersionId;

    @Column(nullable = false)
    public String title;

    /** The board that leads the round; null when the municipality leads it. */
    @Column(name = "lead_board_id")
    public Long leadBoardId;

    @Column(name = "meeting_date")
    public LocalDate meetingDate;

    /** What the meeting agreed, as answers to the questionnaire's conclusion page. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, Object> agreement = new LinkedHashMap<>();

    @Column(name = "agreed_at")
    public OffsetDateTime agreedAt;

    @Column(name = "agreed_by")
    public Long agreedBy;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    @Column(name = "created_by")
    public Long createdBy;

    static List<LeaScreening> newestFirst() {
        return list("from LeaScreening order by createdAt desc, id desc");
    }

    static List<LeaScreening> ofMunicipality(Long municipalityId) {
        return list("municipalityId = ?1 order by createdAt desc, id desc", municipalityId);
    }

    /** The screenings a board was invited to (a lead board always is), newest first. */
    static List<LeaScreening> withBoard(Long boardId) {
        return list(
                "id in (select p.screeningId from LeaPartner p where p.boardId = ?1) order by createdAt desc, id desc",
                boardId);
    }

    static Optional<LeaScreening> latestOf(long municipalityId) {
        return find("municipalityId = ?1 order by createdAt desc", municipalityId)
                .firstResultOptional();
    }
}
