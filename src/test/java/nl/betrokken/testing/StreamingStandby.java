package nl.betrokken.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

/**
 * A primary PostgreSQL with a hot standby that streams its WAL: the shape of a managed database with a read replica,
 * on this machine. The embedded bundle has no pg_basebackup, so the standby is made as PostgreSQL's documentation
 * describes a base backup by hand: pg_backup_start, a copy of the data directory, pg_backup_stop's label, then
 * standby.signal and primary_conninfo. A physical replication slot keeps the WAL the standby has not had yet.
 */
public final class StreamingStandby implements AutoCloseable {

    private static final String SLOT = "betrokken_standby";
    /** What a base backup leaves out (PostgreSQL's "Making a Base Backup Using the Low Level API"), and zonky's lock. */
    private static final List<String> LEFT_OUT =
            List.of("postmaster.pid", "postmaster.opts", "epg-lock", "pg_wal", "pg_replslot", "pg_stat_tmp");

    private final EmbeddedPostgres primary;
    private EmbeddedPostgres standby;

    private StreamingStandby(EmbeddedPostgres primary, EmbeddedPostgres standby) {
        this.primary = primary;
        this.standby = standby;
    }

    /** A new primary and its standby, both running, the standby caught up. */
    public static StreamingStandby start() throws Exception {
        Path target = Path.of("target").toAbsolutePath();
        Path primaryData = Files.createTempDirectory(target, "pg-primary-");
        EmbeddedPostgres primary = TestDatabases.builder(primaryData, true)
                .setServerConfig("wal_level", "replica")
                .setServerConfig("max_wal_senders", "4")
                .setServerConfig("max_replication_slots", "4")
                .start();
        Path standbyData = Files.createTempDirectory(target, "pg-standby-");
        try (Connection c = primary.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute("select pg_create_physical_replication_slot('" + SLOT + "', true)");
            s.execute("select pg_backup_start('betrokken-standby', true)");
            copy(primaryData, standbyData);
            try (ResultSet stop = s.executeQuery("select labelfile from pg_backup_stop(false)")) {
                stop.next();
                Files.writeString(standbyData.resolve("backup_label"), stop.getString(1));
            }
        }
        Files.createDirectories(standbyData.resolve("pg_wal").resolve("archive_status"));
        Files.createDirectories(standbyData.resolve("pg_replslot"));
        Files.createDirectories(standbyData.resolve("pg_stat_tmp"));
        Files.createFile(standbyData.resolve("standby.signal"));
        Files.writeString(
                standbyData.resolve("postgresql.auto.conf"),
                "\nprimary_conninfo = 'host=localhost port=%d user=postgres application_name=standby'\nprimary_slot_name = '%s'\n"
                        .formatted(primary.getPort(), SLOT),
                StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);
        EmbeddedPostgres standby = TestDatabases.builder(standbyData, false)
                .setPGStartupWait(Duration.ofSeconds(60))
                .start();
        StreamingStandby pair = new StreamingStandby(primary, standby);
        pair.awaitCaughtUp(Duration.ofSeconds(30));
        return pair;
    }

    public EmbeddedPostgres primary() {
        return primary;
    }

    public EmbeddedPostgres standby() {
        return standby;
    }

    /** Stops replaying the WAL it receives: the standby shows the data as it was. */
    public void pauseReplay() throws SQLException {
        onStandby("select pg_wal_replay_pause()");
    }

    public void resumeReplay() throws SQLException {
        onStandby("select pg_wal_replay_resume()");
    }

    /** Waits until the standby has replayed everything the primary wrote so far. */
    public void awaitCaughtUp(Duration timeout) throws Exception {
        String written;
        try (Connection c = primary.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("select pg_current_wal_lsn()::text")) {
            r.next();
            written = r.getString(1);
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            try (Connection c = standby.getPostgresDatabase().getConnection();
                    Statement s = c.createStatement();
                    ResultSet r = s.executeQuery(
                            "select pg_is_in_recovery() and pg_last_wal_replay_lsn() >= '" + written + "'::pg_lsn")) {
                r.next();
                if (r.getBoolean(1)) {
                    return;
                }
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the standby did not replay up to " + written + " within " + timeout);
    }

    /** Stops the standby, as when a replica fails or is taken away. */
    public void stopStandby() throws IOException {
        if (standby != null) {
            standby.close();
            standby = null;
        }
    }

    private void onStandby(String sql) throws SQLException {
        try (Connection c = standby.getPostgresDatabase().getConnection();
                Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path relative = from.relativize(file);
                if (relative.getNameCount() > 0
                        && LEFT_OUT.contains(relative.getName(0).toString())) {
                    continue;
                }
                Path copy = to.resolve(relative.toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    try {
                        Files.copy(file, copy, StandardCopyOption.REPLACE_EXISTING);
                    } catch (java.nio.file.NoSuchFileException gone) {
                        // a temporary file the running primary removed meanwhile: the WAL replays it
                    }
                }
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    @Override
    public void close() throws IOException {
        stopStandby();
        primary.close();
    }
}
