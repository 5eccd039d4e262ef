package org.offencestats.handbook.render.chart;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.render.view.ChartSpec;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Grouping of series, top-N categories, distinct short labels and readable names for blank labels. */
class ChartShapingTest {

    private static ChartSpec.Series series(String name, Long... values) {
        return new ChartSpec.Series(name, Arrays.asList(values), null);
    }

    @Test
    void sixSeriesOrFewerAreKeptAsTheyAre() {
        List<ChartSpec.Series> six = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            six.add(series("S" + i, (long) i, 1L));
        }
        ChartShaping.Grouping g = ChartShaping.group(six, "outcomes");
        assertThat(g.series()).isEqualTo(six);
        assertThat(g.groupedNames()).isEmpty();
    }

    @Test
    void moreThanSixSeriesKeepTheFiveLargestAndSumTheRest() {
        List<ChartSpec.Series> in = List.of(series("a", 1L, 0L), series("b", 50L, 5L), series("c", null, 2L), series("d", 40L, 1L),
                series("e", 30L, 30L), series("f", 3L, null), series("g", 20L, 20L), series("h", 10L, 9L));
        ChartShaping.Grouping g = ChartShaping.group(in, "outcomes");
        assertThat(g.series()).hasSize(ChartShaping.MAX_SERIES);
        assertThat(g.series().stream().map(ChartSpec.Series::name).toList().subList(0, 5)).containsExactly("b", "d", "e", "g", "h");
        assertThat(g.groupedNames()).containsExactly("a", "c", "f");
        ChartSpec.Series other = g.series().get(5);
        assertThat(other.computed()).isTrue();
        assertThat(other.name()).isEqualTo("Other outcomes (3), added by the handbook");
        assertThat(other.values()).containsExactly(1L + 3L, 0L + 2L);
        assertThat(g.series().subList(0, 5)).noneMatch(ChartSpec.Series::computed);
    }

    @Test
    void aGroupedCategoryWithNoFigureInAnyGroupedSeriesStaysWithoutOne() {
        List<ChartSpec.Series> in = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            in.add(series("S" + i, i < 5 ? 100L : null, 1L));
        }
        ChartSpec.Series other = ChartShaping.group(in, "parts").series().get(5);
        assertThat(other.values()).containsExactly(null, 2L);
    }

    @Test
    void aLongBreakdownShowsItsFifteenLargestInTheirOrder() {
        List<Long> totals = new ArrayList<>();
        for (long i = 0; i < 79; i++) {
            totals.add((i * 37) % 79);
        }
        List<Integer> shown = ChartShaping.topCategories(totals);
        assertThat(shown).hasSize(ChartShaping.TOP_N).isSorted();
        long smallestShown = shown.stream().mapToLong(totals::get).min().orElseThrow();
        long hidden = java.util.stream.IntStream.range(0, 79).filter(i -> !shown.contains(i)).mapToLong(totals::get).max().orElseThrow();
        assertThat(smallestShown).isGreaterThan(hidden);
        assertThat(ChartShaping.topCategories(totals.subList(0, 20))).hasSize(20);
    }

    @Test
    void shortLabelsNeverReadTheSameWhereAPlainCutWould() {
        String a = "Named Suspect identified: evidential difficulties prevent further action (victim support)";
        String b = "Named Suspect identified: evidential difficulties prevent further action (no victim support)";
        assertThat(ChartShaping.cut(a, 40)).as("the crafted pair defeats a plain cut").isEqualTo(ChartShaping.cut(b, 40));
        List<String> shortened = ChartShaping.shortLabels(List.of(a, "Exposure", b), 40);
        assertThat(new HashSet<>(shortened)).hasSize(3);
        assertThat(shortened.get(0)).endsWith("(victim support)").hasSizeLessThanOrEqualTo(60);
        assertThat(shortened.get(2)).endsWith("(no victim support)").hasSizeLessThanOrEqualTo(60);
        assertThat(shortened.get(1)).isEqualTo("Exposure");
    }

    @Test
    void labelsThatDifferOnlyLateStayDistinctEvenWhenCutShort() {
        String stem = "Sexual activity involving a child under sixteen where the offender is eighteen or over, ";
        List<String> labels = List.of(stem + "female", stem + "male", stem + "female, no penetration");
        List<String> shortened = ChartShaping.shortLabels(labels, 30);
        assertThat(new HashSet<>(shortened)).hasSize(3);
    }

    @Test
    void identicalLabelsAreNumbered() {
        assertThat(ChartShaping.shortLabels(List.of("Total", "Other", "Total"), 40)).containsExactly("Total", "Other", "Total (2)");
    }

    @Test
    void blankLabelsGetAReadableName() {
        for (String blank : new String[] {"-", "", "  ", "\u2013", "..", null}) {
            assertThat(ChartShaping.readable(blank)).as("[" + blank + "]").isEqualTo("No label in the table");
        }
        assertThat(ChartShaping.readable(" Exposure ")).isEqualTo("Exposure");
        assertThat(ChartShaping.readable("-1")).isEqualTo("-1");
    }

    /** The old rule, word for word: what {@link ChartShaping#readable} must still answer for every label. */
    private static String readableByPattern(String label) {
        return label == null || label.strip().replaceAll("[\\p{Pd}.\u2026_*]", "").isBlank() ? ChartShaping.NO_LABEL : label.strip();
    }

    @Test
    void readableAnswersAsThePatternDidForEveryLabelOfUpToThreeCharacters() {
        // Letters and digits of several scripts, every kind of dash, the filler marks, kinds of space (the no-break
        // space is not blank), a letter outside the BMP and a combining mark.
        List<String> parts = List.of("a", "É", "7", "٣", "-", "–", "—", "\u2E3A", "\u301C", ".", "…", "_", "*", " ", "\t",
                "\u2003", "\u00A0", "\uD835\uDC00", "\u0301", "#", "(");
        List<String> labels = new ArrayList<>(List.of(""));
        for (int length = 1; length <= 3; length++) {
            List<String> longer = new ArrayList<>();
            for (String l : labels) {
                if (l.codePointCount(0, l.length()) == length - 1) {
                    parts.forEach(p -> longer.add(l + p));
                }
            }
            labels.addAll(longer);
        }
        assertThat(labels).hasSizeGreaterThan(9000);
        int blank = 0;
        for (String label : labels) {
            String expected = readableByPattern(label);
            assertThat(ChartShaping.readable(label)).as("[" + label + "]").isEqualTo(expected);
            blank += expected.equals(ChartShaping.NO_LABEL) ? 1 : 0;
        }
        assertThat(blank).as("labels that are filler only").isGreaterThan(500);
        assertThat(ChartShaping.readable(null)).isEqualTo(ChartShaping.NO_LABEL);
    }
}
