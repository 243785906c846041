package nl.betrokken.security;

import java.net.URI;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import nl.betrokken.common.api.ApiError;
import nl.betrokken.common.api.ApiErrors;

/** Someone logged in with a temporary password may do nothing but choose their own (or log out). */
public class PasswordChangeRequired {

    private static final Set<String> ALLOWED = Set.of("/account/password", "/logout", "/api/me", "/api/me/password",
            "/api/session");

    private final CurrentUser currentUser;

    public PasswordChangeRequired(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (ALLOWED.contains(path) || !SessionCookie.present(request.getCookies())
                && request.getHeaderString("Authorization") == null) {
            return null;
        }
        return currentUser.get().filter(AuthenticatedUser::mustChangePassword).map(user -> path.startsWith("/api/")
                ? ApiErrors.response(ApiError.of(403, "Password change required",
                        "You logged in with a temporary password; choose your own first with PUT /api/me/password."))
                : Response.seeOther(URI.create("/account/password")).build()).orElse(null);
    }
}
