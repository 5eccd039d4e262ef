package org.offencestats.handbook.render.data;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written CSV and JSON are byte for byte what Commons CSV and Jackson wrote, on awkward values. */
class TidyTextTest {

    private static final CSVFormat CSV = CSVFormat.RFC4180.builder().setRecordSeparator("\n").get();
    private static final String ALPHABET = "aZ09 ,\"'\n\r\t#!-+=.;:/\\|\u0000\u0001\u001f\u007f\u00a0é–“”£\u2028\ud83d\ude00\ud800";

    /** Awkward values: every character of the alphabet alone, at the start, at the end, and random strings of it. */
    private static List<String> values() {
        List<String> values = new ArrayList<>(List.of("", " ", "  ", "x", "x ", " x", "\"", "\"\"", "a\"b", "a,b", "a\nb",
                "a\r\nb", "#1", "1,234", "-", "[lost]", "071/08", "does not add up | Footnote: note", "Nil", "true", "null"));
        for (char c = 0; c < 0x80; c++) {
            values.add(String.valueOf(c));
            values.add(c + "ab");
            values.add("ab" + c);
        }
        for (char c : ALPHABET.toCharArray()) {
            values.add(c + "x" + c);
        }
        Random random = new Random(19);
        for (int n = 0; n < 3000; n++) {
            StringBuilder s = new StringBuilder();
            int len = random.nextInt(8);
            for (int i = 0; i < len; i++) {
                s.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            values.add(s.toString());
        }
        return values;
    }

    @Test
    void csvRecordsAreWhatCommonsCsvPrints() throws Exception {
        List<String> values = values();
        for (int i = 0; i < values.size(); i++) {
            for (List<String> record : List.of(List.of(values.get(i)), List.of(values.get(i), values.get((i * 7) % values.size())),
                    List.of("x", values.get(i), ""), List.of("", values.get(i)))) {
                StringBuilder expected = new StringBuilder();
                CSV.printRecord(expected, record.toArray());
                StringBuilder actual = new StringBuilder();
                TidyText.csvRecord(actual, record);
                assertThat(actual.toString()).as("record %s", record).isEqualTo(expected.toString());
            }
        }
    }

    @Test
    void csvRecordsWriteNullAndAbsentEmptyAndNumbersAsText() throws Exception {
        StringBuilder expected = new StringBuilder();
        CSV.printRecord(expected, "", "", "12", "-3", "true", "");
        StringBuilder actual = new StringBuilder();
        TidyText.csvRecord(actual, new Object[] {null, TidyText.ABSENT, 12, -3L, true, null});
        assertThat(actual.toString()).isEqualTo(expected.toString()).isEqualTo("\"\",,12,-3,true,\n");
    }

    @Test
    void jsonObjectsAreWhatJacksonWrites() throws Exception {
        ObjectMapper jackson = new ObjectMapper();
        List<String> values = values();
        int fields = TidyField.ALL.size();
        for (int i = 0; i < values.size(); i++) {
            Object[] row = new Object[fields];
            Arrays.fill(row, TidyText.ABSENT);
            Map<String, Object> map = new LinkedHashMap<>();
            for (int f = 0; f < fields; f++) {
                if ((i + f) % 5 == 0) {
                    continue; // absent
                }
                Object v = switch ((i + f) % 7) {
                    case 0 -> null;
                    case 1 -> (i + f) % 2 == 0;
                    case 2 -> i * 1_000_003L - 7;
                    case 3 -> -f;
                    default -> values.get((i + f * 13) % values.size());
                };
                row[f] = v;
                map.put(TidyField.ALL.get(f).name(), v);
            }
            StringBuilder actual = new StringBuilder();
            TidyText.jsonObject(actual, row);
            assertThat(actual.toString()).isEqualTo(jackson.writeValueAsString(map));
        }
        StringBuilder empty = new StringBuilder();
        Object[] none = new Object[fields];
        Arrays.fill(none, TidyText.ABSENT);
        TidyText.jsonObject(empty, none);
        assertThat(empty.toString()).isEqualTo("{}");
    }

    /** Reusing a field's text when the same string comes again changes nothing, whatever the order values come in. */
    @Test
    void repeatedValuesAreWrittenAsTheFirstTime() {
        List<String> values = values();
        int fields = TidyField.ALL.size();
        TidyText.Repeats repeats = new TidyText.Repeats();
        Random random = new Random(7);
        Object[] row = new Object[fields];
        Arrays.fill(row, TidyText.ABSENT);
        int reused = 0;
        for (int n = 0; n < 2000; n++) {
            for (int f = 0; f < fields; f++) {
                int pick = random.nextInt(10);
                if (pick < 6 && row[f] instanceof String) {
                    reused++; // the same string instance again
                } else {
                    row[f] = pick == 6 ? null : pick == 7 ? TidyText.ABSENT : pick == 8 ? (Object) (long) n
                            : values.get(random.nextInt(values.size()));
                }
            }
            StringBuilder plain = new StringBuilder();
            TidyText.csvRecord(plain, row);
            TidyText.jsonObject(plain, row);
            StringBuilder withRepeats = new StringBuilder();
            TidyText.csvRecord(withRepeats, row, repeats);
            TidyText.jsonObject(withRepeats, row, repeats);
            assertThat(withRepeats.toString()).isEqualTo(plain.toString());
        }
        assertThat(reused).isGreaterThan(10_000);
    }
}
