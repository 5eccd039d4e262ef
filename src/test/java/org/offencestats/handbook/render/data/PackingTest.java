package org.offencestats.handbook.render.data;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What a build holds compressed in memory comes back byte for byte, or fails loudly. */
class PackingTest {

    @Test
    void bytesComeBackAsTheyWent() {
        Random random = new Random(19);
        for (int n : new int[] {0, 1, 100, 8191, 8192, 8193, 70_000, 300_000}) {
            byte[] noise = new byte[n];
            random.nextBytes(noise);
            byte[] text = "figure_id,disclosure,\"a, quoted\" value\n".repeat(n / 30 + 1).substring(0, n).getBytes(StandardCharsets.UTF_8);
            for (byte[] bytes : new byte[][] {noise, text}) {
                assertThat(Packing.inflate(Packing.deflate(bytes), bytes.length)).isEqualTo(bytes);
                if (bytes.length > 0) {
                    assertThat(Packing.gunzip(DisclosureFigures.gzip(bytes), bytes.length)).isEqualTo(bytes);
                }
            }
            if (n >= 8192) {
                assertThat(Packing.deflate(text).length).as("text packs small").isLessThan(n / 5);
            }
        }
    }

    @Test
    void aWrongLengthIsAnErrorNotATruncation() {
        byte[] bytes = "one,two\nthree,four\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Packing.inflate(Packing.deflate(bytes), bytes.length + 1)).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> Packing.gunzip(DisclosureFigures.gzip(bytes), bytes.length - 1)).isInstanceOf(IllegalStateException.class);
    }
}
