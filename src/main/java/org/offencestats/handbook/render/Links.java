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

    public static String offenceClass(String id) {
        return "offences/class-" + Slugs.of(id) + ".html";
    }

    public static String platforms() {
        return "platforms/index.html";
    }

    public static String platform(String id) {
        return "platforms/" + Slugs.of(id) + ".html";
    }

    public static String ageBands() {
        return "age-bands/index.html";
    }

    public static String ageBand(String id) {
        return "age-bands/" + Slugs.of(id) + ".html";
    }

    public static String periods() {
        return "periods/index.html";
    }

    public static String period(String label) {
        return "periods/" + Slugs.of(label) + ".html";
    }

    /** The page of an entity, by dimension; null for dimensions without pages. */
    public static String entity(org.offencestats.handbook.model.EntityKey key) {
        return switch (key.dimension()) {
            case OFFENCE -> offence(key.key());
            case OFFENCE_CLASS -> offenceClass(key.key());
            case OUTCOME -> outcome(key.key());
            case PLATFORM -> platform(key.key());
            case AGE_BAND -> ageBand(key.key());
            case PERIOD -> period(key.key());
            case TOTAL -> null;
        };
    }

    /**
     * Page {@code number} of a list split over several pages: the first is {@code first} itself, the others sit in a
     * folder named after it ("offences/86-2/page-2.html"), where no slug can collide with them.
     */
    public static String numbered(String first, int number) {
        if (number <= 1) {
            return first;
        }
        String base = first.endsWith("/index.html") ? first.substring(0, first.length() - "/index.html".length()) + "/list"
                : first.replaceFirst("\\.html$", "");
        return base + "/page-" + number + ".html";
    }

    /** The CSV of a disclosure's table, as published. */
    public static String tableCsv(String disclosureSlug, String tableId) {
        return "data/" + disclosureSlug + "/" + tableId + ".csv";
    }

    public static String corrections() {
        return "corrections.html";
    }

    public static String search() {
        return "search.html";
    }

    /** The figures of one entity, from the tidy dataset. */
    public static String entityCsv(org.offencestats.handbook.model.EntityKey key) {
        return "data/" + entity(key).replaceFirst("\\.html$", ".csv");
    }

    public static String data() {
        return "data.html";
    }

    public static String page(String slug) {
        return slug + ".html";
    }

    /** The republished source text: its file name made safe (content/ may hold any name), as ingest checked it is unique. */
    public static String source(String file) {
        String name = file.substring(file.lastIndexOf('/') + 1).replaceFirst("\\.txt$", "");
        return "sources/" + Slugs.of(name) + ".txt";
    }

    /** The prefix that leads from a page at {@code path} back to the site root: "" or "../". */
    public static String rootFrom(String path) {
        long depth = path.chars().filter(c -> c == '/').count();
        return "../".repeat((int) depth);
    }
}
