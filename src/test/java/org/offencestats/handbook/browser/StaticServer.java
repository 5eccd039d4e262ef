package org.offencestats.handbook.browser;

import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Serves a built site on 127.0.0.1 (a free port) with the content types a static host would send. */
final class StaticServer implements AutoCloseable {

    private static final Map<String, String> TYPES = Map.of("html", "text/html; charset=utf-8", "css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "json", "application/json", "csv", "text/csv; charset=utf-8",
            "txt", "text/plain; charset=utf-8", "svg", "image/svg+xml", "xml", "application/xml");

    private final HttpServer server;
    private final String prefix;

    StaticServer(Path root) {
        this(root, "/");
    }

    /** Serves the site under {@code prefix} (e.g. "/handbook/"), as a project site is served under a sub-path. */
    StaticServer(Path root, String prefix) {
        this(root, prefix, false);
    }

    /**
     * Serves the site under {@code prefix}; with {@code notFoundPage}, a missing address in any folder is answered
     * with the site's 404.html and status 404, as static hosts do.
     */
    StaticServer(Path root, String prefix, boolean notFoundPage) {
        this.prefix = prefix;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext(prefix, exchange -> {
            String path = URI.create(exchange.getRequestURI().toString()).getPath();
            Path file = root.resolve(path.substring(prefix.length())).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            int status = 200;
            if (notFoundPage && (!file.startsWith(root) || !Files.isRegularFile(file)) && Files.isRegularFile(root.resolve("404.html"))) {
                file = root.resolve("404.html");
                status = 404;
            }
            if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            String name = file.getFileName().toString();
            String type = TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
            byte[] body = Files.readAllBytes(file);
            exchange.getResponseHeaders().set("Content-Type", type);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + prefix + path;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
