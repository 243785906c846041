package nl.betrokken.common.database;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class StartupConfigurationTest {

    @AfterEach
    void clear() {
        System.clearProperty(StartupConfiguration.JDBC_URL);
        System.clearProperty("betrokken.embedded-database.data-directory");
    }

    @Test
    void withoutADatabaseUrlTheEmbeddedDatabaseIsUsed() {
        StartupConfiguration startup = StartupConfiguration.read();
        assertFalse(startup.externalDatabaseConfigured());
        assertEquals("data/pg", startup.embeddedDatabase().dataDirectory());
        assertEquals(0, startup.embeddedDatabase().port());
    }

    @Test
    void aDatabaseUrlSwitchesTheEmbeddedDatabaseOff() {
        System.setProperty(StartupConfiguration.JDBC_URL, "jdbc:postgresql://db.example:5432/betrokken");
        assertTrue(StartupConfiguration.read().externalDatabaseConfigured());
    }

    @Test
    void aBlankDatabaseUrlCountsAsNone() {
        System.setProperty(StartupConfiguration.JDBC_URL, "  ");
        assertFalse(StartupConfiguration.read().externalDatabaseConfigured());
    }

    @Test
    void theDataDirectoryIsConfigurable() {
        System.setProperty("betrokken.embedded-database.data-directory", "/srv/betrokken/pg");
        assertEquals(
                "/srv/betrokken/pg",
                StartupConfiguration.read().embeddedDatabase().dataDirectory());
    }

    @Test
    void binariesAndLogLiveNextToTheDataNotInTmp() {
        var layout = EmbeddedDatabase.EmbeddedDatabaseLayout.of(Path.of("/srv/betrokken/pg"));
        assertEquals(Path.of("/srv/betrokken/pg-binaries"), layout.binaryDirectory());
        assertEquals(Path.of("/srv/betrokken/pg-server.log"), layout.logFile());
    }

    @Test
    void aRootRefusalTellsTheUserWhatToDo() {
        var layout = EmbeddedDatabase.EmbeddedDatabaseLayout.of(Path.of("/srv/betrokken/pg"));
        String message = EmbeddedDatabaseFailure.message(
                new IllegalStateException("Process [initdb] failed"),
                List.of("initdb: error: cannot be run as root"),
                layout);
        assertTrue(message.contains("Run Betrokken as a normal user"), message);
        assertTrue(message.contains("QUARKUS_DATASOURCE_JDBC_URL"), message);
    }

    @Test
    void anyOtherFailureShowsTheEndOfTheServerLog() {
        var layout = EmbeddedDatabase.EmbeddedDatabaseLayout.of(Path.of("/srv/betrokken/pg"));
        String message = EmbeddedDatabaseFailure.message(
                new IllegalStateException("Gave up waiting"),
                List.of("FATAL:  could not create shared memory segment"),
                layout);
        assertTrue(message.contains("could not create shared memory segment"), message);
        assertTrue(message.contains("/srv/betrokken/pg-server.log"), message);
    }
}
