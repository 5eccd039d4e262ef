package org.offencestats.handbook.render.chart;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.offencestats.handbook.render.view.ChartSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written chart JSON is what Jackson wrote, with the script-ending characters escaped after it. */
class ChartJsonTest {

    private static final String ALPHABET = "aZ09 ,\"'<>&/\\\n\r\t\b\f\u0000\u0001\u001f\u007f\u00a0é–“\u2028\u2029\ud83d\ude00\ud800{}[]:";

    private static String jackson(ChartSpec spec) throws Exception {
        return new ObjectMapper().writeValueAsString(spec).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
    }

    private static String text(Random random, boolean nullable) {
        if (nullable && random.nextInt(5) == 0) {
            return null;
        }
        StringBuilder s = new StringBuilder();
        for (int i = random.nextInt(12); i > 0; i--) {
            s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return s.toString();
    }

    @Test
    void awkwardSpecsSerialiseAsJacksonDid() throws Exception {
        Random random = new Random(19);
        for (int n = 0; n < 500; n++) {
            int count = random.nextInt(4);
            List<String> categories = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                categories.add(text(random, false));
                notes.add(text(random, true));
            }
            List<ChartSpec.Series> series = new ArrayList<>();
            for (int s = random.nextInt(3); s > 0; s--) {
                List<Long> values = new ArrayList<>();
                for (int i = 0; i < count; i++) {
                    values.add(random.nextInt(4) == 0 ? null : random.nextLong() >> random.nextInt(64));
                }
                series.add(new ChartSpec.Series(text(random, false), values, text(random, true), random.nextBoolean()));
            }
            ChartSpec spec = new ChartSpec(text(random, false), random.nextBoolean() ? "bars" : "columns", random.nextBoolean(),
                    text(random, false), text(random, true), text(random, false), text(random, true), text(random, false),
                    categories, categories, notes, series, series.stream().map(ChartSpec.Series::name).toList(),
                    random.nextBoolean() ? List.of() : List.of(1, 22, 333), text(random, true));
            assertThat(ChartJson.of(spec)).isEqualTo(jackson(spec));
        }
        assertThat(ChartJson.of(null)).isEqualTo("null");
    }

    @Test
    void scriptEndingTextStaysText() {
        ChartSpec spec = new ChartSpec("c", "bars", false, "</script><b>&", "s", "m", "a", "v", List.of("x"), List.of("x"),
                Arrays.asList((String) null), List.of(new ChartSpec.Series("S", Arrays.asList((Long) null), null)), List.of("S"),
                List.of(), "d.csv");
        assertThat(ChartJson.of(spec)).contains("\"\\u003c/script\\u003e\\u003cb\\u003e\\u0026\"").doesNotContain("<", ">", "&");
    }
}
