package org.offencestats.handbook.serve;

import java.util.List;
import java.util.Locale;

/**
 * The Host headers the preview answers: the loopback address or {@code localhost}, with the preview's port. A web
 * page the maintainer visits can point its own name at 127.0.0.1 (DNS rebinding) and read the preview with the
 * browser's help; its requests still carry its own name as Host, so they are refused.
 */
final class LoopbackHost {

    private static final List<String> NAMES = List.of("127.0.0.1", "localhost", "[::1]");

    private LoopbackHost() {
    }

    /** Whether exactly one Host header was sent and it names the loopback interface and {@code port}. */
    static boolean allows(List<String> hostHeaders, int port) {
        if (hostHeaders == null || hostHeaders.size() != 1) {
            return false;
        }
        String host = hostHeaders.get(0).strip().toLowerCase(Locale.ROOT);
        for (String name : NAMES) {
            // Port 80 may be left out of the header, as HTTP allows for the default port.
            if (host.equals(name + ":" + port) || (port == 80 && host.equals(name))) {
                return true;
            }
        }
        return false;
    }
}
