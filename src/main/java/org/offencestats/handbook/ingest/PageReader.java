package org.offencestats.handbook.ingest;

import org.offencestats.handbook.paths.Slugs;
import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.PageSource;
import org.offencestats.handbook.model.SourceRef;

/** Splits an editorial page into its YAML front matter (title, slug) and markdown body. */
final class PageReader {

    record FrontMatter(String title, String slug) {
    }

    private final YamlFiles yaml;

    PageReader(YamlFiles yaml) {
        this.yaml = yaml;
    }

    PageSource read(String file, String text) {
        String normalised = text.replace("\r\n", "\n");
        if (!normalised.startsWith("---\n")) {
            throw new InputError(SourceRef.line(file, 1), "the page has no front matter",
                    "a first line '---', then 'title: ...' and 'slug: ...', then a line '---'",
                    "add the front matter block at the top of the page");
        }
        int end = normalised.indexOf("\n---\n", 3);
        if (end < 0) {
            throw new InputError(SourceRef.line(file, 1), "the front matter is not closed",
                    "a line '---' after the front matter keys", "add the closing '---' line");
        }
        FrontMatter front = yaml.read(normalised.substring(4, end + 1), FrontMatter.class, file, "keys title and slug");
        if (front.title() == null || front.title().isBlank()) {
            throw new InputError(SourceRef.line(file, 2), "the page has no title", "title: <the page heading>",
                    "add a title to the front matter");
        }
        String slug = front.slug() == null ? Slugs.of(front.title()) : Slugs.of(front.slug());
        return new PageSource(slug, front.title().strip(), normalised.substring(end + 5), file);
    }
}
