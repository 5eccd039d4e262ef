package org.offencestats.handbook.render.chart;

import org.offencestats.handbook.render.view.ChartSpec;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Serialises a chart spec for a {@code <script type="application/json">} block. Characters that could end the
 * script element or start markup are written as JSON escapes, so disclosure text stays text.
 */
public final class ChartJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private ChartJson() {
    }

    public static String of(ChartSpec spec) {
        try {
            return MAPPER.writeValueAsString(spec).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a chart spec is always serialisable", e);
        }
    }
}
