package org.offencestats.handbook.render.page;

import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.render.view.Format;

/** A disclosure in one line, wherever it is listed (lists, the home page, the feed), and its page's description. */
public final class DisclosureSummary {

    private DisclosureSummary() {
    }

    public static String detail(Disclosure d) {
        String reference = d.meta().reference() == null ? "Reference not stated" : "Reference " + d.meta().reference();
        int tables = d.parsed().tables().size();
        return d.meta().force() + " · " + reference + " · " + Format.periods(d) + " · "
                + (tables == 0 ? "no tables in the text" : tables + (tables == 1 ? " table" : " tables"));
    }

    /** The page's summary, under 160 characters: the request's subject, or the title. */
    public static String description(Disclosure d) {
        return shorten(d.meta().subject() != null ? d.meta().subject() : d.title(), 155);
    }

    /**
     * The text whole when it fits in {@code max} characters; else its first sentences that fit, or failing that its
     * first whole words followed by "…": never a cut word, and never a dangling comma or "and" before the ellipsis.
     */
    public static String shorten(String text, int max) {
        String t = text.strip();
        if (t.length() <= max) {
            return t;
        }
        int sentence = -1;
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[.!?](?=\\s+[A-Z])").matcher(t);
        while (m.find() && m.end() <= max) {
            sentence = m.end();
        }
        if (sentence >= max / 2) {
            return t.substring(0, sentence);
        }
        int space = t.lastIndexOf(' ', max - 1);
        String head = (space > 0 ? t.substring(0, space) : t.substring(0, max - 1)).strip();
        head = head.replaceAll("(?i)[\\s,;:(\\-–]+(and|or|the|a|an|of|to|in|for|with|by|where|which|under|over|than|at|on|from|was|were|is|are)?$", "");
        head = head.replaceAll("(?i)\\s+(and|or|the|a|an|of|to|in|for|with|by|where|which|under|over|than|at|on|from|was|were|is|are)$", "");
        return head + "…";
    }

    /** The text as a sentence: a full stop added only when it does not already end with one (or "?", "!", "…"). */
    public static String sentence(String text) {
        String t = text.strip();
        return t.isEmpty() || t.matches("(?s).*[.!?…]$") ? t : t + ".";
    }
}
