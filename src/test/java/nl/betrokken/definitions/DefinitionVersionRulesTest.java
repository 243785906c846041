package nl.betrokken.definitions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import nl.betrokken.definitions.catalog.DefinitionFile;
import nl.betrokken.definitions.catalog.DefinitionSynchroniser;
import nl.betrokken.definitions.catalog.QuestionnaireCatalog;
import nl.betrokken.definitions.parse.DefinitionException;
import org.junit.jupiter.api.Test;

/** The version rules, against the real database: answers never change meaning. */
@QuarkusTest
class DefinitionVersionRulesTest {

    @Inject
    DefinitionSynchroniser synchroniser;

    @Inject
    DataSource dataSource;

    private final String id = "rules-" + UUID.randomUUID().toString().substring(0, 8);

    private String definition(int version, String question, String comment) {
        return """
                # %s
                id: %s
                version: %d
                audience: staff
                languages: [nl]
                title:
                  nl: Regels
                pages:
                  - id: one
                    title:
                      nl: Een
                    items:
                      - id: q1
                        type: yes-no
                        text:
                          nl: %s
                """.formatted(comment, id, version, question);
    }

    private List<QuestionnaireCatalog.Entry> sync(String... contents) {
        List<DefinitionFile> files = new ArrayList<>();
        for (int i = 0; i < contents.length; i++) {
            files.add(new DefinitionFile(id + "-" + i + ".yaml", contents[i]));
        }
        return synchroniser.synchronise(files);
    }

    private record Stored(long id, String checksum, String source) {}

    private List<Stored> stored() throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "select id, checksum, source from questionnaire_version where questionnaire_id = ? order by version")) {
            s.setString(1, id);
            List<Stored> rows = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    rows.add(new Stored(r.getLong(1), r.getString(2), r.getString(3)));
                }
            }
            return rows;
        }
    }

    private void answer(long versionId) throws SQLException {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "insert into response (questionnaire_version_id, answers) values (?, '{\"q1\":\"yes\"}')")) {
            s.setLong(1, versionId);
            s.executeUpdate();
        }
    }

    @Test
    void aNewVersionIsStoredWithAChecksumOfItsContent() throws SQLException {
        List<QuestionnaireCatalog.Entry> entries = sync(definition(1, "Werkt het?", "eerste"));
        List<Stored> rows = stored();
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).checksum().matches("[0-9a-f]{64}"), rows.get(0).checksum());
        assertTrue(entries.stream()
                .anyMatch(e -> e.versionId() == rows.get(0).id()
                        && e.questionnaire().id().equals(id)));
    }

    @Test
    void commentsAndLayoutAreNotAChange() throws SQLException {
        sync(definition(1, "Werkt het?", "eerste"));
        Stored before = stored().get(0);
        sync(definition(1, "Werkt het?", "een ander commentaar").replace("languages: [nl]", "languages:\n  - nl"));
        Stored after = stored().get(0);
        assertEquals(before.id(), after.id());
        assertEquals(before.checksum(), after.checksum());
    }

    @Test
    void aChangeBeforeAnyAnswerReplacesTheStoredVersion() throws SQLException {
        sync(definition(1, "Werkt het?", "eerste"));
        Stored before = stored().get(0);
        sync(definition(1, "Werkt het goed?", "eerste"));
        List<Stored> rows = stored();
        assertEquals(1, rows.size());
        assertEquals(before.id(), rows.get(0).id(), "the same version, updated in place");
        assertNotEquals(before.checksum(), rows.get(0).checksum());
        assertTrue(rows.get(0).source().contains("Werkt het goed?"));
    }

    @Test
    void aChangeAfterAnswersIsRefusedAndARaisedVersionKeepsTheOldOne() throws SQLException {
        sync(definition(1, "Werkt het?", "eerste"));
        Stored first = stored().get(0);
        answer(first.id());

        DefinitionException refused =
                assertThrows(DefinitionException.class, () -> sync(definition(1, "Werkt het goed?", "x")));
        assertEquals(
                List.of(id + "-0.yaml:1:1: questionnaire '" + id + "' version 1 already has answers and its content is"
                        + " different from what they were given to. A questionnaire with answers is never changed in place: raise"
                        + " 'version' to 2 (version 1 stays for the answers already given), or undo the change"),
                refused.problems().stream().map(Object::toString).toList());
        assertEquals(first, stored().get(0), "the refused change wrote nothing");

        List<QuestionnaireCatalog.Entry> entries = sync(definition(2, "Werkt het goed?", "tweede"));
        List<Stored> rows = stored();
        assertEquals(2, rows.size());
        assertEquals(first, rows.get(0), "version 1 is kept exactly as its answers saw it");
        QuestionnaireCatalog.Entry old = entries.stream()
                .filter(e -> e.versionId() == first.id())
                .findFirst()
                .orElseThrow();
        assertEquals(
                "Werkt het?",
                old.questionnaire().item("q1").orElseThrow().text().in("nl"),
                "the old version is read back from its stored text although no file holds it any more");
    }

    private String withIndicator(String positives) {
        return definition(1, "Werkt het?", "indicator") + """
                indicators:
                  - id: works
                    label:
                      nl: Werkt
                    items: [q1]
                    positive: %s
                """.formatted(positives);
    }

    @Test
    void theOrderOfPositiveAnswersIsNotAChange() throws SQLException {
        sync(withIndicator("[yes, no]"));
        Stored first = stored().get(0);
        answer(first.id());
        sync(withIndicator("[no, yes]"));
        assertEquals(
                first.checksum(),
                stored().get(0).checksum(),
                "a set of answers has no order, so its fingerprint must not depend on one (nor on the run)");
    }

    @Test
    void aChecksumFromAnOlderFingerprintIsCheckedAgainstTheStoredText() throws SQLException {
        sync(withIndicator("[yes]"));
        Stored first = stored().get(0);
        answer(first.id());
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("update questionnaire_version set checksum = ? where id = ?")) {
            s.setString(1, "0".repeat(64));
            s.setLong(2, first.id());
            s.executeUpdate();
        }
        sync(withIndicator("[yes]"));
        assertEquals(first.checksum(), stored().get(0).checksum(), "the same text is accepted and re-fingerprinted");
        assertThrows(DefinitionException.class, () -> sync(withIndicator("[no]")), "a real change is still refused");
    }

    @Test
    void oneBrokenFileStopsTheWholeSetAndStoresNothing() throws SQLException {
        String broken = definition(1, "Kapot", "x")
                .replace("id: " + id, "id: " + id + "-b")
                .replace("type: yes-no", "type: nope");
        assertThrows(DefinitionException.class, () -> sync(definition(1, "Werkt het?", "goed"), broken));
        assertEquals(List.of(), stored(), "the good file was not stored either");
    }

    @Test
    void twoFilesWithTheSameVersionAreRefused() {
        DefinitionException refused = assertThrows(
                DefinitionException.class, () -> sync(definition(1, "Een", "a"), definition(1, "Twee", "b")));
        assertEquals(
                id + "-1.yaml:1:1: questionnaire '" + id + "' version 1 is also defined in " + id
                        + "-0.yaml; give one of them a higher version",
                refused.problems().get(0).toString());
    }
}
