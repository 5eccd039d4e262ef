package org.offencestats.handbook.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offencestats.handbook.ModelFixture;
import org.offencestats.handbook.model.Block;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Passage;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.SourceText;
import org.offencestats.handbook.model.TableLayout;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No figure is lost or invented: on every line of every table region, the numbers that stand as whole cells in
 * the source (tokenised here, independently of the parser) are exactly the numbers the model holds for that line,
 * as cell values or as numeric labels such as years. And every non-blank line of a seed is accounted for.
 */
class NumericTokenTest {

    private static final Pattern MARKUP = Pattern.compile("\\*\\*|</?(?:b|strong)>");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+");
    private static final Pattern PAIR = Pattern.compile("(\\d+) (\\d+)");
    private static final Pattern TRAILING_NUMBER = Pattern.compile(".*\\s(\\d[\\d,]*)\\s*$");

    static List<String> seeds() {
        return GoldenSeedTest.seeds();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyNumberInATableRegionAppearsExactlyOnceInTheModel(String slug) {
        Disclosure d = ModelFixture.seeds().disclosure(slug);
        SourceText source = d.source();
        int tokens = 0;
        for (DataTable t : d.parsed().tables()) {
            Map<Integer, List<Long>> inModel = modelNumbersByLine(t);
            for (int line = t.start().line(); line <= t.endLine(); line++) {
                List<Long> inSource = sourceNumbers(source.line(line), t.layout());
                tokens += inSource.size();
                List<Long> model = new ArrayList<>(inModel.getOrDefault(line, List.of()));
                assertThat(model).as("%s line %d: %s", slug, line, source.line(line)).containsExactlyInAnyOrderElementsOf(inSource);
            }
            assertThat(inModel.keySet()).allMatch(l -> l >= t.start().line() && l <= t.endLine());
        }
        if (!d.parsed().tables().isEmpty()) {
            assertThat(tokens).isPositive();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyNonBlankLineIsATableLineOrAPassage(String slug) {
        Disclosure d = ModelFixture.seeds().disclosure(slug);
        boolean[] covered = new boolean[d.source().lines().size() + 1];
        for (DataTable t : d.parsed().tables()) {
            for (int l = t.start().line(); l <= t.endLine(); l++) {
                covered[l] = true;
            }
        }
        for (Block b : d.parsed().blocks()) {
            if (b instanceof Passage p) {
                assertThat(covered[p.ref().line()]).as("line %d read twice", p.ref().line()).isFalse();
                covered[p.ref().line()] = true;
            }
        }
        for (int l = 1; l <= d.source().lines().size(); l++) {
            if (!d.source().line(l).isBlank()) {
                assertThat(covered[l]).as("%s line %d is not accounted for: %s", slug, l, d.source().line(l)).isTrue();
            }
        }
    }

    /** Whole-cell integers: a tab cell that is a number (after markup and footnote marks), both halves of "0 90". */
    static List<Long> sourceNumbers(String line, TableLayout layout) {
        List<Long> numbers = new ArrayList<>();
        if (layout == TableLayout.SPACES) {
            Matcher m = TRAILING_NUMBER.matcher(line);
            if (m.matches()) {
                numbers.add(Long.parseLong(m.group(1).replace(",", "")));
            }
            return numbers;
        }
        for (String cell : line.split("\t", -1)) {
            String text = MARKUP.matcher(cell).replaceAll("").strip().replaceAll("[*^†‡]+$", "");
            Matcher pair = PAIR.matcher(text);
            if (WHOLE_NUMBER.matcher(text).matches()) {
                numbers.add(Long.parseLong(text.replace(",", "")));
            } else if (pair.matches()) {
                numbers.add(Long.parseLong(pair.group(1)));
                numbers.add(Long.parseLong(pair.group(2)));
            }
        }
        return numbers;
    }

    private static Map<Integer, List<Long>> modelNumbersByLine(DataTable t) {
        Map<Integer, List<Long>> byLine = new TreeMap<>();
        for (Column c : t.columns()) {
            if (c.label().matches("\\d+")) {
                byLine.computeIfAbsent(c.ref().line(), k -> new ArrayList<>()).add(Long.parseLong(c.label()));
            }
        }
        for (Row r : t.rows()) {
            if (r.label().matches("\\d+")) {
                byLine.computeIfAbsent(r.ref().line(), k -> new ArrayList<>()).add(Long.parseLong(r.label()));
            }
            for (Cell cell : r.cells()) {
                if (cell.hasValue()) {
                    byLine.computeIfAbsent(cell.ref().line(), k -> new ArrayList<>()).add(cell.value());
                }
            }
        }
        return byLine;
    }
}
