package nl.betrokken.bench;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import nl.betrokken.definitions.model.AnswerOption;
import nl.betrokken.definitions.model.Item;
import nl.betrokken.definitions.model.ItemType;
import nl.betrokken.definitions.model.Questionnaire;
import nl.betrokken.definitions.parse.DefinitionParser;
import nl.betrokken.demo.DemoResponses;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * A synthetic municipality for the benchmarks, written straight into the database: boards,
 * institutions, an open wave for the load test and a wave that is filled with as many sent
 * responses as a scale step needs, by COPY. Everything comes from one seed, so two runs with the
 * same seed hold the same data.
 */
final class SyntheticData {

    static final String QUESTIONNAIRE = "parent-baseline";
    static final String ONE_PAGE_QUESTIONNAIRE = "parent-pulse";
    private static final String[] SECTORS = {"PRESCHOOL", "PRIMARY", "PRIMARY", "PRIMARY", "SECONDARY", "VOCATIONAL"};
    private static final String SLUG_CHARACTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final ObjectMapper JSON = new ObjectMapper();

    /** What was created: ids the benchmarks need. */
    record Municipality(
            long id,
            long versionId,
            long loadWave,
            long scaleWave,
            List<String> loadSlugs,
            Map<Long, String> scaleInstitutions,
            List<String> onePageSlugs) {}

    private final Questionnaire questionnaire;
    private final Random random;
    /** Its own, so the one-page wave leaves the other data as it was for the same seed. */
    private final Random onePageRandom;

    SyntheticData(Path definitions, long seed) throws IOException {
        Path file = definitions.resolve(QUESTIONNAIRE + ".yaml");
        this.questionnaire = DefinitionParser.parse(file.getFileName().toString(), Files.readString(file))
                .questionnaire()
                .orElseThrow(() -> new IllegalStateException(file + " does not parse"));
        this.random = new Random(seed);
        this.onePageRandom = new Random(seed + 1);
    }

    Questionnaire questionnaire() {
        return questionnaire;
    }

    Municipality create(Connection db, int institutions) throws SQLException {
        db.setAutoCommit(false);
        long versionId = single(
                db,
                "select id from questionnaire_version where questionnaire_id = '" + QUESTIONNAIRE
                        + "' order by version desc limit 1");
        long municipality = single(
                db,
                "insert into municipality (name) values ('Benchmarkgemeente " + Long.toHexString(random.nextLong())
                        + "') returning id");
        List<Long> boards = new ArrayList<>();
        for (int b = 1; b <= 5; b++) {
            boards.add(single(
                    db,
                    "insert into board (municipality_id, name) values (" + municipality + ", 'Bestuur " + b
                            + "') returning id"));
        }
        Map<Long, String> sectors = new LinkedHashMap<>();
        for (int i = 1; i <= institutions; i++) {
            String sector = SECTORS[random.nextInt(SECTORS.length)];
            long institution = single(
                    db,
                    "insert into institution (board_id, name, sector, parent_count) values ("
                            + boards.get(i % boards.size()) + ", 'School " + i + "', '" + sector + "', "
                            + (150 + random.nextInt(900))
                            + ") returning id");
            sectors.put(institution, sector);
        }
        long loadWave = wave(db, municipality, versionId, "Belasting (benchmark)");
        long scaleWave = wave(db, municipality, versionId, "Schaal (benchmark)");
        List<String> loadSlugs = new ArrayList<>();
        Map<Long, String> scaleInstitutions = new LinkedHashMap<>();
        try (PreparedStatement insert = db.prepareStatement("""
                insert into wave_institution (wave_id, institution_id, access, slug, population)
                select ?, id, 'LINK', ?, parent_count from institution where id = ? returning id""")) {
            for (long institution : sectors.keySet()) {
                String slug = slug();
                loadSlugs.add(slug);
                run(insert, loadWave, slug, institution);
                long waveInstitution = run(insert, scaleWave, slug(), institution);
                scaleInstitutions.put(waveInstitution, sectors.get(institution).toLowerCase());
            }
        }
        List<String> onePageSlugs = onePageWave(db, municipality, sectors.keySet());
        db.commit();
        db.setAutoCommit(true);
        return new Municipality(
                municipality, versionId, loadWave, scaleWave, loadSlugs, scaleInstitutions, onePageSlugs);
    }

    /** A wave of the short parent check (layout: one-page) at every school, for the one-page benchmark. */
    private List<String> onePageWave(Connection db, long municipality, Iterable<Long> institutions)
            throws SQLException {
        long versionId = single(
                db,
                "select id from questionnaire_version where questionnaire_id = '" + ONE_PAGE_QUESTIONNAIRE
                        + "' order by version desc limit 1");
        long wave = wave(db, municipality, versionId, "Korte check (benchmark)");
        List<String> slugs = new ArrayList<>();
        try (PreparedStatement insert =
                db.prepareStatement("insert into wave_institution (wave_id, institution_id, access, slug, population)"
                        + " select ?, id, 'LINK', ?, parent_count from institution where id = ? returning id")) {
            for (long institution : institutions) {
                String slug = slug(onePageRandom);
                slugs.add(slug);
                run(insert, wave, slug, institution);
            }
        }
        return slugs;
    }

    /** Adds sent, not yet counted responses to the scale wave with COPY, spread over its institutions. */
    void addResponses(Connection db, Municipality municipality, long count) throws SQLException, IOException {
        List<Map.Entry<Long, String>> institutions =
                new ArrayList<>(municipality.scaleInstitutions().entrySet());
        CopyIn copy = db.unwrap(PGConnection.class).getCopyAPI().copyIn("""
                copy response (questionnaire_version_id, wave_institution_id, answers, language, status, created_at, updated_at,
                               submitted_at) from stdin""");
        StringBuilder chunk = new StringBuilder(1 << 20);
        try {
            for (long i = 0; i < count; i++) {
                // larger schools get more answers: a skewed pick, not a round robin
                Map.Entry<Long, String> institution =
                        institutions.get((int) (Math.pow(random.nextDouble(), 1.3) * institutions.size()));
                chunk.append(municipality.versionId())
                        .append('\t')
                        .append(institution.getKey())
                        .append('\t')
                        .append(answers(institution.getValue()))
                        .append("\tnl\tSUBMITTED\t")
                        .append("2026-11-01 10:00:00+01\t2026-11-01 10:00:00+01\t2026-11-01 10:00:00+01\n");
                if (chunk.length() > (1 << 20) - 4096) {
                    write(copy, chunk);
                }
            }
            write(copy, chunk);
            copy.endCopy();
        } finally {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        }
    }

    /** One parent's answers as the answering pages store them (conditional items left out). */
    String answers(String sector) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Item item : questionnaire.items().toList()) {
            if (item.showIf() != null || item.twoMode()) {
                continue;
            }
            if (item.id().equals("sector")) {
                answers.put("sector", sector);
            } else if (item.type().isOpenText()) {
                if (random.nextDouble() < 0.15) {
                    answers.put(item.id(), "Een opmerking van ouder " + random.nextInt(1_000_000) + " over de school.");
                }
            } else if (item.type() == ItemType.MULTIPLE_CHOICE) {
                List<String> picked = DemoResponses.someOptions(item, random);
                if (!picked.isEmpty()) {
                    answers.put(item.id(), picked);
                }
            } else if (item.type().hasOptions() && random.nextDouble() > 0.05) {
                List<AnswerOption> options = item.allOptions();
                int index =
                        (int) Math.min(options.size() - 1, Math.floor(Math.sqrt(random.nextDouble()) * options.size()));
                answers.put(
                        item.id(),
                        options.get(item.type() == ItemType.SCALE ? index : random.nextInt(options.size()))
                                .id());
            }
        }
        try {
            return JSON.writeValueAsString(answers);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void write(CopyIn copy, StringBuilder chunk) throws SQLException {
        byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        chunk.setLength(0);
    }

    private static long wave(Connection db, long municipality, long versionId, String name) throws SQLException {
        return single(
                db,
                "insert into wave (municipality_id, name, questionnaire_version_id, opens_on, closes_on) values ("
                        + municipality + ", '" + name + "', " + versionId
                        + ", current_date - 30, current_date + 60) returning id");
    }

    private String slug() {
        return slug(random);
    }

    private static String slug(Random random) {
        StringBuilder slug = new StringBuilder();
        for (int i = 0; i < 22; i++) {
            slug.append(SLUG_CHARACTERS.charAt(random.nextInt(SLUG_CHARACTERS.length())));
        }
        return slug.toString();
    }

    private static long run(PreparedStatement insert, long wave, String slug, long institution) throws SQLException {
        insert.setLong(1, wave);
        insert.setString(2, slug);
        insert.setLong(3, institution);
        try (ResultSet row = insert.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    static long single(Connection db, String sql) throws SQLException {
        try (Statement statement = db.createStatement();
                ResultSet row = statement.executeQuery(sql)) {
            row.next();
            return row.getLong(1);
        }
    }
}
