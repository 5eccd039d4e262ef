package org.offencestats.handbook.ingest;

import org.offencestats.handbook.paths.ReservedNames;
import org.offencestats.handbook.paths.Slugs;
import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.ContentSet;
import org.offencestats.handbook.model.DisclosureMeta;
import org.offencestats.handbook.model.DisclosureSource;
import org.offencestats.handbook.model.FieldLimits;
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
    private final FileReads reads;

    public ContentReader() {
        this(FileReads.none());
    }

    /** A reader that reuses from {@code reads} what it read last time from each unchanged file (the preview). */
    public ContentReader(FileReads reads) {
        this.reads = reads;
    }

    public ContentSet read(Path contentDir) {
        if (!Files.isDirectory(contentDir)) {
            throw new InputError(SourceRef.line(contentDir.toString(), 0), "the content directory does not exist",
                    "a directory holding disclosures/, pages/ and taxonomies/", "run from the project root or pass --content");
        }
        InputFiles files = InputFiles.content(contentDir);
        reads.begin();
        SiteSettings settings = readSettings(files, contentDir);
        List<PageSource> pages = readPages(files, contentDir);
        java.util.function.Function<String, String> taxonomyText = file -> {
            Path found = find(files, contentDir.resolve(file));
            boolean required = file.endsWith("offences.yml") || file.endsWith("outcomes.yml");
            return found == null && !required ? null : text(files, found == null ? contentDir.resolve(file) : found);
        };
        Taxonomies taxonomies = readTaxonomies(taxonomyText);
        List<DisclosureSource> disclosures = readDisclosures(files, contentDir, new SourceTextReader(settings.disclosureLimit()),
                settings.limits());
        reads.end();
        return new ContentSet(disclosures, pages, taxonomies, settings);
    }

    /**
     * The taxonomies, parsed again only when a taxonomy's text changed. When a file cannot be read, the reader runs
     * as in a full build, so the error reported is the one it meets first.
     */
    private Taxonomies readTaxonomies(java.util.function.Function<String, String> text) {
        List<Object> texts = new ArrayList<>();
        try {
            for (String file : TaxonomyReader.FILES) {
                texts.add(java.util.Arrays.asList(file, text.apply(file)));
            }
        } catch (RuntimeException e) {
            return new TaxonomyReader(yaml).read(text);
        }
        return reads.derived("taxonomies", texts, () -> new TaxonomyReader(yaml).read(text));
    }

    /** {@code path} with its extension in any case, or null when there is none. */
    private static Path find(InputFiles files, Path path) {
        String name = path.getFileName().toString();
        return files.find(path.getParent(), InputFiles.baseName(path), name.substring(name.lastIndexOf('.') + 1));
    }

    private SiteSettings readSettings(InputFiles files, Path contentDir) {
        Path file = find(files, contentDir.resolve("site.yml"));
        if (file == null) {
            return new SiteSettings("The offence-statistics handbook", null, null, null);
        }
        String shown = files.relative(file);
        SiteSettings settings = reads.read(file, "settings", files, bytes -> yaml.read(decode(shown, bytes), SiteSettings.class, shown,
                "keys title, description, base_url, max_disclosure_bytes, limits (title, subject, label)"));
        if (settings.maxDisclosureBytes() != null && settings.maxDisclosureBytes() < 1) {
            throw new InputError(SourceRef.line("site.yml", 1), "max_disclosure_bytes is " + settings.maxDisclosureBytes(),
                    "a positive number of bytes", "remove the key for the default (" + SiteSettings.DEFAULT_MAX_DISCLOSURE_BYTES + ")");
        }
        for (Integer limit : java.util.Arrays.asList(settings.limits().title(), settings.limits().subject(), settings.limits().label())) {
            if (limit != null && limit < 1) {
                throw new InputError(SourceRef.line(files.relative(file), 1), "a field limit is " + limit,
                        "limits (title, subject, label) of at least one character", "remove the key for its default");
            }
        }
        return settings.baseUrl() == null ? settings : settings.withBaseUrl(BaseUrls.check(settings.baseUrl(), SourceRef.line("site.yml", 1)));
    }

    private List<DisclosureSource> readDisclosures(InputFiles files, Path contentDir, SourceTextReader disclosureReader,
                                                  FieldLimits limits) {
        SidecarReader sidecars = new SidecarReader(yaml, limits);
        Map<String, String> slugOwners = new HashMap<>();
        Map<String, String> sourceOwners = new HashMap<>();
        List<DisclosureSource> result = new ArrayList<>();
        Map<String, Path> texts = files.byBaseName(contentDir.resolve("disclosures"), "txt");
        Map<String, Path> ymls = files.byBaseName(contentDir.resolve("disclosures"), "yml");
        for (Path txt : texts.values()) {
            String file = files.relative(txt);
            String base = InputFiles.baseName(txt);
            Path sidecarPath = ymls.get(base);
            String sidecarFile = files.relative(sidecarPath == null ? txt.resolveSibling(base + ".yml") : sidecarPath);
            if (sidecarPath == null) {
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
            SourceText text = reads.read(txt, disclosureReader.maxBytes(), files, bytes -> disclosureReader.read(file, bytes));
            DisclosureMeta meta = reads.read(sidecarPath, limits, files, bytes -> sidecars.read(sidecarFile, decode(sidecarFile, bytes)));
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
        for (Path yml : ymls.values()) {
            String base = InputFiles.baseName(yml);
            if (!texts.containsKey(base)) {
                throw new InputError(SourceRef.line(files.relative(yml), 1), "the sidecar has no disclosure text",
                        "a file " + base + ".txt beside it", "add the text or remove the sidecar");
            }
        }
        result.sort(Comparator.comparing(DisclosureSource::slug));
        return result;
    }

    private List<PageSource> readPages(InputFiles files, Path contentDir) {
        PageReader reader = new PageReader(yaml);
        List<PageSource> pages = new ArrayList<>();
        Map<String, String> owners = new HashMap<>();
        for (Path md : files.byBaseName(contentDir.resolve("pages"), "md").values()) {
            String file = files.relative(md);
            PageSource page = reads.read(md, "page", files, bytes -> reader.read(file, decode(file, bytes)));
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

    private String text(InputFiles files, Path file) {
        String shown = files.relative(file);
        return reads.read(file, "text", files, bytes -> decode(shown, bytes));
    }

    private String decode(String file, byte[] bytes) {
        // Joined in one pass: folding with + copied the text once per line, quadratic in the file's length.
        return String.join("\n", textReader.read(file, bytes).lines()) + "\n";
    }
}
