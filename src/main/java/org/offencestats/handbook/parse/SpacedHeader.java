package org.offencestats.handbook.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The header of a space-aligned table cut into a stub and {@code n} column headers. Runs of two or more spaces separate
 * headers ("Year   Arrests"); where there are too few runs, single words are split off the end of the first part
 * ("Local authority area Incidents  Crimes": stub "Local authority area", then "Incidents" and "Crimes").
 */
record SpacedHeader(String stub, List<String> headers, List<Integer> columns) {

    private static final Pattern SEGMENT = Pattern.compile("\\S+(?: \\S+)*");
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.:;?!,]$");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");
    private static final Pattern HAS_LETTER = Pattern.compile(".*\\p{L}.*");

    /** The header for {@code n} columns, or null when the line cannot give that many. */
    static SpacedHeader of(String text, int n) {
        List<String> parts = new ArrayList<>();
        List<Integer> starts = new ArrayList<>();
        Matcher m = SEGMENT.matcher(text);
        while (m.find()) {
            parts.add(m.group());
            starts.add(m.start());
        }
        while (parts.size() < n + 1 && parts.get(0).contains(" ")) {
            String first = parts.get(0);
            int cut = first.lastIndexOf(' ');
            parts.set(0, first.substring(0, cut));
            parts.add(1, first.substring(cut + 1));
            starts.add(1, starts.get(0) + cut + 1);
        }
        if (parts.size() < n) {
            return null;
        }
        int firstHeader = parts.size() - n;
        String stub = firstHeader == 0 ? null : text.substring(starts.get(0), starts.get(firstHeader - 1) + parts.get(firstHeader - 1).length());
        return new SpacedHeader(stub, List.copyOf(parts.subList(firstHeader, parts.size())),
                starts.subList(firstHeader, starts.size()).stream().map(s -> s + 1).toList());
    }

    /** A header line: a few words, figures only as periods ("2019"), no sentence. */
    static boolean looksLikeHeader(String text) {
        if (text.isBlank() || text.indexOf('|') >= 0 || text.indexOf('\t') >= 0 || SENTENCE_END.matcher(text.strip()).matches()) {
            return false;
        }
        Matcher m = WORD.matcher(text);
        int words = 0;
        boolean letters = false;
        while (m.find()) {
            words++;
            String w = m.group();
            if (HAS_DIGIT.matcher(w).matches() && !TableParts.isPeriod(w)) {
                return false;
            }
            letters |= HAS_LETTER.matcher(w).matches();
        }
        return letters && words >= 2 && words <= 10;
    }
}
