package org.offencestats.handbook.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntSupplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The preview's guards, spoken to over raw sockets (an HTTP client may not set Host): only loopback Host headers
 * are answered (DNS rebinding), live-reload streams are capped, and a stream's resources go when its client does.
 */
class PreviewGuardsTest {

    private static final int CAP = 8;
    private static final long HEARTBEAT_MILLIS = 50;

    private final List<Socket> clients = new ArrayList<>();
    private DevServer server;

    @AfterEach
    void stop() throws IOException {
        for (Socket client : clients) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void onlyLoopbackHostHeadersWithThePreviewsPortAreAnswered() throws IOException {
        start();
        int port = server.port();
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LocalHost:" + port, "[::1]:" + port)) {
            assertThat(status(host, LiveReload.SCRIPT_PATH)).as(host).isEqualTo(200);
        }
        for (String host : List.of("evil.example", "evil.example:" + port, "127.0.0.1", "localhost:1", "localhost.evil.example:" + port,
                "127.0.0.2:" + port, "[::1]", "127.0.0.1:" + port + ".evil.example", "")) {
            assertThat(status(host, LiveReload.SCRIPT_PATH)).as("Host: " + host).isEqualTo(403);
        }
    }

    @Test
    void streamsBeyondTheCapAreRefusedAndUseNoThreadEach() throws IOException {
        start();
        int threadsBefore = previewThreads();
        for (int i = 0; i < CAP; i++) {
            assertThat(openStream()).as("stream %d", i + 1).isEqualTo(200);
        }
        assertThat(openStream()).as("one stream over the cap").isEqualTo(503);
        assertThat(previewThreads() - threadsBefore).as("threads added while %d streams are open", CAP).isLessThan(CAP);
    }

    @Test
    void streamsAndTheirThreadsGoWhenTheirClientsGo() throws Exception {
        start();
        for (int i = 0; i < CAP; i++) {
            assertThat(openStream()).isEqualTo(200);
        }
        assertThat(server.liveStreams()).isEqualTo(CAP);
        for (Socket client : clients) {
            client.close();
        }
        clients.clear();
        assertThat(within(10_000, server::liveStreams)).as("live streams after their clients went").isZero();
        assertThat(openStream()).as("a new stream once the old ones are gone").isEqualTo(200);
    }

    private void start() throws IOException {
        PreviewState state = new PreviewState();
        server = new DevServer(state, 0, new StreamLimits(CAP, HEARTBEAT_MILLIS));
        server.start();
    }

    /** Polls until the value is zero or the time is up; returns the last value. */
    private static int within(long millis, IntSupplier value) throws InterruptedException {
        long deadline = System.nanoTime() + millis * 1_000_000;
        int last = value.getAsInt();
        while (last != 0 && System.nanoTime() < deadline) {
            Thread.sleep(10);
            last = value.getAsInt();
        }
        return last;
    }

    private static int previewThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.isAlive() && t.getName().startsWith("handbook-preview")).count();
    }

    private int status(String host, String path) throws IOException {
        try (Socket socket = connect()) {
            return request(socket, host, path);
        }
    }

    /** Opens a live-reload stream and keeps its connection open; returns the status. */
    private int openStream() throws IOException {
        Socket socket = connect();
        clients.add(socket);
        return request(socket, "127.0.0.1:" + server.port(), LiveReload.EVENTS_PATH);
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket(InetAddress.getLoopbackAddress(), server.port());
        socket.setSoTimeout(10_000);
        return socket;
    }

    private static int request(Socket socket, String host, String path) throws IOException {
        OutputStream out = socket.getOutputStream();
        String hostLine = host.isEmpty() ? "" : "Host: " + host + "\r\n";
        out.write(("GET " + path + " HTTP/1.1\r\n" + hostLine + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = socket.getInputStream();
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1 && c != '\n') {
            line.append((char) c);
        }
        String[] parts = line.toString().split(" ");
        assertThat(parts).as("status line %s", line).hasSizeGreaterThan(1);
        return Integer.parseInt(parts[1]);
    }
}
