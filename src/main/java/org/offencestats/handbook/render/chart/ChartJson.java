package org.offencestats.handbook.render.chart;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import org.offencestats.handbook.render.view.ChartSpec;

import java.util.List;

/**
 * Serialises a chart spec for a {@code <script type="application/json">} block. Characters that could end the
 * script element or start markup are written as JSON escapes, so disclosure text stays text.
 * Put together field by field in the records' order, each string escaped by Jackson's encoder: the same bytes
 * Jackson's reflective record serialiser wrote (with those characters escaped afterwards), which ChartJsonTest checks
 * on awkward text; that serialiser was a few percent of a large build's CPU (issue 19).
 */
public final class ChartJson {

    private ChartJson() {
    }

    public static String of(ChartSpec spec) {
        if (spec == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder(1024);
        out.append("{\"id\":");
        string(out, spec.id());
        out.append(",\"type\":");
        string(out, spec.type());
        out.append(",\"stacked\":").append(spec.stacked());
        out.append(",\"title\":");
        string(out, spec.title());
        out.append(",\"subtitle\":");
        string(out, spec.subtitle());
        out.append(",\"summary\":");
        string(out, spec.summary());
        out.append(",\"categoryAxis\":");
        string(out, spec.categoryAxis());
        out.append(",\"valueAxis\":");
        string(out, spec.valueAxis());
        out.append(",\"categories\":");
        strings(out, spec.categories());
        out.append(",\"shortCategories\":");
        strings(out, spec.shortCategories());
        out.append(",\"categoryNotes\":");
        strings(out, spec.categoryNotes());
        out.append(",\"series\":");
        if (spec.series() == null) {
            out.append("null");
        } else {
            out.append('[');
            for (int i = 0; i < spec.series().size(); i++) {
                ChartSpec.Series s = spec.series().get(i);
                out.append(i == 0 ? "" : ",");
                if (s == null) {
                    out.append("null");
                    continue;
                }
                out.append("{\"name\":");
                string(out, s.name());
                out.append(",\"values\":");
                numbers(out, s.values());
                out.append(",\"note\":");
                string(out, s.note());
                out.append(",\"computed\":").append(s.computed()).append('}');
            }
            out.append(']');
        }
        out.append(",\"shortSeries\":");
        strings(out, spec.shortSeries());
        out.append(",\"notes\":");
        numbers(out, spec.notes());
        out.append(",\"dataHref\":");
        string(out, spec.dataHref());
        return out.append('}').toString();
    }

    private static void strings(StringBuilder out, List<String> values) {
        if (values == null) {
            out.append("null");
            return;
        }
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",");
            string(out, values.get(i));
        }
        out.append(']');
    }

    private static void numbers(StringBuilder out, List<? extends Number> values) {
        if (values == null) {
            out.append("null");
            return;
        }
        out.append('[');
        for (int i = 0; i < values.size(); i++) {
            out.append(i == 0 ? "" : ",").append(values.get(i)); // null as null
        }
        out.append(']');
    }

    /**
     * A JSON string escaped by Jackson's own encoder, then the characters that matter inside a script element
     * ({@code < > &}, line and paragraph separators) written as {@code \\uXXXX}, so disclosure text stays text.
     */
    private static void string(StringBuilder out, String s) {
        if (s == null) {
            out.append("null");
            return;
        }
        out.append('"');
        char[] quoted = JsonStringEncoder.getInstance().quoteAsString(s);
        int from = 0;
        for (int i = 0; i < quoted.length; i++) {
            String escape = switch (quoted[i]) {
                case '<' -> "\\u003c";
                case '>' -> "\\u003e";
                case '&' -> "\\u0026";
                case '\u2028' -> "\\u2028";
                case '\u2029' -> "\\u2029";
                default -> null;
            };
            if (escape != null) {
                out.append(quoted, from, i - from).append(escape);
                from = i + 1;
            }
        }
        out.append(quoted, from, quoted.length - from).append('"');
    }
}
