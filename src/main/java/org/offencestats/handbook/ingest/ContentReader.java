package org.offencestats.handbook.ingest;

import org.offencestats.handbook.paths.ReservedNames;
import org.offencestats.handbook.paths.Slugs;
import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.ContentSet;
import org.offencestats.handbook.model.DisclosureMeta;
import org.offencestats.handbook.model.DisclosureSource;
import org.offencestats.handbook.model.PageSource;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.SiteSettings;
import org.offencestats.handbook.model.SourceText;
import org.offencestats.handbook.model.Taxonomies;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads content/: disclosures/*.txt each with a .yml sidecar, pages/*.md, taxonomies/*.yml.
 * Paths in the model are relative to content/, with '/' separators, so output never depends on the machine.
 */
public final class ContentReader {

    /** Page names the site writes itself: a disclosure or editorial page may not take them. */
    /** Settings, taxonomies and pages are small; this bounds them whatever the disclosure limit is. */
    private static final long MAX_SETTINGS_BYTES = 2L * 1024 * 1024;

    private final YamlFiles yaml = new YamlFiles();
    private final SourceTextReader textReader = new SourceTextReader(MAX_SETTINGS_BYTES);

    public ContentSet read(Path contentDir) {
        if (!Files.isDirectory(contentDir)) {
            throw new InputError(SourceRef.line(contentDir.toString(), 0), "the content directory does not exist",
                    "a directory holding disclosures/, pages/ and taxonomies/", "run from the project root or pass --content");
        }
        SiteSettings settings = readSettings(contentDir);
        List<PageSource> pages = readPages(contentDir);
        Taxonomies taxonomies = new TaxonomyReader(yaml).read(file ->
                file.endsWith("offences.yml") || file.endsWith("outcomes.yml") || Files.isRegularFile(contentDir.resolve(file))
                        ? text(contentDir, file) : null);
        List<DisclosureSource> disclosures = readDisclosures(contentDir, new SourceTextReader(settings.disclosureLimit()));
        return new ContentSet(disclosures, pages, taxonomies, settings);
    }

    private SiteSettings readSettings(Path contentDir) {
        if (!Files.isRegularFile(contentDir.resolve("site.yml"))) {
            return new SiteSettings("The offence-statistics handbook", null, null, null);
        }
        SiteSettings settings = yaml.read(text(contentDir, "site.yml"), SiteSettings.class, "site.yml",
                "keys title, description, base_url, max_disclosure_bytes");
        if (settings.maxDisclosureBytes() != null && settings.maxDisclosureBytes() < 1) {
            throw new InputError(SourceRef.line("site.yml", 1), "max_disclosure_bytes is " + settings.maxDisclosureBytes(),
                    "a positive number of bytes", "remove the key for the default (" + SiteSettings.DEFAULT_MAX_DISCLOSURE_BYTES + ")");
        }
        return settings.baseUrl() == null ? settings : settings.withBaseUrl(BaseUrls.check(settings.baseUrl(), SourceRef.line("site.yml", 1)));
    }

    private List<DisclosureSource> readDisclosures(Path contentDir, SourceTextReader disclosureReader) {
        SidecarReader sidecars = new SidecarReader(yaml);
        Map<String, String> slugOwners = new HashMap<>();
        Map<String, String> sourceOwners = new HashMap<>();
        List<DisclosureSource> result = new ArrayList<>();
        for (Path txt : list(contentDir.resolve("disclosures"), ".txt")) {
            String file = relative(contentDir, txt);
            String base = txt.getFileName().toString().replaceFirst("\\.txt$", "");
            Path sidecarPath = txt.resolveSibling(base + ".yml");
            String sidecarFile = relative(contentDir, sidecarPath);
            if (!Files.isRegularFile(sidecarPath)) {
                throw new InputError(SourceRef.line(file, 1), "the disclosure has no sidecar " + sidecarFile,
                        "a YAML sidecar with the same name as the text, ending .yml",
                        "create " + sidecarFile + " with at least force and title (see README)");
            }
            String sourceName = Slugs.of(base);
            String sameSource = sourceOwners.putIfAbsent(sourceName, file);
            if (sameSource != null) {
                throw new InputError(SourceRef.line(file, 1), "the file name gives the same published name '" + sourceName
                        + ".txt' as " + sameSource + " (names that differ only in case or punctuation collide on many file systems)",
                        "file names that differ in letters or digits", "rename one of the two files (and its sidecar)");
            }
            SourceText text = disclosureReader.read(file, bytes(txt));
            DisclosureMeta meta = sidecars.read(sidecarFile, text(contentDir, sidecarFile));
            String slug = meta.reference() != null ? Slugs.of(meta.reference()) : Slugs.of(base);
            if (ReservedNames.DISCLOSURE_SLUGS.contains(slug)) {
                throw new InputError(SourceRef.line(sidecarFile, 1), "the disclosure's page name '" + slug + "' is reserved for the list of disclosures",
                        "a reference or file name that is not '" + slug + "'", "correct the reference, or rename the files");
            }
            String previous = slugOwners.putIfAbsent(slug, file);
            if (previous != null) {
                throw new InputError(SourceRef.line(sidecarFile, 1),
                        "the disclosure's page name '" + slug + "' is already used by " + previous,
                        "one disclosure per request reference", "remove the duplicate or correct its reference");
            }
            result.add(new DisclosureSource(slug, text, meta, sidecarFile));
        }
        for (Path yml : list(contentDir.resolve("disclosures"), ".yml")) {
            String base = yml.getFileName().toString().replaceFirst("\\.yml$", "");
            if (!Files.isRegularFile(yml.resolveSibling(base + ".txt"))) {
                throw new InputError(SourceRef.line(relative(contentDir, yml), 1), "the sidecar has no disclosure text",
                        "a file " + base + ".txt beside it", "add the text or remove the sidecar");
            }
        }
        result.sort(Comparator.comparing(DisclosureSource::slug));
        return result;
    }

    private List<PageSource> readPages(Path contentDir) {
        PageReader reader = new PageReader(yaml);
        List<PageSource> pages = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (Path md : list(contentDir.resolve("pages"), ".md")) {
            String file = relative(contentDir, md);
            PageSource page = reader.read(file, text(contentDir, file));
            if (ReservedNames.PAGE_SLUGS.contains(page.slug())) {
                throw new InputError(SourceRef.line(file, 1), "the page slug '" + page.slug() + "' is the name of a page the site writes itself",
                        "a slug other than " + String.join(", ", ReservedNames.PAGE_SLUGS.stream().sorted().toList()),
                        "change the slug (or the title) in the front matter");
            }
            String previous = owners.putIfAbsent(page.slug(), file);
            if (previous != null) {
                throw new InputError(SourceRef.line(file, 1), "the page slug '" + page.slug() + "' is also used by " + previous,
                        "a unique slug per page", "change the slug in the front matter");
            }
            pages.add(page);
        }
        pages.sort(Comparator.comparing(PageSource::slug));
        return pages;
    }

    private static List<Path> list(Path dir, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(suffix) && Files.isRegularFile(p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    private String text(Path contentDir, String file) {
        return textReader.read(file, bytes(contentDir.resolve(file))).lines().stream()
                .reduce((a, b) -> a + "\n" + b).orElse("") + "\n";
    }

    private static byte[] bytes(Path path) {
        try {
            return Files.readAllBytes(path);
        } catch (IOException e) {
            throw new InputError(SourceRef.line(path.toString(), 0), "cannot read the file: " + e.getMessage(),
                    "a readable file", "check the path and permissions", e);
        }
    }

    private static String relative(Path contentDir, Path file) {
        return contentDir.relativize(file).toString().replace('\\', '/');
    }
}
