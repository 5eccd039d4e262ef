package org.offencestats.handbook.render;

import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.SourceRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Static files: the fingerprinted CSS, scripts and icon of the {@link AssetManifest}, and each disclosure's source
 * text, published as-is so every figure can be checked against it.
 */
final class Assets {

    private final AssetManifest manifest;

    Assets(AssetManifest manifest) {
        this.manifest = manifest;
    }

    void copy(Handbook handbook, SiteOutput site) {
        for (AssetManifest.Asset asset : manifest.all()) {
            site.add(asset.path(), asset.bytes());
        }
        for (Disclosure d : handbook.disclosures()) {
            site.add(Links.source(d.source().file()), d.source().bytes());
        }
    }

    static byte[] resource(String name) {
        try (InputStream in = Assets.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new InputError(SourceRef.line(name, 0), "a webjar resource is not on the class path",
                        "the webjar dependencies of pom.xml", "build with Maven so the webjars are included");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
    }

}
