package org.offencestats.handbook.serve;

import com.sun.net.httpserver.HttpExchange;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/** One open live-reload stream: the build version it was last sent, and its response to write to. */
final class EventStream {

    private final HttpExchange exchange;
    private long sent = -1;
    private boolean started;

    EventStream(HttpExchange exchange) {
        this.exchange = exchange;
    }

    /** Sends the stream's headers and the current version; false, with the stream closed, if the client is gone. */
    synchronized boolean begin(PreviewState state) {
        try {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.sendResponseHeaders(200, 0);
        } catch (IOException gone) {
            close();
            return false;
        }
        started = true;
        // Read under this stream's lock: a rebuild that finished meanwhile reaches the stream here or from the dispatcher.
        return send(state.current().version(), false);
    }

    /**
     * Sends {@code version} if this stream has not had it, else a comment line when {@code keepAlive} (it finds
     * clients that went away: writing to them fails). Returns false, with the stream closed, once the client is gone.
     */
    synchronized boolean send(long version, boolean keepAlive) {
        String event = version != sent ? "data: " + version + "\n\n" : keepAlive ? ":\n\n" : null;
        if (!started || event == null) {
            return true;
        }
        try {
            OutputStream out = exchange.getResponseBody();
            out.write(event.getBytes(StandardCharsets.UTF_8));
            out.flush();
            sent = version;
            return true;
        } catch (IOException gone) {
            close();
            return false;
        }
    }

    synchronized void close() {
        exchange.close();
    }
}
