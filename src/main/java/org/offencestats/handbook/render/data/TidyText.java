package org.offencestats.handbook.render.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.apache.commons.csv.CSVFormat;

import java.util.List;

/**
 * The tidy dataset's CSV records and JSON objects, put together field by field in one buffer. Each value is still quoted
 * by Commons CSV (RFC 4180, "\n" line ends) and escaped by Jackson's string encoder; what is gone is a map per figure,
 * a string and byte array per record and Jackson's reflective serialiser (issue 19). TidyTextTest holds the bytes to a
 * whole-record CSVPrinter and ObjectMapper on awkward values.
 */
final class TidyText {

    /** A field a figure does not have: left out of its JSON, empty in its CSV record. */
    static final Object ABSENT = new Object();

    /** Each field's key as it opens its JSON member: {@code "name":}. */
    private static final String[] KEYS = TidyField.ALL.stream().map(f -> "\"" + f.name() + "\":").toArray(String[]::new);
    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
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
            Object v = values[i];
            boolean first = i == 0; // Commons CSV writes the comma before every value but the first
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

    /** One value as Commons CSV prints it in an RFC 4180 record (minimal quoting, quotes doubled), after a comma unless first. */
    static void csvValue(StringBuilder out, String value, boolean first) {
        try {
            CSV.print(value, out, first);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e); // a StringBuilder does not fail
        }
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

    /** A JSON string, escaped by Jackson's own encoder: quote, backslash and control characters, everything else as is. */
    static void jsonString(StringBuilder out, String s) {
        out.append('"').append(JsonStringEncoder.getInstance().quoteAsString(s)).append('"');
    }
}
