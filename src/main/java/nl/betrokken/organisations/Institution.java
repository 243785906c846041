package nl.betrokken.organisations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/**
 * A school or preschool. Its numbers of pupils, parents and staff are the denominators of the
 * response rates later, so they are optional but never negative.
 */
@Entity
@Table(name = "institution")
public class Institution extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "board_id", nullable = false)
    public Board board;

    @Column(nullable = false)
    public String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Sector sector;

    /** The school's BRIN code (four characters, optionally with a two-digit location number). */
    @Column(name = "brin_code")
    public String brinCode;

    @Column(name = "pupil_count")
    public Integer pupilCount;

    @Column(name = "parent_count")
    public Integer parentCount;

    @Column(name = "staff_count")
    public Integer staffCount;

    /** Where the counts came from: "hand" (a page or the API) or "import <file name>". */
    @Column(name = "population_source")
    public String populationSource;

    /** When the counts were last set. */
    @Column(name = "population_date")
    public LocalDate populationDate;
    /** Set when the institution was archived: its history stays, it takes part in no new wave. */
    @Column(name = "archived_at")
    public OffsetDateTime archivedAt;

    public boolean archived() {
        return archivedAt != null;
    }

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public OffsetDateTime createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    /** The institutions the scope sees, with board and municipality; narrowed by each filter that is not null. */
    public static List<Institution> seenIn(Scope scope, Long boardId, Long municipalityId, Sector sector) {
        StringBuilder query = new StringBuilder(
                "from Institution i join fetch i.board b join fetch b.municipality m where " + scope.institutions("i"));
        Map<String, Object> parameters = new HashMap<>();
        if (boardId != null) {
            query.append(" and b.id = :board");
            parameters.put("board", boardId);
        }
        if (municipalityId != null) {
            query.append(" and m.id = :municipality");
            parameters.put("municipality", municipalityId);
        }
        if (sector != null) {
            query.append(" and i.sector = :sector");
            parameters.put("sector", sector);
        }
        query.append(" order by i.name");
        return scope.list(query.toString(), Institution.class, parameters);
    }

    /** Whether another institution than {@code exceptId} of the board has this name, in any case. */
    static boolean nameTaken(Board board, String name, long exceptId) {
        return count("board = ?1 and lower(name) = lower(?2) and id <> ?3", board, name, exceptId) > 0;
    }

    static boolean brinCodeTaken(String brinCode, long exceptId) {
        return count("brinCode = ?1 and id <> ?2", brinCode, exceptId) > 0;
    }

    /** The institution with this BRIN code anywhere, whoever may see it (BRIN codes are unique). */
    public static Optional<Institution> withBrinCode(String brinCode) {
        return find("from Institution i join fetch i.board b join fetch b.municipality where i.brinCode = ?1", brinCode)
                .firstResultOptional();
    }

    public static Optional<Institution> named(String name) {
        return find("name", name).firstResultOptional();
    }

    /** The institutions with these ids that exist, with their boards, in no particular order. */
    public static List<Institution> withBoards(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("from Institution i join fetch i.board where i.id in ?1", ids);
    }

    public static List<Institution> ofMunicipalityNamed(String municipality) {
        return list("board.municipality.name", municipality);
    }

    public static List<Institution> ofMunicipality(long municipalityId) {
        return list("board.municipality.id = ?1 order by name", municipalityId);
    }
}
