package org.offencestats.handbook.render;

import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.SourceRef;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/**
 * Static files: the site's CSS and scripts from templates/assets, Apache ECharts from its webjar, and each
 * disclosure's source text, published as-is so every figure can be checked against it.
 */
final class Assets {

    static final String ECHARTS_RESOURCE = "META-INF/resources/webjars/echarts/5.5.0/echarts.min.js";
    static final String ECHARTS_PATH = "assets/echarts/echarts.min.js";

    private final Path templatesDir;

    Assets(Path templatesDir) {
        this.templatesDir = templatesDir;
    }

    void copy(Handbook handbook, SiteOutput site) {
        Path assets = templatesDir.resolve("assets");
        if (Files.isDirectory(assets)) {
            try (Stream<Path> files = Files.walk(assets)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    site.add("assets/" + assets.relativize(file).toString().replace('\\', '/'), Files.readAllBytes(file));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot copy " + assets, e);
            }
        }
        site.add(ECHARTS_PATH, resource(ECHARTS_RESOURCE));
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
