package org.offencestats.handbook.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

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
    private final ExecutorService executor = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "handbook-preview");
        t.setDaemon(true);
        return t;
    });
    private final PreviewState state;

    DevServer(PreviewState state, int port) throws IOException {
        this.state = state;
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", this::handle);
        server.setExecutor(executor);
    }

    void start() {
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            if (!method.equals("GET") && !method.equals("HEAD")) {
                send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD.\n".getBytes(StandardCharsets.UTF_8));
                return;
            }
            String path = URI.create(exchange.getRequestURI().getRawPath()).normalize().getPath();
            if (path.equals(LiveReload.EVENTS_PATH)) {
                events(exchange);
                return;
            }
            if (path.equals(LiveReload.SCRIPT_PATH)) {
                send(exchange, 200, TYPES.get("js"), LiveReload.SCRIPT.getBytes(StandardCharsets.UTF_8));
                return;
            }
            serveFile(exchange, path);
        }
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

    /** A server-sent event stream that sends the build version now and whenever it changes. */
    private void events(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        long sent = -1;
        try {
            while (!executor.isShutdown()) {
                long version = state.awaitChange(sent, TimeUnit.SECONDS.toMillis(15));
                // A comment line when nothing changed keeps the connection open and finds closed ones.
                out.write((version == sent ? ":\n\n" : "data: " + version + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                sent = version;
            }
        } catch (IOException | InterruptedException closed) {
            // the page went away
        }
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
        executor.shutdownNow();
        server.stop(0);
    }
}
