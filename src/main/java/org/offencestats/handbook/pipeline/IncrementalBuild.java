package org.offencestats.handbook.pipeline;

import org.offencestats.handbook.ingest.FileReads;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.render.output.PageCache;
import org.offencestats.handbook.render.output.RenderedSite;
import org.offencestats.handbook.render.SiteRenderer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Rebuilds the site in memory again and again, as the preview does, redoing only what changed: disclosures whose
 * text or sidecar changed are parsed again, pages whose inputs changed are rendered again, and the rest is reused.
 * The result is always the same as a full build of the same input (tested). A change to any template starts over,
 * with a new template engine; while the templates are unchanged the engine, its parsed templates and the assets'
 * fingerprints are kept.
 */
public final class IncrementalBuild {

    /** A rebuild's site and model, how long it took, and how much it could reuse. */
    public record Result(Handbook handbook, RenderedSite site, long millis, PageCache.Stats pages) {
    }

    private final Pipeline pipeline;
    private final Path templatesDir;
    private final ModelCache models;
    private final PageCache pages = PageCache.create();
    private String templatesHash;
    /** The template engine with its parsed templates and the assets' fingerprints, kept while the templates are unchanged. */
    private SiteRenderer renderer;
    /** The last site rendered, the model it was rendered from, and how many outputs it had: reused whole while they are the same. */
    private Handbook renderedFrom;
    private RenderedSite rendered;
    private int outputs;

    public IncrementalBuild(Path contentDir, Path templatesDir) {
        this(contentDir, templatesDir, FileReads.create());
    }

    /** {@code reads}: what is kept of each input file read, reused while the file is unchanged. */
    IncrementalBuild(Path contentDir, Path templatesDir, FileReads reads) {
        this.pipeline = new Pipeline(contentDir, templatesDir);
        this.templatesDir = templatesDir;
        this.models = new ModelCache(reads);
    }

    public synchronized Result rebuild() {
        long start = System.nanoTime();
        String hash = hashTree(templatesDir);
        if (!hash.equals(templatesHash)) {
            pages.clear();
            templatesHash = hash;
            renderer = null;
            rendered = null;
        }
        if (renderer == null) {
            renderer = SiteRenderer.preparing(templatesDir);
        }
        RenderedSite site = new RenderedSite();
        try {
            Handbook handbook = pipeline.model(models);
            if (handbook == renderedFrom && rendered != null) {
                // Nothing the site is made from changed: not one model object, template or asset.
                return new Result(handbook, rendered, (System.nanoTime() - start) / 1_000_000, new PageCache.Stats(0, outputs));
            }
            rendered = null;
            renderer.render(handbook, site, pages);
            PageCache.Stats stats = pages.finish();
            renderedFrom = handbook;
            rendered = site;
            outputs = stats.made() + stats.reused();
            return new Result(handbook, site, (System.nanoTime() - start) / 1_000_000, stats);
        } catch (RuntimeException | Error e) {
            // What the failed rebuild made is right for its inputs and stays cached for the next attempt.
            pages.abandon();
            renderer = null;
            rendered = null;
            throw e;
        }
    }

    private static String hashTree(Path root) {
        try (Stream<Path> files = Files.walk(root)) {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                sha.update(root.relativize(f).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(Files.readAllBytes(f));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (IOException e) {
            // An unreadable templates directory: the renderer reports it; nothing can be reused.
            return "unreadable:" + System.nanoTime();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
