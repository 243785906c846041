package nl.betrokken.lea;

/** A partner organisation as the pages and the API show it. */
public record PartnerOrganisationView(
        long id, long municipalityId, String name, String kind, String kindName, boolean archived) {

    static PartnerOrganisationView of(PartnerOrganisation o) {
        return new PartnerOrganisationView(
                o.id, o.municipalityId, o.name, o.kind, o.partnerKind().dutchName(), o.archivedAt != null);
    }
}
