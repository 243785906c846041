package nl.betrokken.administration;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import nl.betrokken.common.web.StaffForm;
import nl.betrokken.common.web.StaffFormChecks;
import nl.betrokken.organisations.BoardRequest;
import nl.betrokken.organisations.BoardView;
import nl.betrokken.organisations.InstitutionRequest;
import nl.betrokken.organisations.InstitutionView;
import nl.betrokken.organisations.MunicipalityRequest;
import nl.betrokken.organisations.MunicipalityView;
import nl.betrokken.organisations.OrganisationService;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;

/**
 * What the organisation pages show and how their forms become the same requests the JSON API takes:
 * checked with the API's constraints, then handed to {@link OrganisationService}, whose refusals come
 * back as errors by the fields.
 */
@ApplicationScoped
public class OrganisationAdmin {

    public record Overview(List<MunicipalityRow> municipalities, String query, boolean searched) {}

    public record MunicipalityRow(MunicipalityView municipality, long boards, long institutions) {}

    public record MunicipalityPage(
            MunicipalityView municipality,
            List<BoardBlock> boards,
            String query,
            boolean administrator,
            List<Sector> sectors) {

        public boolean hasBoards() {
            return !boards.isEmpty();
        }
    }

    public record BoardBlock(BoardView board, List<InstitutionView> institutions) {}

    public record BoardPage(BoardView board, MunicipalityView municipality) {}

    public record InstitutionPage(
            InstitutionView institution, MunicipalityView municipality, List<BoardView> boards, List<Sector> sectors) {}

    private final OrganisationService organisations;
    private final StaffFormChecks checks;
    private final CurrentUser currentUser;

    public OrganisationAdmin(OrganisationService organisations, StaffFormChecks checks, CurrentUser currentUser) {
        this.organisations = organisations;
        this.checks = checks;
        this.currentUser = currentUser;
    }

    /** Every municipality for an administrator; nothing for an analyst, whose page is its own municipality's. */
    public Optional<Overview> overview(String query) {
        if (!administrator()) {
            return Optional.empty();
        }
        Map<Long, Long> boards = organisations.boards(null).stream()
                .collect(Collectors.groupingBy(BoardView::municipalityId, Collectors.counting()));
        List<InstitutionView> institutions = organisations.institutions(null, null, null);
        Map<Long, Long> institutionCounts = institutions.stream()
                .collect(Collectors.groupingBy(InstitutionView::municipalityId, Collectors.counting()));
        Set<Long> withMatchingSchool = institutions.stream()
                .filter(i -> matches(query, i.name(), i.brinCode()))
                .map(InstitutionView::municipalityId)
                .collect(Collectors.toSet());
        List<MunicipalityRow> rows = organisations.municipalities().stream()
                .filter(m -> matches(query, m.name(), m.cbsCode()) || withMatchingSchool.contains(m.id()))
                .map(m -> new MunicipalityRow(
                        m, boards.getOrDefault(m.id(), 0L), institutionCounts.getOrDefault(m.id(), 0L)))
                .toList();
        return Optional.of(new Overview(rows, query == null ? "" : query.strip(), query != null && !query.isBlank()));
    }

    public long ownMunicipality() {
        return currentUser.require().municipalityId();
    }

    public MunicipalityPage municipalityPage(long id, String query) {
        MunicipalityView municipality = organisations.municipality(id);
        Map<Long, List<InstitutionView>> byBoard = organisations.institutions(null, id, null).stream()
                .collect(Collectors.groupingBy(InstitutionView::boardId));
        List<BoardBlock> blocks = organisations.boards(id).stream()
                .map(board -> new BoardBlock(
                        board,
                        byBoard.getOrDefault(board.id(), List.of()).stream()
                                .filter(i ->
                                        matches(query, i.name(), i.brinCode()) || matches(query, board.name(), null))
                                .toList()))
                .filter(block -> !block.institutions().isEmpty()
                        || matches(query, block.board().name(), null))
                .toList();
        return new MunicipalityPage(
                municipality, blocks, query == null ? "" : query.strip(), administrator(), List.of(Sector.values()));
    }

    public BoardPage boardPage(long id) {
        BoardView board = organisations.board(id);
        return new BoardPage(board, organisations.municipality(board.municipalityId()));
    }

    public InstitutionPage institutionPage(long id) {
        InstitutionView institution = organisations.institution(id);
        return new InstitutionPage(
                institution,
                organisations.municipality(institution.municipalityId()),
                organisations.boards(institution.municipalityId()),
                List.of(Sector.values()));
    }

    public StaffForm editForm(MunicipalityView municipality) {
        return StaffForm.of("name", municipality.name(), "cbsCode", municipality.cbsCode());
    }

    public StaffForm editForm(InstitutionView institution) {
        return StaffForm.of(
                        "boardId", String.valueOf(institution.boardId()),
                        "name", institution.name(),
                        "sector", institution.sector().code(),
                        "brinCode", institution.brinCode())
                .set("pupilCount", institution.pupilCount())
                .set("parentCount", institution.parentCount())
                .set("staffCount", institution.staffCount());
    }

    // --- changes: the new object's id, or empty when the form has errors

    public Optional<Long> createMunicipality(StaffForm form) {
        MunicipalityRequest request = municipalityRequest(form);
        return checks.attempt(
                form, request, () -> organisations.createMunicipality(request).id());
    }

    public boolean updateMunicipality(long id, StaffForm form) {
        MunicipalityRequest request = municipalityRequest(form);
        return checks.attempt(
                        form,
                        request,
                        () -> organisations.updateMunicipality(id, request).id())
                .isPresent();
    }

    public void archiveMunicipality(long id, boolean archived) {
        organisations.archiveMunicipality(id, archived);
    }

    public Optional<Long> createBoard(long municipalityId, StaffForm form) {
        organisations.municipality(municipalityId);
        BoardRequest request = new BoardRequest(municipalityId, form.text("name"));
        return checks.attempt(
                form, request, () -> organisations.createBoard(request).id());
    }

    /** The board's municipality when saved. */
    public Optional<Long> updateBoard(long id, StaffForm form) {
        BoardView board = organisations.board(id);
        BoardRequest request = new BoardRequest(board.municipalityId(), form.text("name"));
        return checks.attempt(
                form, request, () -> organisations.updateBoard(id, request).municipalityId());
    }

    /** The board's municipality, to go back to. */
    public long archiveBoard(long id, boolean archived) {
        return organisations.archiveBoard(id, archived).municipalityId();
    }

    public Optional<Long> createInstitution(long municipalityId, StaffForm form) {
        organisations.municipality(municipalityId);
        InstitutionRequest request = institutionRequest(form);
        return checks.attempt(
                form, request, () -> organisations.createInstitution(request).id());
    }

    public boolean updateInstitution(long id, StaffForm form) {
        organisations.institution(id);
        InstitutionRequest request = institutionRequest(form);
        return checks.attempt(
                        form,
                        request,
                        () -> organisations.updateInstitution(id, request).id())
                .isPresent();
    }

    public void archiveInstitution(long id, boolean archived) {
        organisations.archiveInstitution(id, archived);
    }

    /** The second factor for analysts is left unchanged: it is set on the settings page, with the other rules. */
    private static MunicipalityRequest municipalityRequest(StaffForm form) {
        return new MunicipalityRequest(form.text("name"), form.code("cbsCode"), null);
    }

    private static InstitutionRequest institutionRequest(StaffForm form) {
        return new InstitutionRequest(
                form.id("boardId"),
                form.text("name"),
                form.choice("sector", List.of(Sector.values()), Sector::code),
                form.code("brinCode"),
                form.integer("pupilCount"),
                form.integer("parentCount"),
                form.integer("staffCount"));
    }

    private boolean administrator() {
        return currentUser.require().is(Role.ADMINISTRATOR);
    }

    private static boolean matches(String query, String name, String code) {
        if (query == null || query.isBlank()) {
            return true;
        }
        String q = query.strip().toLowerCase(Locale.ROOT);
        return name.toLowerCase(Locale.ROOT).contains(q)
                || (code != null && code.toLowerCase(Locale.ROOT).contains(q));
    }
}
