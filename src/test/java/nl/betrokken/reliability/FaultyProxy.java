package nl.betrokken.reliability;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A TCP proxy on localhost between the service and its database that can fail on command: pass
 * everything, cut (every connection dropped, new ones refused: the database is gone) or stall
 * (connections accepted, nothing forwarded: the database hangs, as on a full disk or a lock).
 */
final class FaultyProxy implements AutoCloseable {

    enum Mode {
        PASS,
        CUT,
        STALL
    }

    private final ServerSocket server;
    private final int target;
    private final List<Socket> open = new CopyOnWriteArrayList<>();
    private volatile Mode mode = Mode.PASS;
    private volatile boolean running = true;

    FaultyProxy(int targetPort) throws IOException {
        this.target = targetPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(this::accept, "faulty-proxy");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    int port() {
        return server.getLocalPort();
    }

    /** The database is gone: every connection is dropped, and new ones are closed at once. */
    void cut() {
        mode = Mode.CUT;
        for (Socket socket : open) {
            close(socket);
        }
        open.clear();
    }

    /** The database hangs: nothing goes through any more, in either direction. */
    void stall() {
        mode = Mode.STALL;
    }

    /** The database is back; connections dropped meanwhile stay dropped, as after a real outage. */
    void restore() {
        mode = Mode.PASS;
    }

    private void accept() {
        while (running) {
            try {
                Socket client = server.accept();
                if (mode == Mode.CUT) {
                    close(client);
                    continue;
                }
                Socket database = new Socket(InetAddress.getLoopbackAddress(), target);
                open.add(client);
                open.add(database);
                pump(client, database);
                pump(database, client);
            } catch (IOException e) {
                if (!running) {
                    return;
                }
            }
        }
    }

    private void pump(Socket from, Socket to) {
        Thread thread = new Thread(
                () -> {
                    byte[] buffer = new byte[16 * 1024];
                    try (InputStream in = from.getInputStream();
                            OutputStream out = to.getOutputStream()) {
                        int read;
                        while ((read = in.read(buffer)) >= 0) {
                            while (mode == Mode.STALL) {
                                Thread.sleep(20);
                            }
                            if (mode == Mode.CUT) {
                                break;
                            }
                            out.write(buffer, 0, read);
                            out.flush();
                        }
                    } catch (IOException | InterruptedException closed) {
                        // one side went away: the other goes too
                    } finally {
                        close(from);
                        close(to);
                        open.remove(from);
                        open.remove(to);
                    }
                },
                "faulty-proxy-pump");
        thread.setDaemon(true);
        thread.start();
    }

    private static void close(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already closed
        }
    }

    @Override
    public void close() throws IOException {
        running = false;
        server.close();
        cut();
    }
}
