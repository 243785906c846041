package nl.betrokken.lea;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Scope;
import nl.betrokken.security.AuditLog;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.security.Role;

/**
 * The care and welfare partners of a municipality. Everyone at the LEA table reads the list of their
 * own municipality (a lead board invites from it); only the municipality's analysts keep it.
 */
@ApplicationScoped
@Transactional
public class PartnerOrganisationService {

    private final Scope scope;
    private final LeaAccess access;
    private final AuditLog audit;

    public PartnerOrganisationService(Scope scope, LeaAccess access, AuditLog audit) {
        this.scope = scope;
        this.access = access;
        this.audit = audit;
    }

    /** The partners the caller sees: all for an administrator, else those of the own municipality. */
    public List<PartnerOrganisationView> list() {
        AuthenticatedUser user = access.user();
        List<PartnerOrganisation> found = user.is(Role.ADMINISTRATOR)
                ? PartnerOrganisation.all()
                : user.municipalityId() == null ? List.of() : PartnerOrganisation.ofMunicipality(user.municipalityId());
        return found.stream().map(PartnerOrganisationView::of).toList();
    }

    public PartnerOrganisationView get(long id) {
        return PartnerOrganisationView.of(find(id));
    }

    public boolean mayKeep() {
        return access.user().is(Role.MUNICIPALITY_ANALYST);
    }

    public PartnerOrganisationView create(LeaRequests.PartnerOrganisation request) {
        long municipalityId = ownMunicipality(request.municipalityId());
        PartnerOrganisation partner = new PartnerOrganisation();
        partner.municipalityId = municipalityId;
        apply(partner, request);
        partner.persist();
        audit.record("created", "partner-organisation", partner.id, municipalityId, partner.name);
        return PartnerOrganisationView.of(partner);
    }

    public PartnerOrganisationView update(long id, LeaRequests.PartnerOrganisation request) {
        PartnerOrganisation partner = find(id);
        requireKeeper(partner.municipalityId);
        apply(partner, request);
        partner.updatedAt = OffsetDateTime.now();
        audit.record("updated", "partner-organisation", partner.id, partner.municipalityId, partner.name);
        return PartnerOrganisationView.of(partner);
    }

    /** Archived partners keep their parts in earlier rounds but cannot be invited to new ones. */
    public PartnerOrganisationView archive(long id, boolean archived) {
        PartnerOrganisation partner = find(id);
        requireKeeper(partner.municipalityId);
        partner.archivedAt = archived ? OffsetDateTime.now() : null;
        partner.updatedAt = OffsetDateTime.now();
        audit.record(
                archived ? "archived" : "restored",
                "partner-organisation",
                partner.id,
                partner.municipalityId,
                partner.name);
        return PartnerOrganisationView.of(partner);
    }

    private PartnerOrganisation find(long id) {
        PartnerOrganisation partner = PartnerOrganisation.findById(id);
        if (partner == null || !scope.sees(Municipality.<Municipality>findById(partner.municipalityId))) {
            throw new NotFoundException("partner organisation", id);
        }
        return partner;
    }

    private long ownMunicipality(Long requested) {
        AuthenticatedUser user = access.user();
        if (!user.is(Role.MUNICIPALITY_ANALYST)) {
            throw new ForbiddenException("only a municipality keeps its list of partner organisations");
        }
        if (requested != null && !requested.equals(user.municipalityId())) {
            throw new InvalidFieldException(
                    "municipalityId",
                    "there is no municipality with id " + requested + " of yours",
                    "lea_partner_municipality");
        }
        return user.municipalityId();
    }

    private void requireKeeper(long municipalityId) {
        if (!access.mayManage(municipalityId)) {
            throw new ForbiddenException("only the municipality keeps its list of partner organisations");
        }
    }

    private static void apply(PartnerOrganisation partner, LeaRequests.PartnerOrganisation request) {
        String name = request.name().strip();
        PartnerKind kind = PartnerKind.byCode(request.kind())
                .orElseThrow(() -> new InvalidFieldException(
                        "kind", "must be one of youth-health, welfare, library, childcare, other", "lea_partner_kind"));
        if (PartnerOrganisation.nameTaken(partner.municipalityId, name, partner.id == null ? 0 : partner.id)) {
            throw ConflictException.onField(
                    "name",
                    "the municipality already has a partner organisation named " + name,
                    "lea_partner_name_taken",
                    name);
        }
        partner.name = name;
        partner.kind = kind.code();
    }
}
