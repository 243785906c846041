package nl.betrokken.common.database;

import io.quarkus.runtime.ShutdownEvent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Stops the embedded PostgreSQL after the application has stopped using it. JVM shutdown hooks run
 * side by side, so the database's hook waits for the application's shutdown (which drains the
 * requests in flight) before it stops the server, or gives up waiting after a while.
 */
@Singleton
public class EmbeddedDatabaseShutdown {

    private static final long MAX_WAIT_SECONDS = 30;
    private static final CountDownLatch APPLICATION_STOPPED = new CountDownLatch(1);

    public static void register(EmbeddedDatabase database) {
        Thread hook = new Thread(
                () -> {
                    try {
                        APPLICATION_STOPPED.await(MAX_WAIT_SECONDS, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    database.close();
                },
                "embedded-postgres-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    public static void applicationStopped() {
        APPLICATION_STOPPED.countDown();
    }

    void onShutdown(@Observes ShutdownEvent event) {
        applicationStopped();
    }
}
