package nl.betrokken.common.database;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * A PostgreSQL server left running by an earlier run that was killed (kill -9, power loss of the JVM
 * only). It still holds the data directory and its port, so a new start would hang or fail; we stop
 * it the way an administrator would: a fast shutdown, which rolls back what the dead JVM left open.
 */
final class OrphanedPostmaster {

    private static final Logger LOG = Logger.getLogger(OrphanedPostmaster.class);

    private final ProcessHandle process;

    private OrphanedPostmaster(ProcessHandle process) {
        this.process = process;
    }

    /**
     * The live postmaster that owns this data directory while no running Betrokken holds it, if there
     * is one. A postmaster whose Betrokken is alive is not an orphan: that start is refused instead.
     */
    static Optional<OrphanedPostmaster> find(Path dataDirectory) {
        ensureNoOtherInstance(dataDirectory);
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
            if (lines.isEmpty()) {
                return Optional.empty();
            }
            long pid = Long.parseLong(lines.get(0).trim());
            // A stale pid file can name a pid that is now some other program: only a postgres counts.
            return ProcessHandle.of(pid)
                    .filter(ProcessHandle::isAlive)
                    .filter(p ->
                            p.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                    .map(OrphanedPostmaster::new);
        } catch (IOException | NumberFormatException e) {
            LOG.debugf(e, "Unreadable %s; PostgreSQL will judge it itself", pidFile);
            return Optional.empty();
        }
    }

    /** zonky holds a lock on this file for as long as its JVM runs; a dead JVM's lock is gone. */
    private static void ensureNoOtherInstance(Path dataDirectory) {
        Path lockFile = dataDirectory.resolve("epg-lock");
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            if (lock == null) {
                throw alreadyInUse(dataDirectory);
            }
        } catch (OverlappingFileLockException e) {
            throw alreadyInUse(dataDirectory);
        } catch (IOException e) {
            LOG.debugf(e, "Cannot test the lock on %s", lockFile);
        }
    }

    private static EmbeddedDatabaseException alreadyInUse(Path dataDirectory) {
        return new EmbeddedDatabaseException("Another Betrokken is already running on the database in " + dataDirectory
                + ". Stop it first, or set betrokken.embedded-database.data-directory to another folder.");
    }

    long pid() {
        return process.pid();
    }

    /** Fast shutdown (SIGINT); if it does not finish in time, an immediate shutdown (SIGQUIT). */
    void stop(Duration timeout) {
        LOG.warnf("PostgreSQL from an earlier run is still running (pid %d); stopping it before starting again", pid());
        signal("INT");
        if (awaitExit(timeout)) {
            return;
        }
        LOG.warnf("PostgreSQL (pid %d) did not stop within %s; asking for an immediate shutdown", pid(), timeout);
        signal("QUIT");
        if (!awaitExit(timeout)) {
            throw new EmbeddedDatabaseException("PostgreSQL from an earlier run (pid " + pid()
                    + ") does not stop. Stop it by hand (kill " + pid() + ") and start Betrokken again.");
        }
    }

    private void signal(String name) {
        try {
            Process kill = new ProcessBuilder("kill", "-" + name, Long.toString(pid()))
                    .redirectErrorStream(true)
                    .start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                process.destroy();
            }
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmbeddedDatabaseException("Interrupted while stopping PostgreSQL (pid " + pid() + ")", e);
        }
    }

    private boolean awaitExit(Duration timeout) {
        CompletableFuture<ProcessHandle> exit = process.onExit();
        try {
            exit.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return !process.isAlive();
        }
    }
}
