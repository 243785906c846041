package nl.betrokken.security;

import io.quarkus.security.Authenticated;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Two-factor login of the caller's own account; the page {@code /account/two-factor} does the same on screen. */
@Path("/api/me/two-factor")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
public class TwoFactorResource {

    public record Status(boolean enabled, boolean required) {}

    /** The secret to add to an authenticator app, as text and as the otpauth:// address its QR code holds. */
    public record Enrolment(String secret, String uri) {}

    public record Confirmation(String code) {}

    public record RecoveryCodes(List<String> recoveryCodes) {}

    private final TwoFactor twoFactor;
    private final CurrentUser currentUser;

    public TwoFactorResource(TwoFactor twoFactor, CurrentUser currentUser) {
        this.twoFactor = twoFactor;
        this.currentUser = currentUser;
    }

    @GET
    @Operation(summary = "Whether your account logs in with a second factor, and whether your role requires it")
    public Status status() {
        AuthenticatedUser user = currentUser.require();
        return new Status(twoFactor.enabled(user), twoFactor.required(user));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start enrolment: add the secret to an authenticator app, then confirm with its first code")
    public Enrolment start() {
        TwoFactor.Enrolment enrolment = twoFactor.start(currentUser.require());
        return new Enrolment(enrolment.secret().replace(" ", ""), enrolment.uri());
    }

    @POST
    @Path("/confirm")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Confirm enrolment with the app's current code; answers the recovery codes, shown only here")
    public RecoveryCodes confirm(Confirmation body) {
        return new RecoveryCodes(twoFactor.confirm(currentUser.require(), body == null ? null : body.code()));
    }

    @DELETE
    @Operation(summary = "Switch two-factor login off (not when your role requires it)")
    public Response disable() {
        twoFactor.disable(currentUser.require());
        return Response.noContent().build();
    }
}
