package org.offencestats.handbook.pipeline;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What a reader downloads for a page: its HTML and the stylesheets and scripts it links (icons and data excluded),
 * the heaviest page of each kind, compared with a budget.
 */
final class PageWeight {

    private PageWeight() {
    }

    /** The kind of a page, by its path: budgets are set per kind. */
    static String kind(String path) {
        if (path.equals("index.html")) {
            return "home";
        }
        if (path.endsWith("/index.html") || path.contains("/list/")) {
            return "index";
        }
        if (path.startsWith("disclosures/")) {
            return "disclosure";
        }
        if (path.startsWith("offences/") || path.startsWith("outcomes/") || path.startsWith("platforms/")
                || path.startsWith("age-bands/") || path.startsWith("periods/")) {
            return "entity";
        }
        return switch (path) {
            case "search.html" -> "search";
            case "data.html" -> "data";
            default -> "editorial";
        };
    }

    /** The heaviest page of each kind, in bytes, and which page it is. */
    static SortedMap<String, Map.Entry<String, Long>> heaviest(Map<String, byte[]> files) {
        SortedMap<String, Map.Entry<String, Long>> heaviest = new TreeMap<>();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            long bytes = weight(file.getKey(), file.getValue(), files);
            heaviest.merge(kind(file.getKey()), Map.entry(file.getKey(), bytes), (a, b) -> a.getValue() >= b.getValue() ? a : b);
        }
        return heaviest;
    }

    static long weight(String path, byte[] html, Map<String, byte[]> files) {
        Document doc = Jsoup.parse(new String(html, StandardCharsets.UTF_8));
        long bytes = html.length;
        for (Element e : doc.select("link[rel=stylesheet][href], script[src]")) {
            String href = e.hasAttr("src") ? e.attr("src") : e.attr("href");
            String resolved = URI.create("https://site.invalid/" + path).resolve(href).getPath().substring(1);
            byte[] linked = files.get(resolved);
            if (linked == null) {
                throw new AssertionError(path + " links " + href + ", which the build did not write");
            }
            bytes += linked.length;
        }
        return bytes;
    }

    /** Each page kind over its budget, as "kind: page weighs N bytes, budget M". */
    static List<String> overBudget(SortedMap<String, Map.Entry<String, Long>> heaviest, Map<String, Long> budget) {
        List<String> over = new ArrayList<>();
        heaviest.forEach((kind, page) -> {
            Long limit = budget.get(kind);
            if (limit == null) {
                over.add(kind + ": no budget recorded (add one to page-weight-budget.properties)");
            } else if (page.getValue() > limit) {
                over.add(kind + ": " + page.getKey() + " weighs " + page.getValue() + " bytes, budget " + limit);
            }
        });
        return over;
    }
}
