package nl.betrokken.monitor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import nl.betrokken.organisations.Board;
import nl.betrokken.organisations.Institution;
import nl.betrokken.organisations.Municipality;
import nl.betrokken.organisations.Sector;
import nl.betrokken.security.Role;
import nl.betrokken.testing.Accounts;
import nl.betrokken.testing.Figures;
import nl.betrokken.testing.Fixtures;
import nl.betrokken.testing.SentResponses;
import nl.betrokken.testing.Waves;

/**
 * A closed wave of two schools, both above every threshold so the API's figures count every row of
 * the export, with answers in every shape a script must read: scale codes with "don't know",
 * multiple choice, empty cells, open text with quotes, commas, a line break, Arabic and a formula.
 * Its wide CSV and a script are downloaded into a folder under the names the browser gives them.
 */
record ExportedWave(long id, String analyst, Path folder, String csv, String script, Map<String, Object> a1) {

    static final String REMARK = "Zeer \"goed\", dank je wel\nvoor alles. شكرا ë";

    static ExportedWave download(
            Fixtures fixtures, Accounts accounts, SentResponses responses, Figures figures, String scriptPath)
            throws IOException {
        Municipality municipality = fixtures.municipality("Gemeente Onderzoek " + System.nanoTime());
        Board board = fixtures.board(municipality, "Bestuur Onderzoek");
        Institution first = fixtures.institution(board, "Basisschool De Linde", Sector.PRIMARY);
        Institution second = fixtures.institution(board, "Lyceum Aan Zee", Sector.SECONDARY);
        String analyst = accounts.session(Role.MUNICIPALITY_ANALYST, municipality.id);
        JsonPath opened = Waves.openNow(analyst, "parent-baseline", "link", first.id, second.id);
        long wave = opened.getLong("id");
        String one = opened.getString("institutions.find { it.institutionId == " + first.id + " }.link");
        String two = opened.getString("institutions.find { it.institutionId == " + second.id + " }.link");
        responses.add(one, Map.of("sector", "primary", "a1", "agree", "contact-channels", List.of("app", "paper")), 6);
        responses.add(one, Map.of("sector", "primary", "a1", "dont-know", "remarks", REMARK), 3);
        responses.add(one, Map.of("sector", "primary", "a1", "disagree", "remarks", "=1+1"), 2);
        responses.add(two, Map.of("sector", "secondary", "a1", "agree-strongly", "a2", "dont-know"), 5);
        responses.add(two, Map.of("sector", "secondary", "a1", "disagree-strongly"), 4);
        responses.add(two, Map.of("sector", "secondary", "a2", "agree"), 2);
        figures.publish();
        Accounts.as(analyst)
                .contentType(ContentType.JSON)
                .post("/api/waves/" + wave + "/close")
                .then()
                .statusCode(200);

        JsonPath results = Accounts.as(analyst)
                .get("/api/analysis/waves/" + wave)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        Map<String, Object> a1 = results.getMap("items.find { it.key == 'a1' }");

        Path folder = Files.createTempDirectory("betrokken-export-");
        String csv =
                save(Accounts.as(analyst).get("/api/exports/waves/" + wave + "/responses.csv?layout=wide"), folder);
        String script = save(Accounts.as(analyst).get("/api/exports/waves/" + wave + "/" + scriptPath), folder);
        return new ExportedWave(wave, analyst, folder, csv, script, a1);
    }

    /** Saves a download under the name of its Content-Disposition, as a browser does. */
    private static String save(Response download, Path folder) throws IOException {
        assertEquals(200, download.statusCode(), download.asString());
        Matcher name = Pattern.compile("filename=\"([^\"]+)\"").matcher(download.header("Content-Disposition"));
        assertTrue(name.find(), download.header("Content-Disposition"));
        Files.write(folder.resolve(name.group(1)), download.asByteArray());
        return name.group(1);
    }

    /** The API's respondents per answer label of a1 (every option, "Weet ik niet" too). */
    Map<String, Integer> a1ByLabel() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Map<String, Object> option : options()) {
            counts.put((String) option.get("label"), ((Number) option.get("respondents")).intValue());
        }
        return counts;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> options() {
        return (List<Map<String, Object>>) a1.get("options");
    }

    String dontKnowLabel() {
        Object id = a1.get("notApplicable");
        return options().stream()
                .filter(o -> o.get("id").equals(id))
                .map(o -> (String) o.get("label"))
                .findFirst()
                .orElseThrow();
    }

    /** Runs a program in the folder with a UTF-8 locale; its exit code and what it printed. */
    record Run(int exit, String output) {}

    Run run(Duration timeout, String... command) throws IOException, InterruptedException {
        Path log = folder.resolve("run-" + System.nanoTime() + ".log");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)))
                .directory(folder.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("LC_ALL", "C.UTF-8");
        builder.environment().put("LANG", "C.UTF-8");
        Process process = builder.start();
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            throw new AssertionError(String.join(" ", command) + " did not finish within " + timeout + ":\n"
                    + Files.readString(log, StandardCharsets.UTF_8));
        }
        return new Run(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
    }

    /** Removes the folder and what the programs wrote into it. */
    void delete() throws IOException {
        try (var files = Files.walk(folder)) {
            for (Path file : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** Whether a program is on the PATH. */
    static boolean installed(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }
}
