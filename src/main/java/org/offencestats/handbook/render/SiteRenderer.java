package org.offencestats.handbook.render;

import org.offencestats.handbook.ingest.InputFiles;
import org.offencestats.handbook.render.files.Feed;
import org.offencestats.handbook.render.files.HostHeaders;
import org.offencestats.handbook.render.files.NotFoundPage;
import org.offencestats.handbook.render.files.RobotsTxt;
import org.offencestats.handbook.render.files.Sitemap;
import org.offencestats.handbook.render.page.EditorialPages;
import org.offencestats.handbook.render.page.CorrectionsPage;
import org.offencestats.handbook.render.page.DataPage;
import org.offencestats.handbook.render.page.SearchPage;
import org.offencestats.handbook.render.page.HomePage;
import org.offencestats.handbook.render.page.DisclosurePages;
import org.offencestats.handbook.render.page.DimensionPages;
import org.offencestats.handbook.render.page.OutcomePages;
import org.offencestats.handbook.render.page.OffencePages;
import org.offencestats.handbook.render.data.DisclosureFigures;
import org.offencestats.handbook.render.data.OpenData;
import org.offencestats.handbook.render.data.TableCsvs;
import org.offencestats.handbook.render.view.EntityNames;
import org.offencestats.handbook.render.engine.TemplateRenderer;
import org.offencestats.handbook.render.output.PageCache;
import org.offencestats.handbook.render.output.Assets;
import org.offencestats.handbook.render.output.AssetManifest;
import org.offencestats.handbook.render.output.RenderedSite;
import org.offencestats.handbook.render.output.SiteOutput;
import org.offencestats.handbook.model.Handbook;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Renders the whole site, one renderer per kind of output. The renderers are independent of each other, so they
 * run side by side on every core; output does not depend on their order, because each file has one path.
 * Nothing here touches site/: files go to a {@link SiteOutput}.
 */
public final class SiteRenderer {

    private static final int MAX_DISCLOSURES_PER_TASK = 100;

    /** The assets and the template engine that links them, made once per build. */
    private record Prepared(AssetManifest manifest, TemplateRenderer templates) {

        static Prepared of(Path templatesDir) {
            InputFiles.requireRegularFilesInside(templatesDir, "templates");
            AssetManifest manifest = AssetManifest.of(templatesDir);
            return new Prepared(manifest, new TemplateRenderer(templatesDir, manifest.hrefs()));
        }
    }

    private final Path templatesDir;
    private final CompletableFuture<Prepared> prepared;

    public SiteRenderer(Path templatesDir) {
        this.templatesDir = templatesDir;
        this.prepared = CompletableFuture.completedFuture(null);
    }

    private SiteRenderer(Path templatesDir, CompletableFuture<Prepared> prepared) {
        this.templatesDir = templatesDir;
        this.prepared = prepared;
    }

    /**
     * A renderer whose template engine starts and parses the templates on a background thread right away, so that
     * work overlaps with building the model (most of a small build's time is the JVM warming up).
     */
    public static SiteRenderer preparing(Path templatesDir) {
        return new SiteRenderer(templatesDir, CompletableFuture.supplyAsync(() -> {
            try {
                Prepared p = Prepared.of(templatesDir);
                p.templates().warmUp();
                return p;
            } catch (RuntimeException e) {
                return null; // the same error is raised, in order, by render()
            }
        }));
    }

    /** The whole site in memory. */
    public RenderedSite render(Handbook handbook) {
        RenderedSite site = new RenderedSite();
        render(handbook, site);
        return site;
    }

    public void render(Handbook handbook, SiteOutput site) {
        render(handbook, site, PageCache.none());
    }

    /** Renders the site, reusing from {@code cache} every output whose inputs did not change (the preview's rebuilds). */
    public void render(Handbook handbook, SiteOutput site, PageCache cache) {
        Prepared ready = this.prepared.join();
        if (ready == null) {
            ready = Prepared.of(templatesDir);
        }
        AssetManifest manifest = ready.manifest();
        TemplateRenderer templates = ready.templates();
        EntityNames names = new EntityNames(handbook.taxonomies());
        TableCsvs csvs = new TableCsvs();
        DisclosureFigures figures = new DisclosureFigures(cache);
        DisclosurePages disclosurePages = new DisclosurePages(templates, names, cache, csvs, figures);
        List<Runnable> tasks = new ArrayList<>(List.of(
                () -> new OpenData(cache, csvs, figures).render(handbook, site),
                () -> new OffencePages(templates, names, cache, csvs).render(handbook, site),
                () -> new DimensionPages(templates, names, cache, csvs).render(handbook, site),
                () -> new OutcomePages(templates, names, cache, csvs).render(handbook, site),
                () -> disclosurePages.renderIndex(handbook, site),
                () -> new HomePage(templates, cache).render(handbook, site),
                () -> new EditorialPages(templates, cache).render(handbook, site),
                () -> new SearchPage(templates, names, cache).render(handbook, site),
                () -> new DataPage(templates, figures, cache).render(handbook, site),
                () -> new CorrectionsPage(templates).render(handbook, site),
                () -> new Assets(manifest).copy(handbook, site)));
        // Disclosure pages are most of the work, cold or warm: shared out in small batches, first, so that every
        // core has work to the end.
        int size = handbook.disclosures().size();
        int perTask = Math.max(1, Math.min(MAX_DISCLOSURES_PER_TASK, size / 16));
        for (int from = 0; from < size; from += perTask) {
            List<org.offencestats.handbook.model.Disclosure> batch = handbook.disclosures().subList(from, Math.min(size, from + perTask));
            tasks.add(0, () -> disclosurePages.renderPages(handbook, site, batch));
        }
        runAll(tasks);
        HostHeaders.write(site);
        RobotsTxt.write(handbook, site);
        new NotFoundPage(templates).write(handbook, site);
        // Last: the sitemap lists every page rendered above.
        Sitemap.write(handbook, site);
        Feed.write(handbook, site);
    }

    private static void runAll(List<Runnable> tasks) {
        int threads = Math.max(1, Math.min(tasks.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "handbook-render");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<?>> futures = new ArrayList<>();
            tasks.forEach(t -> futures.add(pool.submit(t)));
            RuntimeException first = null;
            for (Future<?> f : futures) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (first == null) {
                        first = e.getCause() instanceof RuntimeException r ? r
                                : e.getCause() instanceof Error err ? rethrow(err) : new IllegalStateException(e.getCause());
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while rendering", e);
                }
            }
            if (first != null) {
                throw first;
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static RuntimeException rethrow(Error error) {
        throw error;
    }
}
