package nl.betrokken.security;

import java.net.URI;
import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import nl.betrokken.common.api.ApiError;
import nl.betrokken.common.api.ApiErrors;

/**
 * Someone whose role requires a second factor and who has none yet may do nothing but set it up
 * (or log out): an administrator's password alone opens nothing.
 */
public class TwoFactorRequired {

    private static final Set<String> ALLOWED = Set.of("/account/two-factor", "/account/two-factor/start",
            "/account/two-factor/confirm", "/account/password", "/logout", "/api/me", "/api/me/password", "/api/session",
            "/api/me/two-factor", "/api/me/two-factor/confirm");

    private final CurrentUser currentUser;
    private final TwoFactor twoFactor;

    public TwoFactorRequired(CurrentUser currentUser, TwoFactor twoFactor) {
        this.currentUser = currentUser;
        this.twoFactor = twoFactor;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (ALLOWED.contains(path) || !SessionCookie.present(request.getCookies())
                && request.getHeaderString("Authorization") == null) {
            return null;
        }
        return currentUser.get()
                .filter(user -> !user.twoFactorEnabled() && (user.is(Role.ADMINISTRATOR) || user.is(Role.MUNICIPALITY_ANALYST)))
                .filter(twoFactor::required)
                .map(user -> path.startsWith("/api/")
                        ? ApiErrors.response(ApiError.of(403, "Two-factor login required", "Your role logs in with a second"
                                + " factor. Set it up first on the page /account/two-factor (or POST /api/me/two-factor)."))
                        : Response.seeOther(URI.create("/account/two-factor")).build())
                .orElse(null);
    }
}
