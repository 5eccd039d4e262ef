package org.offencestats.handbook;

import org.offencestats.handbook.pipeline.BuildResult;
import org.offencestats.handbook.pipeline.Pipeline;

import java.nio.file.Path;

/** Builds the project's own content/ (the seeds) once per JVM: several test classes read the same site. */
public final class SiteFixture {

    public static final Path CONTENT = Path.of("content");
    public static final Path TEMPLATES = Path.of("templates");

    private static BuildResult seeds;

    private SiteFixture() {
    }

    public static synchronized BuildResult seeds() {
        if (seeds == null) {
            seeds = new Pipeline(CONTENT, TEMPLATES).render();
        }
        return seeds;
    }
}
