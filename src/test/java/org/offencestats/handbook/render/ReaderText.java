package org.offencestats.handbook.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds words meant for maintainers in what readers see: "seed", repository names, file slugs, doubled punctuation
 * and ledes cut mid-word. Reader text is the visible text of a page (no script, style, template or hidden element),
 * its title and its description meta tags, less the passages that are the force's own words, quoted as published:
 * the response's passages, quotations, table labels and codes as printed, the force's caveats, and web-page debris.
 */
final class ReaderText {

    /** Elements whose text is the force's own, quoted as published: checked by the source's fidelity tests instead. */
    static final String FORCES_OWN = ".passage, q, blockquote, table.data thead th, table.data tbody th, td.code, .code-note, "
            + ".caveats span, details.debris, .exemption ul, .hash, .numbering-note";

    private static final Pattern SEED = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])seeds?(?![\\p{L}\\p{N}])");
    private static final Pattern REPOSITORY = Pattern.compile("(?i)(ministryofjustice/|onsdigital/|\\bhmpps-|github\\.com)");
    private static final Pattern DOUBLED = Pattern.compile("(?<![.…])\\.\\.(?![.…])|,,|;;|::|\\. \\.(?!\\.)|, ,|,\\.|\\.,(?!\\d)");
    private static final Pattern URL = Pattern.compile("https?://\\S+");

    private ReaderText() {
    }

    /** What a reader sees and what describes the page to search engines and link previews, without the force's own words. */
    static List<String> texts(String html) {
        Document doc = Jsoup.parse(html);
        List<String> texts = new ArrayList<>();
        texts.add(doc.title());
        doc.select("meta[name=description], meta[property=og:description], meta[property=og:title]").forEach(m -> texts.add(m.attr("content")));
        Element body = doc.body().clone();
        body.select("script, style, template, noscript, [hidden], [aria-hidden=true]:not(.flag-mark)").remove();
        body.select(FORCES_OWN).remove();
        for (Element block : body.select("p, li, h1, h2, h3, h4, dt, dd, td, th, caption, figcaption, summary, pre, span.chart-title, span.chart-subtitle, a")) {
            if (block.select("p, li, h1, h2, h3, h4, dd, td, th, pre").size() <= 1 || block.is("a")) {
                texts.add(block.text());
            }
        }
        texts.add(body.text());
        return texts;
    }

    /** Each finding in {@code text}: what rule it breaks and where. {@code slugs} are file slugs that must not show. */
    static List<String> findings(String text, Collection<String> slugs) {
        List<String> found = new ArrayList<>();
        String withoutUrls = URL.matcher(text).replaceAll(" ");
        find(SEED, withoutUrls, "maintainer word", found);
        find(REPOSITORY, withoutUrls, "repository name", found);
        find(DOUBLED, withoutUrls, "doubled punctuation", found);
        for (String slug : slugs) {
            if (slug.contains("-") && Pattern.compile("(?<![\\w-])" + Pattern.quote(slug) + "(?![\\w-])").matcher(withoutUrls).find()) {
                found.add("file slug \"" + slug + "\" in: " + excerpt(withoutUrls, withoutUrls.indexOf(slug)));
            }
        }
        return found;
    }

    /**
     * A lede or description {@code shown} in place of the text {@code full} it is made from, cut short: ending mid-word
     * (with or without "…"), or with "…" after a comma, colon, bracket or dash.
     */
    static List<String> cutShort(String shown, String full) {
        List<String> found = new ArrayList<>();
        String t = shown.strip();
        String whole = full.strip();
        if (t.equals(whole)) {
            return found;
        }
        boolean ellipsis = t.endsWith("…");
        String prefix = ellipsis ? t.substring(0, t.length() - 1) : t;
        if (ellipsis && (prefix.isEmpty() || prefix.matches("(?s).*[\\s,;:(\\-–]$"))) {
            found.add("cut after a space or punctuation: " + excerpt(t, t.length() - 1));
        }
        if (whole.startsWith(prefix) && prefix.length() < whole.length() && !prefix.isEmpty()
                && Character.isLetterOrDigit(whole.charAt(prefix.length())) && Character.isLetterOrDigit(prefix.charAt(prefix.length() - 1))) {
            found.add("cut mid-word: " + excerpt(t, t.length() - 1));
        }
        if (!ellipsis && whole.startsWith(t) && !t.matches("(?s).*[.!?]$")) {
            found.add("cut without saying so: " + excerpt(t, t.length() - 1));
        }
        return found;
    }

    private static void find(Pattern p, String text, String what, List<String> found) {
        Matcher m = p.matcher(text);
        while (m.find()) {
            found.add(what + " \"" + m.group() + "\" in: " + excerpt(text, m.start()));
        }
    }

    private static String excerpt(String text, int at) {
        int from = Math.max(0, at - 60);
        int to = Math.min(text.length(), at + 40);
        return "…" + text.substring(from, to) + "…";
    }
}
