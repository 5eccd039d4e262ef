package org.offencestats.handbook.pipeline;

import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.render.output.RenderedSite;

/** A site rendered in memory: the model, the files, and how long it took. */
public record BuildResult(Handbook handbook, RenderedSite site, long millis) {
}
