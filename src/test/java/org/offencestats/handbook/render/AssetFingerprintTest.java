package org.offencestats.handbook.render;

import org.offencestats.handbook.render.output.AssetManifest;
import org.offencestats.handbook.render.output.RenderedSite;
import org.offencestats.handbook.paths.Links;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.TestFiles;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/** Fingerprinted asset names change exactly when their content changes, and every page links the current ones. */
class AssetFingerprintTest {

    @TempDir
    Path tmp;

    @Test
    void aNameChangesExactlyWhenItsContentChanges() throws IOException {
        Path templates = TestFiles.copyTree(SiteFixture.TEMPLATES, tmp.resolve("templates"));
        Map<String, String> before = AssetManifest.of(templates).hrefs();
        assertThat(before).containsKeys("site.css", "charts.js", "search.js", "favicon.svg", "echarts-common.min.js", "fuse.min.js");
        before.values().forEach(p -> assertThat(p).matches("assets/.+\\.[0-9a-f]{10}(\\.min)?\\.(css|js|svg)"));
        assertThat(AssetManifest.of(templates).hrefs()).as("same content, same names").isEqualTo(before);

        Path css = templates.resolve("assets/site.css");
        Files.writeString(css, Files.readString(css) + "\n/* a change */\n");
        Map<String, String> after = AssetManifest.of(templates).hrefs();
        Map<String, String> changed = new TreeMap<>();
        after.forEach((name, path) -> {
            if (!path.equals(before.get(name))) {
                changed.put(name, path);
            }
        });
        assertThat(changed).containsOnlyKeys("site.css");
    }

    @Test
    void pagesLinkTheFingerprintedFilesAndOnlyThose() {
        RenderedSite site = SiteFixture.seeds().site();
        Map<String, String> hrefs = AssetManifest.of(SiteFixture.TEMPLATES).hrefs();
        hrefs.values().forEach(p -> assertThat(site.files()).containsKey(p));
        assertThat(site.files().keySet()).filteredOn(p -> p.startsWith("assets/")).containsExactlyInAnyOrderElementsOf(hrefs.values());
        String home = site.text(Links.home());
        assertThat(home).contains("href=\"" + hrefs.get("site.css") + "\"").doesNotContain("assets/site.css");
    }

    @Test
    void theHeadersFileCarriesThePagesPolicyAndLongCachingOnlyForFingerprintedAssets() {
        RenderedSite site = SiteFixture.seeds().site();
        String meta = org.jsoup.Jsoup.parse(site.text(Links.home())).selectFirst("meta[http-equiv=Content-Security-Policy]").attr("content");
        String headers = site.text("_headers");
        assertThat(headers).contains("Content-Security-Policy: " + meta + "; frame-ancestors 'none'")
                .contains("/assets/*\n  Cache-Control: public, max-age=31536000, immutable")
                .contains("/*\n  Content-Security-Policy");
        assertThat(site.files().keySet()).filteredOn(p -> p.startsWith("assets/"))
                .allSatisfy(p -> assertThat(p).matches("assets/.+\\.[0-9a-f]{10}(\\.min)?\\.[a-z]+"));
    }
}
