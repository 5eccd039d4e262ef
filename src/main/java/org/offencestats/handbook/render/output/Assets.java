package org.offencestats.handbook.render.output;

import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Handbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Static files: the fingerprinted CSS, scripts and icon of the {@link AssetManifest}, and each disclosure's source
 * text, published as-is so every figure can be checked against it.
 */
public final class Assets {

    private final AssetManifest manifest;

    public Assets(AssetManifest manifest) {
        this.manifest = manifest;
    }

    public void copy(Handbook handbook, SiteOutput site) {
        for (AssetManifest.Asset asset : manifest.all()) {
            site.add(asset.path(), asset.bytes());
        }
        for (Disclosure d : handbook.disclosures()) {
            site.add(Links.source(d.source().file()), d.source().bytes());
        }
    }
}
