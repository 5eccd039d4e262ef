package org.offencestats.handbook.render.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.List;

/**
 * The tidy dataset's CSV records and JSON objects, written by hand into one buffer. They are the bytes Commons CSV
 * (RFC 4180 with "\n" line ends) and Jackson (compact, keys in {@link TidyField} order) wrote before (issue 19: the two
 * libraries' general machinery was a twentieth of a large build's CPU); TidyTextTest holds them to that on awkward values.
 */
final class TidyText {

    /** A field a figure does not have: left out of its JSON, empty in its CSV record. */
    static final Object ABSENT = new Object();

    /** Each field's key as it opens its JSON member: {@code "name":}. */
    private static final String[] KEYS = TidyField.ALL.stream().map(f -> "\"" + f.name() + "\":").toArray(String[]::new);
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();
    private static final ObjectMapper JSON = new ObjectMapper();

    private TidyText() {
    }

    /**
     * Each field's last text and how it was written, for one disclosure's figures: most of their fields (the
     * disclosure's, the table's, a row's label) are the same string from one figure to the next, written once here.
     */
    static final class Repeats {
        private final Object[] csvSeen = new Object[KEYS.length];
        private final String[] csvText = new String[KEYS.length];
        private final Object[] jsonSeen = new Object[KEYS.length];
        private final String[] jsonText = new String[KEYS.length];

        /** Appends {@code v} as CSV or JSON, reusing the text when the same string came last time too. */
        private static void write(StringBuilder out, String v, int i, Object[] seen, String[] text, boolean csv, boolean first) {
            if (seen[i] == v && text[i] != null) {
                out.append(text[i]);
                return;
            }
            int start = out.length();
            if (csv) {
                csvValue(out, v, first);
            } else {
                jsonString(out, v);
            }
            if (seen[i] == v) {
                text[i] = out.substring(start); // seen twice running: likely to come again
            } else {
                seen[i] = v;
                text[i] = null;
            }
        }
    }

    /** One CSV record and its line end: each value as Commons CSV's minimal quoting prints it, null and absent empty. */
    static void csvRecord(StringBuilder out, Object[] values) {
        csvRecord(out, values, null);
    }

    static void csvRecord(StringBuilder out, Object[] values, Repeats repeats) {
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = values[i];
            boolean first = i == 0;
            if (repeats != null && v instanceof String text) {
                Repeats.write(out, text, i, repeats.csvSeen, repeats.csvText, true, first);
            } else {
                csvValue(out, v == null || v == ABSENT ? "" : v.toString(), first);
            }
        }
        out.append('\n');
    }

    static void csvRecord(StringBuilder out, List<String> values) {
        csvRecord(out, values.toArray());
    }

    /**
     * A value quoted when Commons CSV's minimal quoting quotes it: an empty first value (else the line would be empty),
     * a value starting with a character up to '#', holding a line break, quote or comma, or ending in a space or
     * control character. Quotes inside are doubled.
     */
    static void csvValue(StringBuilder out, String value, boolean first) {
        int len = value.length();
        boolean quote;
        if (len == 0) {
            quote = first;
        } else if (value.charAt(0) <= '#') {
            quote = true;
        } else {
            quote = value.charAt(len - 1) <= ' ';
            for (int i = 0; i < len && !quote; i++) {
                char c = value.charAt(i);
                quote = c == '\n' || c == '\r' || c == '"' || c == ',';
            }
        }
        if (!quote) {
            out.append(value);
            return;
        }
        out.append('"');
        int from = 0;
        for (int i = 0; i < len; i++) {
            if (value.charAt(i) == '"') {
                out.append(value, from, i + 1).append('"');
                from = i + 1;
            }
        }
        out.append(value, from, len).append('"');
    }

    /** One figure as a compact JSON object: each field it has, in the CSV's order. */
    static void jsonObject(StringBuilder out, Object[] values) {
        jsonObject(out, values, null);
    }

    static void jsonObject(StringBuilder out, Object[] values, Repeats repeats) {
        out.append('{');
        boolean first = true;
        for (int i = 0; i < values.length; i++) {
            Object v = values[i];
            if (v == ABSENT) {
                continue;
            }
            if (!first) {
                out.append(',');
            }
            first = false;
            out.append(KEYS[i]);
            if (repeats != null && v instanceof String text) {
                Repeats.write(out, text, i, repeats.jsonSeen, repeats.jsonText, false, false);
            } else {
                jsonValue(out, v);
            }
        }
        out.append('}');
    }

    private static void jsonValue(StringBuilder out, Object v) {
        if (v == null) {
            out.append("null");
        } else if (v instanceof String s) {
            jsonString(out, s);
        } else if (v instanceof Integer || v instanceof Long || v instanceof Boolean) {
            out.append(v);
        } else {
            try {
                out.append(JSON.writeValueAsString(v)); // a type the dataset does not use today: Jackson's own reading
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("open data is always serialisable", e);
            }
        }
    }

    /** A JSON string as Jackson writes it: quote, backslash and control characters escaped, everything else as is. */
    static void jsonString(StringBuilder out, String s) {
        out.append('"');
        int from = 0;
        int len = s.length();
        for (int i = 0; i < len; i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c != '"' && c != '\\') {
                continue;
            }
            out.append(s, from, i);
            from = i + 1;
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 0xF]);
            }
        }
        out.append(s, from, len).append('"');
    }
}
