package org.offencestats.handbook.render.output;

import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.SourceRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * A script from a webjar on the class path. Its version is read from the webjar's own Maven metadata, so pom.xml is
 * the one place that names it: updating the dependency updates the asset.
 */
public record Webjar(String groupId, String artifactId, String file) {

    /** The "common" build: bar charts, grid, tooltip, legend, aria and decals, and the SVG renderer; 0.66 MB, not 1 MB. */
    static final Webjar ECHARTS = new Webjar("org.webjars", "echarts", "echarts.common.min.js");
    static final Webjar FUSE = new Webjar("org.webjars.npm", "fuse.js", "dist/fuse.min.js");

    byte[] bytes() {
        return resource("META-INF/resources/webjars/" + artifactId + "/" + version() + "/" + file);
    }

    private String version() {
        Properties pom = new Properties();
        try (InputStream in = new java.io.ByteArrayInputStream(resource("META-INF/maven/" + groupId + "/" + artifactId + "/pom.properties"))) {
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the version of " + artifactId, e);
        }
        return pom.getProperty("version");
    }

    private static byte[] resource(String name) {
        try (InputStream in = Webjar.class.getClassLoader().getResourceAsStream(name)) {
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
