package nl.betrokken.openanswers;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.List;

/** One theme of a municipality's list for the open answers of one questionnaire; its position is its number. */
@Entity
@Table(name = "open_theme")
public class OpenTheme extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "municipality_id", nullable = false)
    public long municipalityId;

    @Column(name = "questionnaire_id", nullable = false)
    public String questionnaireId;

    @Column(nullable = false)
    public String label;

    @Column(nullable = false)
    public int position;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    public static List<OpenTheme> listOf(long municipalityId, String questionnaireId) {
        return list("municipalityId = ?1 and questionnaireId = ?2 order by position", municipalityId, questionnaireId);
    }
}
