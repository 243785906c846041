package nl.betrokken.common.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import nl.betrokken.common.web.ErrorPage;

/**
 * One error, two audiences: JSON for the API under /api, a page in plain Dutch for people using
 * the site. Every exception mapper answers through here.
 */
public final class ErrorResponses {

    private ErrorResponses() {}

    public static Response of(ApiError error, UriInfo uri) {
        if (uri == null || isApi(uri)) {
            return ApiErrors.response(error);
        }
        return Response.status(error.status())
                .type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(ErrorPage.error(error.status(), pageTitle(error.status()), pageExplanation(error.status())))
                .build();
    }

    public static boolean isApi(UriInfo uri) {
        String path = uri.getPath();
        return path.equals("/api") || path.startsWith("/api/") || path.startsWith("api/");
    }

    private static String pageTitle(int status) {
        return switch (status) {
            case 400 -> "Er klopt iets niet";
            case 403 -> "Geen toegang";
            case 404 -> "Pagina niet gevonden";
            case 405, 415 -> "Dit kan zo niet";
            case 409 -> "Dit botst met wat er al is";
            case 429 -> "Even wachten";
            case 503 -> "Even niet beschikbaar";
            default -> "Er ging iets mis";
        };
    }

    private static String pageExplanation(int status) {
        return switch (status) {
            case 400 -> "Wat u stuurde kunnen we niet verwerken. Ga terug en probeer het opnieuw.";
            case 403 -> "U bent ingelogd, maar deze pagina hoort niet bij uw rol.";
            case 404 -> "Deze pagina bestaat niet, of u heeft er geen toegang toe. Controleer het adres.";
            case 405, 415 -> "Deze pagina kan dit verzoek niet aannemen. Ga terug en probeer het opnieuw.";
            case 409 -> "Wat u wilde opslaan botst met wat er al is opgeslagen. Ga terug en kijk het na.";
            case 429 -> "Er waren te veel pogingen in korte tijd. Wacht een kwartier en probeer het dan opnieuw.";
            case 503 -> "De dienst is tijdelijk niet bereikbaar. Probeer het over een paar minuten opnieuw.";
            default -> "Er ging aan onze kant iets mis. Probeer het later opnieuw.";
        };
    }
}
