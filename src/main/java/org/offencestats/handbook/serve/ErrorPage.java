package org.offencestats.handbook.serve;

import org.unbescape.html.HtmlEscape;

/** What the preview shows instead of a page while the last rebuild failed: the error, escaped, and how to fix it. */
final class ErrorPage {

    private ErrorPage() {
    }

    static String of(String message) {
        return String.format(java.util.Locale.ROOT, """
                <!DOCTYPE html>
                <html lang="en-GB">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'">
                <title>Build failed: the offence-statistics handbook preview</title>
                </head>
                <body>
                <main id="main">
                <h1>The last rebuild failed</h1>
                <p>The preview keeps watching <code>content/</code> and <code>templates/</code>: fix the input below and save,
                and this page reloads with the rebuilt site. Nothing was published.</p>
                <pre class="build-error">%s</pre>
                </main>
                </body>
                </html>
                """, HtmlEscape.escapeHtml4Xml(message));
    }
}
