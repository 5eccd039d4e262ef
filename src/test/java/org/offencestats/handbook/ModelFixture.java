package org.offencestats.handbook;

import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.pipeline.Pipeline;

/**
 * The seeds' model, once per JVM: content read, parsed, linked and audited, nothing rendered. For tests of the
 * stages before render; {@link SiteFixture} renders the whole site for tests of the pages.
 */
public final class ModelFixture {

    private static Handbook seeds;

    private ModelFixture() {
    }

    public static synchronized Handbook seeds() {
        if (seeds == null) {
            seeds = new Pipeline(SiteFixture.CONTENT, SiteFixture.TEMPLATES).model();
        }
        return seeds;
    }
}
