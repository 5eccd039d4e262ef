package org.offencestats.handbook.pipeline;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Finds internal links (href/src) in a built site whose file or fragment does not exist. */
final class LinkChecker {

    private final Path root;
    private final Map<Path, Document> parsed = new HashMap<>();

    LinkChecker(Path root) {
        this.root = root;
    }

    List<Path> htmlFiles() throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    Document document(Path file) {
        return parsed.computeIfAbsent(file, f -> {
            try {
                return Jsoup.parse(f.toFile(), "UTF-8");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Every broken internal link as "page -> target (reason)". */
    List<String> brokenLinks() throws IOException {
        List<String> broken = new ArrayList<>();
        int checked = 0;
        for (Path page : htmlFiles()) {
            for (Element el : document(page).select("a[href], link[href], script[src], img[src]")) {
                String target = el.hasAttr("href") ? el.attr("href") : el.attr("src");
                URI uri = URI.create(target);
                if (uri.getScheme() != null) {
                    continue;
                }
                checked++;
                String path = uri.getPath();
                // Root-absolute links (the 404 page's, which is served at any depth) resolve against the site root.
                Path file = path == null || path.isEmpty() ? page
                        : path.startsWith("/") ? root.resolve(path.substring(1)).normalize() : page.getParent().resolve(path).normalize();
                if (!file.startsWith(root) || !Files.isRegularFile(file)) {
                    broken.add(root.relativize(page) + " -> " + target + " (no such file)");
                    continue;
                }
                String fragment = uri.getFragment();
                if (fragment != null && !fragment.isEmpty() && document(file).getElementById(fragment) == null) {
                    broken.add(root.relativize(page) + " -> " + target + " (no element with id " + fragment + ")");
                }
            }
        }
        if (checked == 0) {
            broken.add("no internal links were found at all");
        }
        return broken;
    }
}
