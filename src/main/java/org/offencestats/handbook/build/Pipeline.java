package org.offencestats.handbook.build;

import org.offencestats.handbook.audit.TableAuditor;
import org.offencestats.handbook.ingest.BaseUrls;
import org.offencestats.handbook.ingest.ContentReader;
import org.offencestats.handbook.model.SiteSettings;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.ContentSet;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.DisclosureEntities;
import org.offencestats.handbook.model.DisclosureSource;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.TableAudit;
import org.offencestats.handbook.normalise.EntityLinker;
import org.offencestats.handbook.normalise.TaxonomyIndex;
import org.offencestats.handbook.parse.DisclosureParser;
import org.offencestats.handbook.publish.AtomicPublisher;
import org.offencestats.handbook.render.RenderedSite;
import org.offencestats.handbook.render.SiteRenderer;

import java.nio.file.Path;
import java.util.ArrayList;
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
        ContentSet content = new ContentReader().read(contentDir);
        TaxonomyIndex taxonomy = new TaxonomyIndex(content.taxonomies());
        DisclosureParser parser = new DisclosureParser();
        EntityLinker linker = new EntityLinker(taxonomy);
        TableAuditor auditor = new TableAuditor();
        List<Disclosure> disclosures = new ArrayList<>();
        for (DisclosureSource source : content.disclosures()) {
            ParsedDisclosure parsed = parser.parse(source.text());
            DisclosureEntities entities = linker.link(parsed, source.meta(), source.sidecarFile());
            SortedMap<String, TableAudit> audits = new TreeMap<>();
            for (DataTable table : parsed.tables()) {
                audits.put(table.id(), auditor.audit(table));
            }
            disclosures.add(new Disclosure(source.slug(), source.meta(), source.text(), source.sidecarFile(), parsed, audits, entities));
        }
        SiteSettings settings = baseUrl == null ? content.settings()
                : content.settings().withBaseUrl(BaseUrls.check(baseUrl, SourceRef.line("--base-url", 0)));
        return Handbook.assemble(disclosures, content.taxonomies(), content.pages(), settings);
    }

    /** The whole site in memory: what {@link #build} would write. */
    public BuildResult render() {
        long start = System.nanoTime();
        Handbook handbook = model();
        RenderedSite site = new SiteRenderer(templatesDir).render(handbook);
        return new BuildResult(handbook, site, (System.nanoTime() - start) / 1_000_000);
    }

    /** Builds the site straight into a staging directory and swaps it in for {@code outputDir} when complete. */
    public PublishResult build(Path outputDir) {
        long start = System.nanoTime();
        SiteRenderer renderer = SiteRenderer.preparing(templatesDir);
        Handbook handbook = model();
        SortedSet<String> paths = new AtomicPublisher().publish(outputDir, out -> renderer.render(handbook, out));
        return new PublishResult(handbook, paths, (System.nanoTime() - start) / 1_000_000);
    }
}
