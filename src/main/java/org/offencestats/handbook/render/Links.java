package org.offencestats.handbook.render;

import org.offencestats.handbook.ingest.Slugs;

/**
 * The site's URL scheme, as paths relative to the site root. Pages are plain .html files (no directory
 * indexes) so the site also works opened straight from disk.
 */
public final class Links {

    private Links() {
    }

    public static String home() {
        return "index.html";
    }

    public static String disclosures() {
        return "disclosures/index.html";
    }

    public static String disclosure(String slug) {
        return "disclosures/" + slug + ".html";
    }

    public static String offences() {
        return "offences/index.html";
    }

    public static String offence(String code) {
        return "offences/" + Slugs.of(code) + ".html";
    }

    public static String outcomes() {
        return "outcomes/index.html";
    }

    public static String outcome(String type) {
        return "outcomes/outcome-" + Slugs.of(type) + ".html";
    }

    public static String page(String slug) {
        return slug + ".html";
    }

    public static String source(String file) {
        return "sources/" + file.substring(file.lastIndexOf('/') + 1);
    }

    /** The prefix that leads from a page at {@code path} back to the site root: "" or "../". */
    public static String rootFrom(String path) {
        long depth = path.chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }
}
