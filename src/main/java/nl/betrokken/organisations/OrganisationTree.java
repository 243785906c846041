package nl.betrokken.organisations;

import java.util.List;

/** Municipalities with their boards and institutions, as one nested document. */
public record OrganisationTree(List<MunicipalityNode> municipalities) {

    public record MunicipalityNode(long id, String name, String cbsCode, List<BoardNode> boards) {}

    public record BoardNode(long id, String name, List<InstitutionView> institutions) {}
}
