package nl.betrokken.organisations;

import io.quarkus.hibernate.orm.panache.Panache;
import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import nl.betrokken.common.api.NotFoundException;
import nl.betrokken.security.AuthenticatedUser;
import nl.betrokken.security.CurrentUser;
import nl.betrokken.security.Role;

/**
 * The one place that decides which organisations the current user can see. Lists filter with
 * its query conditions; single objects are loaded through it, and anything outside the scope is
 * "not found", so ids cannot be probed. An administrator sees everything; an analyst one
 * municipality; a board member one board (and its municipality); a lead one institution (and its
 * board and municipality). Anonymous requests see nothing.
 */
@RequestScoped
public class Scope {

    private final CurrentUser currentUser;

    public Scope(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    private AuthenticatedUser user() {
        return currentUser.get().orElse(null);
    }

    public boolean isAdministrator() {
        AuthenticatedUser user = user();
        return user != null && user.is(Role.ADMINISTRATOR);
    }

    /** Whether the current user is the analyst of this municipality. */
    public boolean isAnalystOf(long municipalityId) {
        AuthenticatedUser user = user();
        return user != null
                && user.is(Role.MUNICIPALITY_ANALYST)
                && Long.valueOf(municipalityId).equals(user.municipalityId());
    }

    // --- single objects

    public boolean sees(Municipality municipality) {
        AuthenticatedUser user = user();
        return user != null && (user.is(Role.ADMINISTRATOR) || municipality.id.equals(user.municipalityId()));
    }

    public boolean sees(Board board) {
        AuthenticatedUser user = user();
        if (user == null) {
            return false;
        }
        return switch (user.role()) {
            case ADMINISTRATOR -> true;
            case MUNICIPALITY_ANALYST -> board.municipality.id.equals(user.municipalityId());
            case BOARD_MEMBER, INSTITUTION_LEAD -> board.id.equals(user.boardId());
        };
    }

    public boolean sees(Institution institution) {
        return seesInstitution(institution.id, institution.board.id, institution.board.municipality.id);
    }

    /** The same rule on ids, for callers that hold rows rather than entities. */
    public boolean seesInstitution(long institutionId, long boardId, long municipalityId) {
        AuthenticatedUser user = user();
        if (user == null) {
            return false;
        }
        return switch (user.role()) {
            case ADMINISTRATOR -> true;
            case MUNICIPALITY_ANALYST -> Long.valueOf(municipalityId).equals(user.municipalityId());
            case BOARD_MEMBER -> Long.valueOf(boardId).equals(user.boardId());
            case INSTITUTION_LEAD -> Long.valueOf(institutionId).equals(user.institutionId());
        };
    }

    public Municipality municipality(long id) {
        Municipality municipality = Municipality.findById(id);
        if (municipality == null || !sees(municipality)) {
            throw new NotFoundException("municipality", id);
        }
        return municipality;
    }

    public Board board(long id) {
        Board board = Board.findById(id);
        if (board == null || !sees(board)) {
            throw new NotFoundException("board", id);
        }
        return board;
    }

    public Institution institution(long id) {
        Institution institution = Institution.findById(id);
        if (institution == null || !sees(institution)) {
            throw new NotFoundException("institution", id);
        }
        return institution;
    }

    // --- query conditions, with parameters from parameters()

    /** A JPQL condition on a Municipality alias. */
    public String municipalities(String alias) {
        AuthenticatedUser user = user();
        if (user == null) {
            return "1 = 0";
        }
        return user.is(Role.ADMINISTRATOR) ? "1 = 1" : alias + ".id = :scopeMunicipality";
    }

    /** A JPQL condition on a Board alias. */
    public String boards(String alias) {
        AuthenticatedUser user = user();
        if (user == null) {
            return "1 = 0";
        }
        return switch (user.role()) {
            case ADMINISTRATOR -> "1 = 1";
            case MUNICIPALITY_ANALYST -> alias + ".municipality.id = :scopeMunicipality";
            case BOARD_MEMBER, INSTITUTION_LEAD -> alias + ".id = :scopeBoard";
        };
    }

    /** A JPQL condition on an Institution alias. */
    public String institutions(String alias) {
        AuthenticatedUser user = user();
        if (user == null) {
            return "1 = 0";
        }
        return switch (user.role()) {
            case ADMINISTRATOR -> "1 = 1";
            case MUNICIPALITY_ANALYST -> alias + ".board.municipality.id = :scopeMunicipality";
            case BOARD_MEMBER -> alias + ".board.id = :scopeBoard";
            case INSTITUTION_LEAD -> alias + ".id = :scopeInstitution";
        };
    }

    /** Runs a query built with the conditions above, with their parameters and the query's own (named) ones. */
    public <T> List<T> list(String query, Class<T> type, Map<String, Object> parameters) {
        TypedQuery<T> typed = Panache.getEntityManager().createQuery(query, type);
        parameters.forEach(typed::setParameter);
        parameters(query).forEach(typed::setParameter);
        return typed.getResultList();
    }

    /** The parameters the conditions above use; pass only those the query contains. */
    public Map<String, Object> parameters(String query) {
        AuthenticatedUser user = user();
        Map<String, Object> parameters = new HashMap<>();
        if (user == null) {
            return parameters;
        }
        if (query.contains(":scopeMunicipality")) {
            parameters.put("scopeMunicipality", user.municipalityId());
        }
        if (query.contains(":scopeBoard")) {
            parameters.put("scopeBoard", user.boardId());
        }
        if (query.contains(":scopeInstitution")) {
            parameters.put("scopeInstitution", user.institutionId());
        }
        return parameters;
    }
}
