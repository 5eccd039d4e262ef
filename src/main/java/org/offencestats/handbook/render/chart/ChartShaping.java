package org.offencestats.handbook.render.chart;

import org.offencestats.handbook.render.view.ChartSpec;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Fits a table's figures to a chart that reads at phone width: at most {@link #MAX_SERIES} series (the largest kept,
 * the rest summed into one series that says it was added by the handbook), at most {@link #TOP_N} bars when a
 * breakdown is long (the rest stay in the table), readable names for blank labels, and short axis labels that never
 * read the same as one another. The table beside the chart keeps every figure.
 */
public final class ChartShaping {

    /** Most series a chart shows; above this the largest {@code MAX_SERIES - 1} are kept and the rest grouped. */
    public static final int MAX_SERIES = 6;
    /** Longest breakdown drawn whole; a longer one shows its {@link #TOP_N} largest categories. */
    public static final int MAX_CATEGORIES = 20;
    public static final int TOP_N = 15;
    /** Longest axis label, in characters, before it is abbreviated (the full label is in the tooltip and the table). */
    public static final int SHORT_LABEL = 56;
    public static final String NO_LABEL = "No label in the table";

    /** Compiled once: labels are shaped for every chart on every page. */
    private static final Pattern FILLER = Pattern.compile("[\\p{Pd}.\u2026_*]");
    private static final Pattern CUT_END = Pattern.compile("[\\s,;:(–-]+$");

    private ChartShaping() {
    }

    /** A label a reader can read: a blank, or one made only of dashes and dots, becomes "No label in the table". */
    public static String readable(String label) {
        if (label == null) {
            return NO_LABEL;
        }
        String stripped = label.strip();
        return hasLetterOrDigit(stripped) || !FILLER.matcher(stripped).replaceAll("").isBlank() ? stripped : NO_LABEL;
    }

    /** A letter or digit is never filler nor blank: most labels are settled by this alone, without the pattern. */
    private static boolean hasLetterOrDigit(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (Character.isLetterOrDigit(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The series to draw and what was grouped: {@code groupedNames} is empty when nothing was. */
    public record Grouping(List<ChartSpec.Series> series, List<String> groupedNames) {
    }

    /**
     * Keeps the series as they are when there are at most {@link #MAX_SERIES}; otherwise keeps the
     * {@code MAX_SERIES - 1} with the largest totals, in their original order, and adds one computed series whose
     * value in each category is the sum of the grouped series' values there (null when none of them gives a figure).
     */
    public static Grouping group(List<ChartSpec.Series> series, String pluralNoun) {
        if (series.size() <= MAX_SERIES) {
            return new Grouping(series, List.of());
        }
        List<Integer> byTotal = IntStream.range(0, series.size()).boxed()
                .sorted(Comparator.comparingLong((Integer i) -> -total(series.get(i))).thenComparing(i -> i)).toList();
        Set<Integer> kept = new java.util.TreeSet<>(byTotal.subList(0, MAX_SERIES - 1));
        List<ChartSpec.Series> out = new ArrayList<>();
        List<ChartSpec.Series> grouped = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            (kept.contains(i) ? out : grouped).add(series.get(i));
        }
        int categories = series.get(0).values().size();
        List<Long> sums = new ArrayList<>();
        for (int k = 0; k < categories; k++) {
            Long sum = null;
            for (ChartSpec.Series s : grouped) {
                Long v = s.values().get(k);
                if (v != null) {
                    sum = (sum == null ? 0 : sum) + v;
                }
            }
            sums.add(sum);
        }
        String name = "Other " + pluralNoun + " (" + grouped.size() + "), added by the handbook";
        out.add(new ChartSpec.Series(name, sums, null, true));
        return new Grouping(out, grouped.stream().map(ChartSpec.Series::name).toList());
    }

    /**
     * The indexes of the categories to draw: all of them, in order, when there are at most {@link #MAX_CATEGORIES};
     * otherwise the {@link #TOP_N} with the largest totals, in their original order.
     */
    public static List<Integer> topCategories(List<Long> totals) {
        List<Integer> all = IntStream.range(0, totals.size()).boxed().toList();
        if (totals.size() <= MAX_CATEGORIES) {
            return all;
        }
        return all.stream().sorted(Comparator.comparingLong((Integer i) -> -totals.get(i)).thenComparing(i -> i))
                .limit(TOP_N).sorted().toList();
    }

    /**
     * Labels of at most about {@code max} characters that are all different from one another (when the labels given
     * are): a long label is cut at a word and ends in "…"; where two cuts would read the same, each keeps its start and
     * then shows the words where it differs from the others; where that still collides, the full label is used.
     */
    public static List<String> shortLabels(List<String> labels, int max) {
        List<String> out = new ArrayList<>(labels.stream().map(l -> cut(l, max)).toList());
        for (int round = 0; round < 2; round++) {
            Map<String, List<Integer>> byText = new HashMap<>();
            for (int i = 0; i < out.size(); i++) {
                byText.computeIfAbsent(out.get(i), t -> new ArrayList<>()).add(i);
            }
            for (List<Integer> same : byText.values()) {
                if (same.size() < 2) {
                    continue;
                }
                for (int i : same) {
                    out.set(i, round == 0 ? around(labels.get(i), differsAt(labels, same, i), max) : labels.get(i));
                }
            }
        }
        return numberRepeats(out);
    }

    /** Labels that are truly the same in the table get "(2)", "(3)"... after the first, so a reader can tell bars apart. */
    private static List<String> numberRepeats(List<String> labels) {
        Set<String> seen = new LinkedHashSet<>();
        List<String> out = new ArrayList<>();
        for (String l : labels) {
            String shown = l;
            for (int n = 2; !seen.add(shown); n++) {
                shown = l + " (" + n + ")";
            }
            out.add(shown);
        }
        return out;
    }

    /** Where label i first differs from every other label of the group: the longest prefix it shares with any of them. */
    private static int differsAt(List<String> labels, List<Integer> group, int i) {
        int at = 0;
        for (int j : group) {
            if (j != i) {
                String a = labels.get(i);
                String b = labels.get(j);
                int p = 0;
                while (p < a.length() && p < b.length() && a.charAt(p) == b.charAt(p)) {
                    p++;
                }
                at = Math.max(at, p);
            }
        }
        return at;
    }

    /** The label's first words, "…", then the words from where it differs: "Named Suspect identified… (victim support)". */
    private static String around(String label, int differs, int max) {
        if (label.length() <= max) {
            return label;
        }
        int start = label.lastIndexOf(' ', Math.max(0, Math.min(differs, label.length() - 1))) + 1;
        String tail = cut(label.substring(start), Math.max(16, max - 16));
        String head = cut(label, Math.max(14, max - tail.length() - 1));
        if (start <= head.length() - 1) {
            return cut(label, Math.max(max, differs + 16));
        }
        return head + " " + tail;
    }

    /** The label cut after a whole word to at most about max characters, with "…"; short labels as they are. */
    static String cut(String label, int max) {
        if (label.length() <= max) {
            return label;
        }
        int space = label.lastIndexOf(' ', max - 1);
        String head = (space >= max / 2 ? label.substring(0, space) : label.substring(0, max - 1));
        head = CUT_END.matcher(head).replaceAll("");
        return head + "…";
    }

    private static long total(ChartSpec.Series s) {
        return s.values().stream().mapToLong(v -> v == null ? 0 : v).sum();
    }
}
