package nl.betrokken.lea;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One partner's part of a screening: the municipality itself, an invited board or an invited partner organisation. */
@Entity
@Table(name = "lea_partner")
public class LeaPartner extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "screening_id", nullable = false)
    public long screeningId;

    @Column(name = "board_id")
    public Long boardId;

    /** A partner organisation (no accounts: the lead fills its part in); null for the municipality and boards. */
    @Column(name = "organisation_id")
    public Long organisationId;

    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public Map<String, Object> answers = new LinkedHashMap<>();

    @Column(name = "submitted_at")
    public OffsetDateTime submittedAt;

    @Column(name = "updated_at")
    public OffsetDateTime updatedAt;

    @Column(name = "updated_by")
    public Long updatedBy;

    public boolean isMunicipality() {
        return boardId == null && organisationId == null;
    }

    public boolean isOrganisation() {
        return organisationId != null;
    }

    /** The partners of a screening: the municipality first, then the boards, then the partner organisations. */
    static List<LeaPartner> ofScreening(long screeningId) {
        return list("screeningId = ?1 order by organisationId nulls first, boardId nulls first, id", screeningId);
    }

    static List<LeaPartner> ofScreenings(Collection<Long> screeningIds) {
        return screeningIds.isEmpty()
                ? List.of()
                : list("screeningId in ?1 order by organisationId nulls first, boardId nulls first, id", screeningIds);
    }

    static Optional<LeaPartner> ofMunicipality(long screeningId) {
        return find("screeningId = ?1 and boardId is null and organisationId is null", screeningId)
                .firstResultOptional();
    }

    static Optional<LeaPartner> ofOrganisation(long screeningId, long organisationId) {
        return find("screeningId = ?1 and organisationId = ?2", screeningId, organisationId)
                .firstResultOptional();
    }

    static Optional<LeaPartner> inScreening(long screeningId, long id) {
        return find("screeningId = ?1 and id = ?2", screeningId, id).firstResultOptional();
    }

    static Optional<LeaPartner> ofBoard(long screeningId, Long boardId) {
        return find("screeningId = ?1 and boardId = ?2", screeningId, boardId).firstResultOptional();
    }
}
