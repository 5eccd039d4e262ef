package org.offencestats.handbook.serve;

import java.nio.charset.StandardCharsets;

/**
 * The preview's live reload: a script (served from the preview itself, so the pages' Content-Security-Policy holds)
 * that listens to a server-sent event stream and reloads the page when a new build is ready.
 */
final class LiveReload {

    static final String SCRIPT_PATH = "/__handbook/reload.js";
    static final String EVENTS_PATH = "/__handbook/events";

    static final String SCRIPT = """
            // Preview only: reloads this page when the handbook has been rebuilt.
            (function () {
              var source = new EventSource('/__handbook/events');
              var seen = null;
              source.onmessage = function (event) {
                if (seen !== null && event.data !== seen) {
                  location.reload();
                }
                seen = event.data;
              };
            })();
            """;

    private static final String TAG = "<script src=\"" + SCRIPT_PATH + "\" defer></script>";

    private LiveReload() {
    }

    /** The page with the reload script added at the end of its head (or body, or page). */
    static byte[] inject(byte[] html) {
        String page = new String(html, StandardCharsets.UTF_8);
        int at = page.indexOf("</head>");
        if (at < 0) {
            at = page.lastIndexOf("</body>");
        }
        if (at < 0) {
            at = page.length();
        }
        return (page.substring(0, at) + TAG + page.substring(at)).getBytes(StandardCharsets.UTF_8);
    }
}
