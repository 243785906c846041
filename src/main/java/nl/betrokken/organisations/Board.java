package nl.betrokken.organisations;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.UpdateTimestamp;

/** A schoolbestuur (or the board of preschools) with institutions in one municipality. */
@Entity
@Table(name = "board")
public class Board extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "municipality_id", nullable = false)
    public Municipality municipality;

    @Column(nullable = false)
    public String name;

    /** DUO's number of the bevoegd gezag, when known (imports find the board by it). */
    @Column(name = "board_number")
    public String boardNumber;
    /** Set when the board was archived: its history stays, it takes part in no new wave. */
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

    public static List<Board> ofMunicipality(long municipalityId) {
        return list("municipality.id = ?1 order by name", municipalityId);
    }

    /** The boards with these ids that exist, in no particular order. */
    public static List<Board> byIds(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }

    /** The boards the scope sees, with their municipality; of one municipality only unless it is null. */
    public static List<Board> seenIn(Scope scope, Long municipalityId) {
        String query = "from Board b join fetch b.municipality where " + scope.boards("b")
                + (municipalityId == null ? "" : " and b.municipality.id = :municipality") + " order by b.name";
        return scope.list(
                query, Board.class, municipalityId == null ? Map.of() : Map.of("municipality", municipalityId));
    }

    /** Whether another board than {@code exceptId} in the municipality has this name, in any case. */
    static boolean nameTaken(Municipality municipality, String name, long exceptId) {
        return count("municipality = ?1 and lower(name) = lower(?2) and id <> ?3", municipality, name, exceptId) > 0;
    }

    public static Optional<Board> named(String name) {
        return find("name", name).firstResultOptional();
    }
}
