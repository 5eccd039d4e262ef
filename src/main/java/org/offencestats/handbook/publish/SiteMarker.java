package org.offencestats.handbook.publish;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * The file every published site carries, so that a later build knows the folder is a site it may replace whole
 * and never mistakes someone's other files for one.
 */
final class SiteMarker {

    static final String NAME = ".handbook-site";

    private static final String TEXT = "This folder is a site written by the offence-statistics handbook: `handbook build` "
            + "replaces it whole.\nDelete this file to keep a later build from replacing it.\n";

    private SiteMarker() {
    }

    static void write(Path site) throws IOException {
        Files.writeString(site.resolve(NAME), TEXT, StandardCharsets.UTF_8);
    }

    static boolean marks(Path folder) {
        return Files.isRegularFile(folder.resolve(NAME), LinkOption.NOFOLLOW_LINKS);
    }
}
