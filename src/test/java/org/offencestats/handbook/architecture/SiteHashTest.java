package org.offencestats.handbook.architecture;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.SiteFixture;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restructuring of the code must not change one byte of the site: the seeds' whole output (every path and every
 * byte) hashes to the value recorded before the restructuring. When the site is meant to change, record the new
 * hash with -Dsite.hash.update=true and say why in the commit.
 */
class SiteHashTest {

    private static final Path RECORDED = Path.of("src/test/resources/site-hash.txt");

    @Test
    void theSeedsSiteIsByteForByteTheOneRecorded() throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        int files = 0;
        for (Map.Entry<String, byte[]> file : SiteFixture.seeds().site().files().entrySet()) {
            digest.update(file.getKey().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(Integer.toString(file.getValue().length).getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(file.getValue());
            files++;
        }
        String actual = files + " files, sha256 " + HexFormat.of().formatHex(digest.digest()) + "\n";
        if (Boolean.getBoolean("site.hash.update")) {
            Files.writeString(RECORDED, actual, StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(Files.readString(RECORDED, StandardCharsets.UTF_8));
    }
}
