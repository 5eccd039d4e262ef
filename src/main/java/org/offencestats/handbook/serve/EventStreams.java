package org.offencestats.handbook.serve;

import com.sun.net.httpserver.HttpExchange;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The open live-reload streams, written by one dispatcher thread: a stream holds no thread of its own, so a page
 * left open costs a connection only. At most {@code cap} streams are open at once; a client that went away is found
 * by the next write (a comment line every heartbeat when nothing changed) and its stream dropped.
 */
final class EventStreams implements AutoCloseable {

    private final PreviewState state;
    private final StreamLimits limits;
    private final Set<EventStream> open = ConcurrentHashMap.newKeySet();
    private final Thread dispatcher;
    private volatile boolean closed;

    EventStreams(PreviewState state, StreamLimits limits) {
        this.state = state;
        this.limits = limits;
        this.dispatcher = new Thread(this::dispatch, "handbook-preview-events");
        dispatcher.setDaemon(true);
    }

    void start() {
        dispatcher.start();
    }

    int live() {
        return open.size();
    }

    /** Opens a stream on the exchange and sends it the current version; false (nothing sent) when at the cap. */
    boolean open(HttpExchange exchange) {
        EventStream stream = new EventStream(exchange);
        synchronized (open) {
            if (closed || open.size() >= limits.cap()) {
                return false;
            }
            open.add(stream);
        }
        if (!stream.begin(state)) {
            open.remove(stream);
        }
        return true;
    }

    private void dispatch() {
        long seen = state.current().version();
        while (!closed) {
            long version;
            try {
                version = state.awaitChange(seen, limits.heartbeatMillis());
            } catch (InterruptedException stop) {
                return;
            }
            boolean keepAlive = version == seen;
            seen = version;
            for (EventStream stream : open) {
                if (!stream.send(version, keepAlive)) {
                    open.remove(stream);
                }
            }
        }
    }

    @Override
    public void close() {
        closed = true;
        dispatcher.interrupt();
        synchronized (open) {
            open.forEach(EventStream::close);
            open.clear();
        }
    }
}
