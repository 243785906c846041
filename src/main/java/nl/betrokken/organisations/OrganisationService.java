package nl.betrokken.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import nl.betrokken.common.api.ConflictException;
import nl.betrokken.common.api.InvalidFieldException;
import nl.betrokken.common.persistence.Flush;
import nl.betrokken.security.AuditLog;

/** Creating, changing and listing municipalities, boards and institutions. */
@ApplicationScoped
@Transactional
public class OrganisationService {

    /** The source of counts typed on a page or sent to the API (an import names its file). */
    public static final String HAND = "hand";

    private final Scope scope;
    private final AuditLog audit;

    public OrganisationService(Scope scope, AuditLog audit) {
        this.scope = scope;
        this.audit = audit;
    }

    public OrganisationTree tree() {
        List<Municipality> municipalities = Municipality.seenIn(scope);
        List<Board> boards = Board.seenIn(scope, null);
        Map<Long, List<InstitutionView>> institutionsByBoard = Institution.seenIn(scope, null, null, null).stream()
                .map(InstitutionView::of)
                .collect(Collectors.groupingBy(InstitutionView::boardId));
        Map<Long, List<OrganisationTree.BoardNode>> boardsByMunicipality = boards.stream()
                .collect(Collectors.groupingBy(
                        b -> b.municipality.id,
                        Collectors.mapping(
                                b -> new OrganisationTree.BoardNode(
                                        b.id, b.name, institutionsByBoard.getOrDefault(b.id, List.of())),
                                Collectors.toList())));
        return new OrganisationTree(municipalities.stream()
                .map(m -> new OrganisationTree.MunicipalityNode(
                        m.id, m.name, m.cbsCode, boardsByMunicipality.getOrDefault(m.id, List.of())))
                .toList());
    }

    // --- municipalities

    public List<MunicipalityView> municipalities() {
        return Municipality.seenIn(scope).stream().map(MunicipalityView::of).toList();
    }

    public MunicipalityView municipality(long id) {
        return MunicipalityView.of(scope.municipality(id));
    }

    public MunicipalityView createMunicipality(MunicipalityRequest request) {
        Municipality municipality = new Municipality();
        applyTo(municipality, request);
        Flush.orConflict(municipality::persist, duplicateMunicipality(request));
        audit.record("created", "municipality", municipality.id, municipality.id, municipality.name);
        return MunicipalityView.of(municipality);
    }

    public MunicipalityView updateMunicipality(long id, MunicipalityRequest request) {
        Municipality municipality = scope.municipality(id);
        applyTo(municipality, request);
        Flush.orConflict(duplicateMunicipality(request));
        audit.record("updated", "municipality", municipality.id, municipality.id, municipality.name);
        return MunicipalityView.of(municipality);
    }

    private void applyTo(Municipality municipality, MunicipalityRequest request) {
        String name = request.name().strip();
        long self = municipality.id == null ? -1 : municipality.id;
        if (Municipality.nameTaken(name, self)) {
            throw ConflictException.onField(
                    "name", "A municipality named '" + name + "' already exists.", "municipality_name_taken", name);
        }
        if (request.cbsCode() != null && Municipality.cbsCodeTaken(request.cbsCode(), self)) {
            throw ConflictException.onField(
                    "cbsCode",
                    "Another municipality already has CBS code " + request.cbsCode() + ".",
                    "municipality_cbs_code_taken",
                    request.cbsCode());
        }
        municipality.name = name;
        municipality.cbsCode = request.cbsCode();
        if (request.twoFactorForAnalysts() != null) {
            municipality.twoFactorForAnalysts = request.twoFactorForAnalysts();
        }
    }

    private static String duplicateMunicipality(MunicipalityRequest request) {
        return "A municipality with the name '" + request.name().strip() + "' or CBS code " + request.cbsCode()
                + " already exists.";
    }

    /**
     * Archives a municipality with its boards and institutions, or brings them back. Their waves, answers
     * and figures stay; archived institutions are offered for no new wave.
     */
    public MunicipalityView archiveMunicipality(long id, boolean archived) {
        Municipality municipality = scope.municipality(id);
        municipality.archivedAt = archivedAt(municipality.archivedAt, archived);
        for (Board board : Board.seenIn(scope, municipality.id)) {
            archive(board, archived);
        }
        audit.record(
                archived ? "archived" : "restored",
                "municipality",
                municipality.id,
                municipality.id,
                municipality.name);
        return MunicipalityView.of(municipality);
    }

    // --- boards

    public List<BoardView> boards(Long municipalityId) {
        return Board.seenIn(scope, municipalityId).stream().map(BoardView::of).toList();
    }

    public BoardView board(long id) {
        return BoardView.of(scope.board(id));
    }

    public BoardView createBoard(BoardRequest request) {
        Board board = new Board();
        applyTo(board, request);
        Flush.orConflict(board::persist, duplicateBoard(request));
        audit.record("created", "board", board.id, board.municipality.id, board.name);
        return BoardView.of(board);
    }

    public BoardView updateBoard(long id, BoardRequest request) {
        Board board = scope.board(id);
        applyTo(board, request);
        Flush.orConflict(duplicateBoard(request));
        audit.record("updated", "board", board.id, board.municipality.id, board.name);
        return BoardView.of(board);
    }

    private void applyTo(Board board, BoardRequest request) {
        // an analyst may add boards to its own municipality only; others do not exist for it
        Municipality municipality = Municipality.<Municipality>findByIdOptional(request.municipalityId())
                .filter(scope::placesIn)
                .orElseThrow(() -> new InvalidFieldException(
                        "municipalityId",
                        "there is no municipality with id " + request.municipalityId(),
                        "choose_from_list"));
        String name = request.name().strip();
        long self = board.id == null ? -1 : board.id;
        if (Board.nameTaken(municipality, name, self)) {
            throw ConflictException.onField(
                    "name",
                    "Municipality '" + municipality.name + "' already has a board named '" + name + "'.",
                    "board_name_taken",
                    municipality.name,
                    name);
        }
        board.municipality = municipality;
        board.name = name;
    }

    private static String duplicateBoard(BoardRequest request) {
        return "This municipality already has a board named '" + request.name().strip() + "'.";
    }

    /** Archives a board with its institutions, or brings them back (see archiveMunicipality). */
    public BoardView archiveBoard(long id, boolean archived) {
        Board board = scope.board(id);
        requireManageable(board.municipality);
        archive(board, archived);
        audit.record(archived ? "archived" : "restored", "board", board.id, board.municipality.id, board.name);
        return BoardView.of(board);
    }

    private void archive(Board board, boolean archived) {
        board.archivedAt = archivedAt(board.archivedAt, archived);
        for (Institution institution : Institution.seenIn(scope, board.id, null, null)) {
            institution.archivedAt = archivedAt(institution.archivedAt, archived);
        }
    }

    // --- institutions

    public List<InstitutionView> institutions(Long boardId, Long municipalityId, Sector sector) {
        return Institution.seenIn(scope, boardId, municipalityId, sector).stream()
                .map(InstitutionView::of)
                .toList();
    }

    /** The institutions a new wave can include: those in scope that are not archived. */
    public List<InstitutionView> institutionsForNewWaves() {
        return institutions(null, null, null).stream()
                .filter(i -> !i.archived())
                .toList();
    }

    public InstitutionView institution(long id) {
        return InstitutionView.of(scope.institution(id));
    }

    public InstitutionView createInstitution(InstitutionRequest request) {
        Institution institution = new Institution();
        applyTo(institution, request);
        Flush.orConflict(institution::persist, duplicateInstitution(request));
        audit.record("created", "institution", institution.id, institution.board.municipality.id, institution.name);
        return InstitutionView.of(institution);
    }

    public InstitutionView updateInstitution(long id, InstitutionRequest request) {
        Institution institution = scope.institution(id);
        applyTo(institution, request);
        Flush.orConflict(duplicateInstitution(request));
        audit.record("updated", "institution", institution.id, institution.board.municipality.id, institution.name);
        return InstitutionView.of(institution);
    }

    public InstitutionView archiveInstitution(long id, boolean archived) {
        Institution institution = scope.institution(id);
        requireManageable(institution.board.municipality);
        institution.archivedAt = archivedAt(institution.archivedAt, archived);
        audit.record(
                archived ? "archived" : "restored",
                "institution",
                institution.id,
                institution.board.municipality.id,
                institution.name);
        return InstitutionView.of(institution);
    }

    /** Whether the current user may create, change and archive boards and institutions of this municipality. */
    public boolean manages(long municipalityId) {
        return scope.isAdministrator() || scope.isAnalystOf(municipalityId);
    }

    private void requireManageable(Municipality municipality) {
        if (!manages(municipality.id)) {
            throw new ForbiddenException("only an administrator or the municipality's analyst may change this");
        }
    }

    private static OffsetDateTime archivedAt(OffsetDateTime current, boolean archived) {
        if (!archived) {
            return null;
        }
        return current == null ? OffsetDateTime.now() : current;
    }

    private void applyTo(Institution institution, InstitutionRequest request) {
        Board board = Board.<Board>findByIdOptional(request.boardId())
                .filter(scope::placesIn)
                .orElseThrow(() -> new InvalidFieldException(
                        "boardId", "there is no board with id " + request.boardId(), "choose_from_list"));
        String name = request.name().strip();
        long self = institution.id == null ? -1 : institution.id;
        if (Institution.nameTaken(board, name, self)) {
            throw ConflictException.onField(
                    "name",
                    "Board '" + board.name + "' already has an institution named '" + name + "'.",
                    "institution_name_taken",
                    board.name,
                    name);
        }
        if (request.brinCode() != null && Institution.brinCodeTaken(request.brinCode(), self)) {
            throw ConflictException.onField(
                    "brinCode",
                    "Another institution already has BRIN code " + request.brinCode() + ".",
                    "institution_brin_code_taken",
                    request.brinCode());
        }
        institution.board = board;
        institution.name = name;
        institution.sector = request.sector();
        institution.brinCode = request.brinCode();
        if (!Objects.equals(institution.pupilCount, request.pupilCount())
                || !Objects.equals(institution.parentCount, request.parentCount())
                || !Objects.equals(institution.staffCount, request.staffCount())) {
            institution.populationSource = HAND;
            institution.populationDate = LocalDate.now();
        }
        institution.pupilCount = request.pupilCount();
        institution.parentCount = request.parentCount();
        institution.staffCount = request.staffCount();
    }

    private static String duplicateInstitution(InstitutionRequest request) {
        return "An institution named '" + request.name().strip() + "' or with BRIN code " + request.brinCode()
                + " already exists.";
    }
}
