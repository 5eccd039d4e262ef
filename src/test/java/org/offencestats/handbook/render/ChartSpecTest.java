package org.offencestats.handbook.render;

import org.offencestats.handbook.paths.Links;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.render.chart.ChartShaping;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Every table, on every page that shows one, has a chart whose data equal the table's figures. */
class ChartSpecTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Figures keyed by the unordered pair of their row and column labels: orientation-free, so a transposed chart compares too. */
    private static Map<String, Long> tableFigures(DataTable t) {
        Map<String, Long> figures = new HashMap<>();
        for (Row r : t.bodyRows()) {
            for (Column c : t.bodyColumns()) {
                figures.put(pair(ChartShaping.readable(r.label()), ChartShaping.readable(c.label())), r.cell(c.index()).value());
            }
        }
        return figures;
    }

    private static Map<String, Long> chartFigures(JsonNode spec) {
        Map<String, Long> figures = new HashMap<>();
        for (JsonNode series : spec.get("series")) {
            if (series.get("computed").asBoolean()) {
                continue;
            }
            for (int i = 0; i < spec.get("categories").size(); i++) {
                JsonNode v = series.get("values").get(i);
                figures.put(pair(spec.get("categories").get(i).asText(), series.get("name").asText()), v.isNull() ? null : v.asLong());
            }
        }
        return figures;
    }

    private static String pair(String a, String b) {
        return String.join("\u0000", new TreeSet<>(java.util.List.of(a, b)));
    }

    private static JsonNode spec(Element figure) throws IOException {
        Element data = figure.selectFirst("script[type=application/json]");
        assertThat(data).isNotNull();
        return JSON.readTree(data.data());
    }

    @Test
    void everyDisclosureTableHasAChartWithTheTablesFigures() throws IOException {
        int checked = 0;
        int shaped = 0;
        for (Disclosure d : SiteFixture.seeds().handbook().disclosures()) {
            Document page = Jsoup.parse(SiteFixture.seeds().site().text(Links.disclosure(d.slug())));
            for (DataTable t : d.parsed().tables()) {
                Element section = page.getElementById(t.id());
                Element figure = section.selectFirst("figure.chart");
                assertThat(figure).as(d.slug() + " " + t.id() + " has a chart").isNotNull();
                JsonNode spec = spec(figure);
                Map<String, Long> charted = chartFigures(spec);
                if (spec.get("categories").size() == t.bodyRows().size() && spec.get("series").size() == t.bodyColumns().size()) {
                    assertThat(charted).as(d.slug() + " " + t.id()).isEqualTo(tableFigures(t));
                } else {
                    shaped++;
                    assertThat(tableFigures(t)).as(d.slug() + " " + t.id()).containsAllEntriesOf(charted);
                    otherIsTheSumOfTheGroupedColumns(t, spec);
                    assertThat(spec.get("categories").size()).isLessThanOrEqualTo(ChartShaping.MAX_CATEGORIES);
                    assertThat(spec.get("series").size()).isLessThanOrEqualTo(ChartShaping.MAX_SERIES);
                }
                assertThat(spec.get("summary").asText()).isNotBlank();
                assertThat(figure.select("figcaption").text()).contains(spec.get("summary").asText());
                assertThat(figure.select("a[download][href$=.csv]")).isNotEmpty();
                checked++;
            }
        }
        assertThat(checked).isEqualTo(12);
        assertThat(shaped).as("tables too large to chart whole: 2021/22 by outcome, and the 79- and 21-row tables of 2010-2014").isEqualTo(3);
    }

    /**
     * A chart that groups columns: its computed series, in each category it draws, is the sum of the model's figures in
     * the table's columns that the chart does not draw, and its name and the summary say the handbook added it.
     */
    private static void otherIsTheSumOfTheGroupedColumns(DataTable t, JsonNode spec) {
        java.util.Set<String> drawn = new java.util.HashSet<>();
        JsonNode other = null;
        for (JsonNode series : spec.get("series")) {
            if (series.get("computed").asBoolean()) {
                other = series;
            } else {
                drawn.add(series.get("name").asText());
            }
        }
        if (other == null) {
            assertThat(spec.get("series").size()).isEqualTo(t.bodyColumns().size());
            assertThat(spec.get("summary").asText()).contains("largest of " + t.bodyRows().size()).contains("every figure is in the table");
            return;
        }
        assertThat(other.get("name").asText()).contains("added by the handbook");
        assertThat(spec.get("summary").asText()).contains(other.get("name").asText());
        java.util.List<Column> grouped = t.bodyColumns().stream().filter(c -> !drawn.contains(ChartShaping.readable(c.label()))).toList();
        assertThat(grouped).hasSize(t.bodyColumns().size() - drawn.size());
        for (int i = 0; i < spec.get("categories").size(); i++) {
            String category = spec.get("categories").get(i).asText();
            Row row = t.bodyRows().stream().filter(r -> ChartShaping.readable(r.label()).equals(category)).findFirst().orElseThrow();
            Long sum = null;
            for (Column c : grouped) {
                Long v = row.cell(c.index()).value();
                sum = v == null ? sum : (sum == null ? 0 : sum) + v;
            }
            JsonNode v = other.get("values").get(i);
            assertThat(v.isNull() ? null : v.asLong()).as(category).isEqualTo(sum);
        }
    }

    @Test
    void entityPageChartsEqualTheFiguresBesideThem() throws IOException {
        for (String path : java.util.List.of("offences/086-02.html", "outcomes/outcome-21.html", "platforms/facebook.html", "periods/2015.html")) {
            Document page = Jsoup.parse(SiteFixture.seeds().site().text(path));
            var blocks = page.select(".figure-block:not(.computed)");
            assertThat(blocks).as(path).isNotEmpty();
            for (Element block : blocks) {
                Map<String, Long> shown = new HashMap<>();
                var headers = block.select("table.data thead th").eachText();
                for (Element tr : block.select("table.data tbody tr:not(.total)")) {
                    String label = tr.selectFirst("th").text();
                    var tds = tr.select("td");
                    for (int k = 0; k < tds.size(); k++) {
                        String header = headers.get(k + 1).replaceFirst(" \\(partial: .*\\)$", "");
                        if (header.equals("Total") && headers.size() > 2 || header.equals("Grand Total")) {
                            continue;
                        }
                        String text = tds.get(k).text().replace(",", "");
                        shown.put(pair(ChartShaping.readable(label.replaceFirst(" \\(partial: .*\\)$", "")), ChartShaping.readable(header)), text.matches("\\d+") ? Long.valueOf(text) : null);
                    }
                }
                Element figure = block.selectFirst("figure.chart");
                if (figure == null) {
                    assertThat(block.select("table.data tbody td")).as("only a single figure goes without a chart").hasSize(1);
                    continue;
                }
                Map<String, Long> charted = chartFigures(spec(figure));
                assertThat(shown).as(path).containsAllEntriesOf(charted);
            }
        }
    }
}
