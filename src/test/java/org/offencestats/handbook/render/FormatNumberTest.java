package org.offencestats.handbook.render;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.render.view.Format;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.SplittableRandom;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Format.number writes counts by hand for speed; it must read exactly as the UK integer format does. */
class FormatNumberTest {

    private static String uk(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    @Test
    void readsAsTheUkIntegerFormat() {
        long[] edges = {0, 1, -1, 9, 10, 99, 100, 999, 1000, -1000, 1535, 12345, 123456, 999999, 1000000, -1234567,
                Long.MAX_VALUE, Long.MIN_VALUE, Long.MIN_VALUE + 1, Integer.MAX_VALUE, Integer.MIN_VALUE};
        for (long v : edges) {
            assertEquals(uk(v), Format.number(v), "value " + v);
        }
        SplittableRandom random = new SplittableRandom(19);
        for (int i = 0; i < 20_000; i++) {
            long v = random.nextLong() >> random.nextInt(64);
            assertEquals(uk(v), Format.number(v), "value " + v);
        }
        assertEquals("1,535", Format.number(1535));
    }
}
