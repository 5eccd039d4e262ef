package org.offencestats.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Serves the preview from memory on the loopback interface only. HTML pages get the live-reload script; while the
 * newest build has failed, every page shows its error instead (assets still come from the last good build).
 */
final class DevServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("html", "text/html; charset=utf-8"), Map.entry("css", "text/css; charset=utf-8"),
            Map.entry("js", "text/javascript; charset=utf-8"), Map.entry("json", "application/json; charset=utf-8"),
            Map.entry("csv", "text/csv; charset=utf-8"), Map.entry("txt", "text/plain; charset=utf-8"),
            Map.entry("xml", "application/xml; charset=utf-8"), Map.entry("svg", "image/svg+xml"),
            Map.entry("png", "image/png"), Map.entry("ico", "image/x-icon"));

    private final HttpServer server;
    // Requests are short (streams are written by EventStreams' own thread), so a few threads serve them all.
    private static final int REQUEST_THREADS = 4;

    private final ExecutorService executor = Executors.newFixedThreadPool(REQUEST_THREADS, new ThreadFactory() {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "handbook-preview-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    });
    private final PreviewState state;
    private final EventStreams streams;

    DevServer(PreviewState state, int port) throws IOException {
        this(state, port, StreamLimits.DEFAULT);
    }

    DevServer(PreviewState state, int port, StreamLimits limits) throws IOException {
        this.state = state;
        this.streams = new EventStreams(state, limits);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    void start() {
        streams.start();
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** How many live-reload streams are open now. */
    int liveStreams() {
        return streams.live();
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (LoopbackHost.allows(exchange.getRequestHeaders().get("Host"), port())
                && exchange.getRequestMethod().equals("GET")
                && path(exchange).equals(LiveReload.EVENTS_PATH) && streams.open(exchange)) {
            return; // the stream stays open, written by EventStreams
        }
        try (exchange) {
            respond(exchange);
        }
    }

    private void respond(HttpExchange exchange) throws IOException {
        if (!LoopbackHost.allows(exchange.getRequestHeaders().get("Host"), port())) {
            send(exchange, 403, TYPES.get("txt"), "The preview answers only http://127.0.0.1, localhost or [::1] with its port.\n"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            send(exchange, 405, TYPES.get("txt"), "Only GET and HEAD.\n".getBytes(StandardCharsets.UTF_8));
            return;
        }
        String path = path(exchange);
        if (path.equals(LiveReload.EVENTS_PATH)) {
            // GET reaches here only when no stream could be opened: the cap is reached.
            send(exchange, method.equals("GET") ? 503 : 405, TYPES.get("txt"), "Too many live-reload streams are open; close some preview tabs.\n"
                    .getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (path.equals(LiveReload.SCRIPT_PATH)) {
            send(exchange, 200, TYPES.get("js"), LiveReload.SCRIPT.getBytes(StandardCharsets.UTF_8));
            return;
        }
        serveFile(exchange, path);
    }

    private static String path(HttpExchange exchange) {
        return URI.create(exchange.getRequestURI().getRawPath()).normalize().getPath();
    }

    private void serveFile(HttpExchange exchange, String path) throws IOException {
        Preview preview = state.current();
        String file = path.startsWith("/") ? path.substring(1) : path;
        if (file.isEmpty() || file.endsWith("/")) {
            file += "index.html";
        }
        boolean html = file.endsWith(".html");
        if (preview.error() != null && (html || preview.site() == null)) {
            send(exchange, 500, TYPES.get("html"), LiveReload.inject(ErrorPage.of(preview.error()).getBytes(StandardCharsets.UTF_8)));
            return;
        }
        byte[] body = file.contains("..") ? null : preview.site().files().get(file);
        if (body == null) {
            byte[] notFound = preview.site().files().get("404.html");
            send(exchange, 404, TYPES.get("html"), LiveReload.inject(notFound != null ? notFound
                    : "<!DOCTYPE html><title>Not found</title><p>Not found.</p>".getBytes(StandardCharsets.UTF_8)));
            return;
        }
        send(exchange, 200, type(file), html ? LiveReload.inject(body) : body);
    }

    private static void send(HttpExchange exchange, int status, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        boolean head = exchange.getRequestMethod().equals("HEAD");
        exchange.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
            exchange.getResponseBody().write(body);
        }
    }

    private static String type(String file) {
        int dot = file.lastIndexOf('.');
        String ext = dot < 0 ? "" : file.substring(dot + 1).toLowerCase(Locale.ROOT);
        return TYPES.getOrDefault(ext, "application/octet-stream");
    }

    @Override
    public void close() {
        streams.close();
        executor.shutdownNow();
        server.stop(0);
    }
}
