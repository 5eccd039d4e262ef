package org.offencestats.handbook.build;

import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.render.RenderedSite;

/** What a build produced: the model, the rendered site, and how long it took. */
public record BuildResult(Handbook handbook, RenderedSite site, long millis) {
}
