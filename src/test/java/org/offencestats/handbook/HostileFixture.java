package org.offencestats.handbook;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * The hostile-input fixture set (src/test/resources/hostile): the seeds plus a disclosure, sidecar, editorial page
 * and taxonomy entry whose every field carries script tags, event-handler attributes, javascript: and data: URLs,
 * entities, markup, right-to-left and zero-width characters and a very long line. Each payload, if it ever ran,
 * would set {@code window.__hostile}.
 */
public final class HostileFixture {

    public static final Path SOURCE = Path.of("src/test/resources/hostile");
    public static final String DISCLOSURE = "disclosures/666-26.html";
    public static final String PAGE = "hostile.html";
    public static final String PLATFORM = "platforms/hostile-platform.html";

    private HostileFixture() {
    }

    /** A content folder in {@code dir}: the project's content with the hostile files laid over it. */
    public static Path content(Path dir) {
        try {
            Path content = TestFiles.copyTree(SiteFixture.CONTENT, dir.resolve("content"));
            TestFiles.overlay(SOURCE, content);
            return content;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
