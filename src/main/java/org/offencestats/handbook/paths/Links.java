package org.offencestats.handbook.paths;

import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.EntityKey;

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
        return "disclosures/" + ReservedNames.INDEX + ".html";
    }

    public static String disclosure(String slug) {
        return "disclosures/" + slug + ".html";
    }

    /** The list of a dimension's entities ("offences/index.html"); offence classes share the offences' list. */
    public static String index(Dimension dimension) {
        return folder(dimension) + "/" + ReservedNames.INDEX + ".html";
    }

    /** The page of an entity ("offences/086-02.html", "outcomes/outcome-21.html"); null for dimensions without pages. */
    public static String entity(Dimension dimension, String key) {
        String prefix = switch (dimension) {
            case OFFENCE_CLASS -> "class-";
            case OUTCOME -> "outcome-";
            case TOTAL -> null;
            default -> "";
        };
        return prefix == null ? null : folder(dimension) + "/" + prefix + Slugs.of(key) + ".html";
    }

    public static String entity(EntityKey key) {
        return entity(key.dimension(), key.key());
    }

    private static String folder(Dimension dimension) {
        return switch (dimension) {
            case OFFENCE, OFFENCE_CLASS -> "offences";
            case OUTCOME -> "outcomes";
            case PLATFORM -> "platforms";
            case AGE_BAND -> "age-bands";
            case PERIOD -> "periods";
            case TOTAL -> throw new IllegalArgumentException("totals have no pages");
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

    /** A disclosure's rows of the tidy dataset. */
    public static String disclosureFiguresCsv(String disclosureSlug) {
        return "data/" + disclosureSlug + "/figures.csv";
    }

    public static String disclosureFiguresJson(String disclosureSlug) {
        return "data/" + disclosureSlug + "/figures.json";
    }

    public static String corrections() {
        return "corrections.html";
    }

    public static String search() {
        return "search.html";
    }

    /** The figures of one entity, from the tidy dataset. */
    public static String entityCsv(EntityKey key) {
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
