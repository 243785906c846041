package nl.betrokken.targets;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import nl.betrokken.disclosure.Unit;
import nl.betrokken.disclosure.WaveFigures;
import nl.betrokken.organisations.Scope;
import nl.betrokken.organisations.Sector;

/** "In 2028 at least 90 % of parents are satisfied with their relationship with the school." */
@Entity
@Table(name = "target")
public class Target extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "municipality_id", nullable = false)
    public long municipalityId;

    @Column(nullable = false)
    public String name;

    @Column(name = "questionnaire_id", nullable = false)
    public String questionnaireId;

    @Column(name = "indicator_id", nullable = false)
    public String indicatorId;

    @Column(nullable = false, precision = 5, scale = 4)
    public BigDecimal threshold;

    @Column(nullable = false)
    public LocalDate deadline;

    /** Only this sector's institutions; null for all. */
    @Enumerated(EnumType.STRING)
    public Sector sector;

    /** Only this institution; null for all. */
    @Column(name = "institution_id")
    public Long institutionId;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt = OffsetDateTime.now();

    /** The institutions of a wave this target is about. */
    List<Unit> unitsIn(WaveFigures figures) {
        return figures.units().stream()
                .filter(u -> (sector == null || u.sector() == sector)
                        && (institutionId == null || u.institutionId() == institutionId))
                .toList();
    }

    public static List<Target> ofMunicipality(long municipalityId) {
        return list("municipalityId = ?1 order by id", municipalityId);
    }

    public static List<Target> byDeadlineOf(long municipalityId) {
        return list("municipalityId = ?1 order by deadline, id", municipalityId);
    }

    /** The targets of the municipalities the scope sees, by deadline. */
    static List<Target> seenIn(Scope scope) {
        return scope.list(
                "select t from Target t, Municipality m where m.id = t.municipalityId and " + scope.municipalities("m")
                        + " order by t.deadline, t.id",
                Target.class,
                Map.of());
    }
}
