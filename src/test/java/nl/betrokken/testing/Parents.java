package nl.betrokken.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.restassured.response.Response;

/** Parents answering the parent baseline the way a phone does: through the pages, form by form. */
public final class Parents {

    private Parents() {}

    /** Starts on the link, answers the background page and the partnership page, and sends. */
    public static void answer(String link, String sector, String a1) {
        FormClient parent = new FormClient();
        parent.get(link);
        Response started = parent.post(link + "/start", "r", parent.hiddenToken(), "lang", "nl");
        String page = started.header("Location").replaceFirst("^https?://[^/]+", "");
        parent.get(page);
        parent.post(page, "sector", sector, "action", "next");
        String partnership = link + "/p/partnership";
        parent.get(partnership);
        Response sent = parent.post(partnership, "a1", a1, "a2", "disagree", "a3", "agree", "action", "submit");
        assertEquals(303, sent.statusCode(), "the response is sent");
        assertEquals(true, sent.header("Location").endsWith("/thanks"), "and thanked: " + sent.header("Location"));
    }
}
