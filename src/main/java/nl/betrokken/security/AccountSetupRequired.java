package nl.betrokken.security;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import nl.betrokken.common.api.ApiError;
import nl.betrokken.common.api.ApiErrors;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * An account that is not ready may do nothing but get ready (or log out): someone logged in with a
 * temporary password first chooses their own; someone whose role requires a second factor first
 * sets it up, so an administrator's password alone opens nothing.
 */
public class AccountSetupRequired {

    // the accessibility statement is linked from every page, the password page too, and is public anyway
    private static final Set<String> PASSWORD_STEP =
            Set.of("/account/password", "/logout", "/api/me", "/api/me/password", "/api/session", "/toegankelijkheid");
    private static final Set<String> TWO_FACTOR_STEP = Stream.concat(
                    PASSWORD_STEP.stream(),
                    Stream.of(
                            "/account/two-factor",
                            "/account/two-factor/start",
                            "/account/two-factor/confirm",
                            "/api/me/two-factor",
                            "/api/me/two-factor/confirm"))
            .collect(Collectors.toUnmodifiableSet());

    private final CurrentUser currentUser;
    private final TwoFactor twoFactor;

    public AccountSetupRequired(CurrentUser currentUser, TwoFactor twoFactor) {
        this.currentUser = currentUser;
        this.twoFactor = twoFactor;
    }

    @ServerRequestFilter
    public Response check(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (PASSWORD_STEP.contains(path)
                || !SessionCookie.present(request.getCookies()) && request.getHeaderString("Authorization") == null) {
            return null;
        }
        AuthenticatedUser user = currentUser.get().orElse(null);
        if (user == null) {
            return null;
        }
        boolean api = path.startsWith("/api/");
        if (user.mustChangePassword()) {
            return api
                    ? ApiErrors.response(
                            ApiError.of(
                                    403,
                                    "Password change required",
                                    "You logged in with a temporary password; choose your own first with PUT /api/me/password."))
                    : Response.seeOther(URI.create("/account/password")).build();
        }
        if (!TWO_FACTOR_STEP.contains(path)
                && !user.twoFactorEnabled()
                && (user.is(Role.ADMINISTRATOR) || user.is(Role.MUNICIPALITY_ANALYST))
                && twoFactor.required(user)) {
            return api
                    ? ApiErrors.response(
                            ApiError.of(
                                    403,
                                    "Two-factor login required",
                                    "Your role logs in with a second"
                                            + " factor. Set it up first on the page /account/two-factor (or POST /api/me/two-factor)."))
                    : Response.seeOther(URI.create("/account/two-factor")).build();
        }
        return null;
    }
}
