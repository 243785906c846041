package nl.betrokken.organisations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
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
            throw new ConflictException("A municipality named '" + name + "' already exists.");
        }
        if (request.cbsCode() != null && Municipality.cbsCodeTaken(request.cbsCode(), self)) {
            throw new ConflictException("Another municipality already has CBS code " + request.cbsCode() + ".");
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
        Municipality municipality = Municipality.<Municipality>findByIdOptional(request.municipalityId())
                .orElseThrow(() -> new InvalidFieldException(
                        "municipalityId", "there is no municipality with id " + request.municipalityId()));
        String name = request.name().strip();
        long self = board.id == null ? -1 : board.id;
        if (Board.nameTaken(municipality, name, self)) {
            throw new ConflictException(
                    "Municipality '" + municipality.name + "' already has a board named '" + name + "'.");
        }
        board.municipality = municipality;
        board.name = name;
    }

    private static String duplicateBoard(BoardRequest request) {
        return "This municipality already has a board named '" + request.name().strip() + "'.";
    }

    // --- institutions

    public List<InstitutionView> institutions(Long boardId, Long municipalityId, Sector sector) {
        return Institution.seenIn(scope, boardId, municipalityId, sector).stream()
                .map(InstitutionView::of)
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

    private void applyTo(Institution institution, InstitutionRequest request) {
        Board board = Board.<Board>findByIdOptional(request.boardId())
                .orElseThrow(
                        () -> new InvalidFieldException("boardId", "there is no board with id " + request.boardId()));
        String name = request.name().strip();
        long self = institution.id == null ? -1 : institution.id;
        if (Institution.nameTaken(board, name, self)) {
            throw new ConflictException("Board '" + board.name + "' already has an institution named '" + name + "'.");
        }
        if (request.brinCode() != null && Institution.brinCodeTaken(request.brinCode(), self)) {
            throw new ConflictException("Another institution already has BRIN code " + request.brinCode() + ".");
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
