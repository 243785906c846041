package nl.betrokken.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process, read from /proc the way `ps` and `top` read it. */
final class Memory {

    private Memory() {}

    /** Current resident set size in MiB. */
    static double residentMiB(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024.0;
                }
            }
        } catch (IOException | NumberFormatException gone) {
            return Double.NaN;
        }
        return Double.NaN;
    }

    /** Samples a process' resident memory every 50 ms until closed; keeps the peak. */
    static final class PeakSampler implements AutoCloseable {

        private final Thread thread;
        private volatile boolean running = true;
        private volatile double peak;

        PeakSampler(long pid) {
            thread = new Thread(
                    () -> {
                        while (running) {
                            double now = residentMiB(pid);
                            if (now > peak) {
                                peak = now;
                            }
                            try {
                                Thread.sleep(50);
                            } catch (InterruptedException e) {
                                return;
                            }
                        }
                    },
                    "rss-sampler");
            thread.setDaemon(true);
            thread.start();
        }

        double peakMiB() {
            return peak;
        }

        @Override
        public void close() throws InterruptedException {
            running = false;
            thread.join();
        }
    }
}
