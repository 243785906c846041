package nl.betrokken.testing.http;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import nl.betrokken.security.Tokens;

/**
 * Many parents answering at once against a running service, each through the real pages, and what
 * the database holds afterwards: every response a parent saw "thank you" for is known by its
 * token, so it can be looked up. Used by the fault tests and by the benchmarks alike.
 */
public final class Respondents {

    public static final String DEMO_WAVE = "Ouderpeiling Rijnstede (demo)";

    private final List<String> bases;
    private final List<String> slugs;
    private final Set<String> thanked = ConcurrentHashMap.newKeySet();
    private final AtomicLong failed = new AtomicLong();
    private final List<String> failures = new ArrayList<>();
    private final Latencies requests = new Latencies();
    private final Latencies responses = new Latencies();

    public Respondents(List<String> bases, List<String> slugs) {
        this.bases = bases;
        this.slugs = slugs;
    }

    /** The open links of the demo follow-up wave, one per school. */
    public static List<String> demoLinks(Connection db) throws SQLException {
        List<String> slugs = new ArrayList<>();
        try (Statement s = db.createStatement();
                ResultSet rows = s.executeQuery(
                        "select wi.slug from wave_institution wi" + " join wave w on w.id = wi.wave_id where w.name = '"
                                + DEMO_WAVE + "' and wi.access = 'LINK' order by wi.id")) {
            while (rows.next()) {
                slugs.add(rows.getString(1));
            }
        }
        return slugs;
    }

    /**
     * Starts the given number of parents at the same moment; each completes responses one after
     * another, thinking up to twice thinkMillis before each page, until stop() or the duration ends.
     * A response under way at the end is finished and thanked, but not among the timed responses.
     */
    public Running start(int parents, Duration duration, long thinkMillis) {
        CountDownLatch go = new CountDownLatch(1);
        long deadline = System.nanoTime() + duration.toNanos();
        List<Thread> threads = new ArrayList<>();
        Running running = new Running(threads);
        for (int p = 0; p < parents; p++) {
            Random random = new Random(p);
            Thread thread = new Thread(
                    () -> {
                        try {
                            go.await();
                        } catch (InterruptedException e) {
                            return;
                        }
                        while (!running.stopped && System.nanoTime() < deadline) {
                            Latencies own = new Latencies();
                            WebClient web = new WebClient(bases, own);
                            long begin = System.nanoTime();
                            try {
                                ParentVisit.complete(web, slugs.get(random.nextInt(slugs.size())), random, thinkMillis);
                                thanked.add(Tokens.sha256(
                                        web.cookie("betrokken_response").orElseThrow()));
                                if (System.nanoTime() <= deadline) {
                                    responses.add(Latencies.since(begin));
                                }
                                requests.addAll(own);
                            } catch (Exception e) {
                                if (!running.stopped) {
                                    failed.incrementAndGet();
                                    synchronized (failures) {
                                        if (failures.size() < 10) {
                                            failures.add(e.toString());
                                        }
                                    }
                                }
                                requests.addAll(own);
                            }
                        }
                    },
                    "respondent-" + p);
            thread.setDaemon(true);
            thread.start();
            threads.add(thread);
        }
        go.countDown();
        return running;
    }

    public static final class Running {
        private final List<Thread> threads;
        private volatile boolean stopped;

        private Running(List<Thread> threads) {
            this.threads = threads;
        }

        /** Lets every parent finish (or fail) what it is doing; afterwards failures are not counted. */
        public void stop() {
            stopped = true;
        }

        public void await(Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            for (Thread thread : threads) {
                thread.join(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
            }
        }
    }

    public Set<String> thanked() {
        return thanked;
    }

    public long failed() {
        return failed.get();
    }

    public List<String> failures() {
        synchronized (failures) {
            return List.copyOf(failures);
        }
    }

    public Latencies requests() {
        return requests;
    }

    /** Whole responses finished within the duration. */
    public Latencies responses() {
        return responses;
    }

    /** How many of the thanked responses are stored as sent, each counted once. */
    public long storedAsSent(Connection db) throws SQLException {
        try (PreparedStatement query = db.prepareStatement(
                "select count(*) from response where resume_token_hash = any(?) and status = 'SUBMITTED'")) {
            Array hashes = db.createArrayOf("text", thanked.toArray());
            query.setArray(1, hashes);
            try (ResultSet row = query.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }
    }

    public static long sentResponses(Connection db) throws SQLException {
        try (Statement s = db.createStatement();
                ResultSet row = s.executeQuery("select count(*) from response where status = 'SUBMITTED'")) {
            row.next();
            return row.getLong(1);
        }
    }

    /** Waits until the background counter has counted every sent response. */
    public static void awaitCounted(Connection db, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            try (Statement s = db.createStatement();
                    ResultSet row = s.executeQuery(
                            "select count(*) from response where status = 'SUBMITTED' and not aggregated and wave_institution_id is not null")) {
                row.next();
                if (row.getLong(1) == 0) {
                    return;
                }
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("sent responses were not counted within " + timeout);
            }
            Thread.sleep(200);
        }
    }

    /** Every aggregate row as text, in a fixed order: two snapshots are equal when the counts are. */
    public static List<String> aggregates(Connection db) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String query : List.of(
                "select 'r', wave_institution_id, respondents from respondent_count order by 2",
                "select 'a', wave_institution_id, item_key, answer, respondents from answer_count order by 2, 3, 4",
                "select 'i', wave_institution_id, indicator_id, positive, answered from indicator_count order by 2, 3",
                "select 's', wave_institution_id, scale_id, part, n, round(total::numeric, 6), round(squares::numeric, 6)"
                        + " from scale_moment order by 2, 3, 4")) {
            try (Statement s = db.createStatement();
                    ResultSet r = s.executeQuery(query)) {
                int columns = r.getMetaData().getColumnCount();
                while (r.next()) {
                    StringBuilder row = new StringBuilder();
                    for (int c = 1; c <= columns; c++) {
                        row.append(r.getString(c)).append('|');
                    }
                    rows.add(row.toString());
                }
            }
        }
        return rows;
    }
}
