package org.offencestats.handbook.pipeline;

import org.offencestats.handbook.ReadingFailure;

import org.offencestats.handbook.audit.TableAuditor;
import org.offencestats.handbook.ingest.BaseUrls;
import org.offencestats.handbook.ingest.ContentReader;
import org.offencestats.handbook.model.SiteSettings;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.ContentSet;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.DisclosureEntities;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.TableAudit;
import org.offencestats.handbook.model.Taxonomies;
import org.offencestats.handbook.link.EntityLinker;
import org.offencestats.handbook.link.TaxonomyIndex;
import org.offencestats.handbook.parse.DisclosureParser;
import org.offencestats.handbook.publish.AtomicPublisher;
import org.offencestats.handbook.publish.OutputGuard;
import org.offencestats.handbook.render.output.DiscardingOutput;
import org.offencestats.handbook.render.output.RenderedSite;
import org.offencestats.handbook.render.SiteRenderer;

import java.nio.file.Path;
import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;

/**
 * The build, stage by stage: read content/ -> parse -> link labels to entities -> audit -> model -> render
 * -> publish. Each stage only uses the ones before it; only {@link #build} writes to disk.
 */
public final class Pipeline {

    private final Path contentDir;
    private final Path templatesDir;
    private final String baseUrl;

    public Pipeline(Path contentDir, Path templatesDir) {
        this(contentDir, templatesDir, null);
    }

    /** {@code baseUrl}, when not null, overrides content/site.yml's base_url. */
    public Pipeline(Path contentDir, Path templatesDir, String baseUrl) {
        this.contentDir = contentDir;
        this.templatesDir = templatesDir;
        this.baseUrl = baseUrl;
    }

    /** Reads, parses, links and audits: the model, with every problem found, without rendering. */
    public Handbook model() {
        return model(new ModelCache());
    }

    /** The model, reusing from {@code cache} every disclosure whose source, sidecar and taxonomies did not change. */
    Handbook model(ModelCache cache) {
        ContentSet content = new ContentReader(cache.reads()).read(contentDir);
        Taxonomies taxonomies = cache.taxonomies(content.taxonomies());
        SiteSettings settings = cache.settings(baseUrl == null ? content.settings()
                : content.settings().withBaseUrl(BaseUrls.check(baseUrl, SourceRef.line("--base-url", 0))));
        TaxonomyIndex taxonomy = new TaxonomyIndex(taxonomies);
        DisclosureParser parser = new DisclosureParser();
        EntityLinker linker = new EntityLinker(taxonomy);
        TableAuditor auditor = new TableAuditor();
        // Disclosures are independent of each other until assembly: parsed side by side, kept in content order, and
        // if several are broken the error reported is the first in that order, as in a sequential build.
        List<Object> results = content.disclosures().parallelStream().map(source -> {
            try {
                return (Object) cache.disclosure(source, () -> ReadingFailure.whileReading(source.text().file(), () -> {
                    ParsedDisclosure parsed = parser.parse(source.text());
                    DisclosureEntities entities = linker.link(parsed, source.meta(), source.sidecarFile());
                    SortedMap<String, TableAudit> audits = new TreeMap<>();
                    for (DataTable table : parsed.tables()) {
                        audits.put(table.id(), auditor.audit(table));
                    }
                    return new Disclosure(source.slug(), source.meta(), source.text(), source.sidecarFile(), parsed, audits, entities);
                }));
            } catch (RuntimeException e) {
                return e;
            }
        }).toList();
        List<Disclosure> disclosures = new java.util.ArrayList<>(results.size());
        for (Object result : results) {
            if (result instanceof RuntimeException e) {
                throw e;
            }
            disclosures.add((Disclosure) result);
        }
        cache.retain(disclosures);
        return cache.handbook(disclosures, taxonomies, content.pages(), settings,
                () -> Handbook.assemble(disclosures, taxonomies, content.pages(), settings));
    }

    /** The whole site in memory: what {@link #build} would write. */
    public BuildResult render() {
        long start = System.nanoTime();
        Handbook handbook = model();
        RenderedSite site = new SiteRenderer(templatesDir).render(handbook);
        return new BuildResult(handbook, site, (System.nanoTime() - start) / 1_000_000);
    }

    /** Reads, parses, links, audits and renders everything, keeping only the output paths: {@code check}. */
    public BuildSummary check() {
        long start = System.nanoTime();
        SiteRenderer renderer = SiteRenderer.preparing(templatesDir);
        Handbook handbook = model();
        DiscardingOutput out = new DiscardingOutput();
        renderer.render(handbook, out);
        return new BuildSummary(handbook, out.paths(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Builds the site straight into a staging directory and swaps it in for {@code outputDir} when complete.
     * Throws {@link org.offencestats.handbook.publish.OutputRefused} for an output the build must not replace.
     */
    public BuildSummary build(Path outputDir) {
        long start = System.nanoTime();
        AtomicPublisher publisher = new AtomicPublisher(OutputGuard.protecting(List.of(contentDir, templatesDir)));
        publisher.check(outputDir); // a refused output is reported before anything is read or written
        SiteRenderer renderer = SiteRenderer.preparing(templatesDir);
        Handbook handbook = model();
        SortedSet<String> paths = publisher.publish(outputDir, out -> renderer.render(handbook, out));
        return new BuildSummary(handbook, paths, (System.nanoTime() - start) / 1_000_000);
    }
}
