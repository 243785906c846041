package nl.betrokken.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import javax.sql.DataSource;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.FormClient;
import nl.betrokken.testing.Waves;
import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

/**
 * What SECURITY.md promises about logs and the audit trail, checked: the log holds no client address,
 * no query string, no answering link and no code; the audit trail holds who did what, never an answer.
 */
@QuarkusTest
class LogAndAuditPromisesTest {

    @Inject
    Accounts accounts;

    @Inject
    Fixtures fixtures;

    @Inject
    DataSource dataSource;

    /** Every log line of the service while the handler is attached, with the fields of its structured form. */
    static final class Captured extends Handler {
        final List<String> lines = new ArrayList<>();

        @Override
        public synchronized void publish(LogRecord record) {
            StringBuilder line =
                    new StringBuilder(record.getLoggerName()).append(' ').append(String.valueOf(record.getMessage()));
            if (record instanceof ExtLogRecord ext) {
                line.append(' ').append(ext.getFormattedMessage()).append(' ').append(ext.getMdcCopy());
            }
            if (record.getParameters() != null) {
                for (Object parameter : record.getParameters()) {
                    line.append(' ').append(parameter);
                }
            }
            lines.add(line.toString());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    }

    @Test
    void theLogHoldsNoAddressNoQueryNoLinkAndNoCode() {
        Fixtures.World world = fixtures.world();
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        var wave = Waves.openNow(analyst, "parent-baseline", "codes", world.institutionA());
        String link = wave.getString("institutions[0].link");
        String slug = link.substring(3);
        String code = Waves.codes(analyst, wave.getLong("id"), world.institutionA(), 1)
                .get(0);

        Captured captured = new Captured();
        Logger root = Logger.getLogger("");
        root.addHandler(captured);
        try {
            FormClient parent = new FormClient();
            parent.get(link);
            parent.get("/c?code=" + code + "&lang=nl");
            Response accepted = parent.post("/c", "code", code, "lang", "nl");
            assertEquals(303, accepted.statusCode());
            parent.get(accepted.header("Location").replaceFirst("^https?://[^/]+", ""));
            new FormClient().post("/c", "code", "WRONG-CODE-" + code.substring(11), "lang", "nl");
            Accounts.as(analyst)
                    .get("/api/waves/" + wave.getLong("id") + "?secret=query-value")
                    .then()
                    .statusCode(200);
        } finally {
            root.removeHandler(captured);
        }

        List<String> lines = List.copyOf(captured.lines);
        assertTrue(lines.stream().anyMatch(l -> l.contains("/s/{slug}")), "requests are logged, by route: " + lines);
        String normalised = code.replace("-", "");
        for (String line : lines) {
            assertFalse(line.contains(slug), "no answering link: " + line);
            assertFalse(line.contains(code) || line.contains(normalised), "no code: " + line);
            assertFalse(line.contains("127.0.0.1") || line.contains("0:0:0:0:0:0:0:1"), "no client address: " + line);
            assertFalse(line.contains("query-value") || line.contains("lang=nl"), "no query string: " + line);
        }
    }

    @Test
    void theAuditTrailRecordsExportsAndFailedLoginsButNeverAnAnswer() throws Exception {
        Fixtures.World world = fixtures.world();
        String username = accounts.create(Role.MUNICIPALITY_ANALYST, world.municipalityA());
        String analyst = Accounts.login(username);
        var wave = Waves.openNow(analyst, "parent-baseline", "link", world.institutionA());
        String link = wave.getString("institutions[0].link");
        String secret = "mijn-geheime-opmerking-" + System.nanoTime();

        FormClient parent = new FormClient();
        parent.get(link);
        Response started = parent.post(link + "/start", "r", parent.hiddenToken(), "lang", "nl");
        parent.get(started.header("Location").replaceFirst("^https?://[^/]+", ""));
        parent.get(link + "/p/closing");
        parent.post(link + "/p/closing", "remarks", secret, "action", "next");

        Accounts.as(analyst)
                .get("/api/exports/waves/" + wave.getLong("id") + "/codebook.csv")
                .then()
                .statusCode(200);
        RestAssured.given()
                .contentType(ContentType.JSON)
                .body(Map.of("username", username, "password", "niet-het-wachtwoord"))
                .post("/api/session")
                .then()
                .statusCode(401);

        List<String> actions = new ArrayList<>();
        try (var c = dataSource.getConnection();
                var s = c.createStatement();
                ResultSet rows =
                        s.executeQuery("select action, coalesce(detail, '') || ' ' || coalesce(object_id, '') || ' '"
                                + " || username from audit_event order by id")) {
            while (rows.next()) {
                actions.add(rows.getString(1));
                assertFalse(rows.getString(2).contains(secret), "an answer in the audit trail: " + rows.getString(2));
            }
        }
        try (var c = dataSource.getConnection();
                var s = c.createStatement();
                ResultSet answered =
                        s.executeQuery("select count(*) from response where answers::text like '%" + secret + "%'")) {
            answered.next();
            assertEquals(1, answered.getInt(1), "the answer itself was stored");
        }
        assertTrue(actions.contains("exported"), actions.toString());
        assertTrue(actions.contains("login-failed"), actions.toString());
    }
}
