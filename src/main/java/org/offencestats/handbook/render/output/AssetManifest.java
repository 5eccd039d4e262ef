package org.offencestats.handbook.render.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The site's CSS, scripts and icon (templates/assets, and ECharts and Fuse.js from their webjars), each published
 * under a name that holds a hash of its content ("assets/site.3f2a9c1b0d.css"), so a host can let browsers cache
 * them for a year: a changed file gets a new name, an unchanged one keeps its name. Pages find them by their
 * logical name ("site.css"). Data files and sources keep stable names: they are addresses people cite.
 */
public final class AssetManifest {

    /** One asset: where it is published and its bytes. */
    public record Asset(String path, byte[] bytes) {
    }

    private final SortedMap<String, Asset> assets;

    private AssetManifest(SortedMap<String, Asset> assets) {
        this.assets = assets;
    }

    public static AssetManifest of(Path templatesDir) {
        SortedMap<String, Asset> assets = new TreeMap<>();
        Path dir = templatesDir.resolve("assets");
        if (Files.isDirectory(dir)) {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
                    String logical = dir.relativize(file).toString().replace('\\', '/');
                    assets.put(logical, fingerprinted("assets/" + logical, Files.readAllBytes(file)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir, e);
            }
        }
        assets.put("echarts-common.min.js", fingerprinted("assets/echarts/echarts-common.min.js", Webjar.ECHARTS.bytes()));
        assets.put("fuse.min.js", fingerprinted("assets/vendor/fuse.min.js", Webjar.FUSE.bytes()));
        return new AssetManifest(Collections.unmodifiableSortedMap(assets));
    }

    /** "assets/site.css" with these bytes becomes "assets/site.<first 10 hex digits of SHA-256>.css". */
    static Asset fingerprinted(String path, byte[] bytes) {
        String hash;
        try {
            hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 10);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
        int slash = path.lastIndexOf('/');
        int dot = path.indexOf('.', slash + 1);
        String named = dot < 0 ? path + "." + hash : path.substring(0, dot) + "." + hash + path.substring(dot);
        return new Asset(named, bytes);
    }

    /** Logical name to published path, relative to the site root: what templates link to. */
    public Map<String, String> hrefs() {
        Map<String, String> hrefs = new TreeMap<>();
        assets.forEach((name, asset) -> hrefs.put(name, asset.path()));
        return Collections.unmodifiableMap(hrefs);
    }

    public java.util.Collection<Asset> all() {
        return assets.values();
    }
}
