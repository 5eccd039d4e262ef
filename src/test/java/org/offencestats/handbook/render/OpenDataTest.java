package org.offencestats.handbook.render;

import org.offencestats.handbook.render.data.OpenData;
import org.offencestats.handbook.render.data.TidyField;
import org.offencestats.handbook.paths.Links;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.StatedFigure;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The open data holds every figure exactly once with its provenance, agrees with the pages, and is a valid data package. */
class OpenDataTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<CSVRecord> csv(String path) throws IOException {
        String text = SiteFixture.seeds().site().text(path);
        assertThat(text).as(path).isNotNull();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    @Test
    void theTidyCsvHoldsEveryValueOfTheModelExactlyOnceWithItsProvenance() throws IOException {
        List<CSVRecord> records = csv(OpenData.FIGURES_CSV);
        Map<String, CSVRecord> byId = new HashMap<>();
        for (CSVRecord r : records) {
            assertThat(byId.put(r.get("figure_id"), r)).as("figure_id is unique: " + r.get("figure_id")).isNull();
        }
        int cells = 0;
        for (Disclosure d : SiteFixture.seeds().handbook().disclosures()) {
            for (DataTable t : d.parsed().tables()) {
                for (Row row : t.rows()) {
                    for (Column c : t.columns()) {
                        cells++;
                        Cell cell = row.cell(c.index());
                        CSVRecord r = byId.get(d.slug() + "/" + t.id() + "/r" + row.index() + "/c" + c.index());
                        assertThat(r).as("figure for %s %s %s/%s", d.slug(), t.id(), row.label(), c.label()).isNotNull();
                        assertThat(r.get("value")).isEqualTo(cell.value() == null ? "" : cell.value().toString());
                        assertThat(r.get("cell_status")).isEqualTo(cell.kind().name().toLowerCase(Locale.ROOT));
                        assertThat(r.get("raw_text")).isEqualTo(cell.raw());
                        assertThat(r.get("row_label")).isEqualTo(row.label());
                        assertThat(r.get("column_label")).isEqualTo(c.label());
                        assertThat(r.get("source_file")).isEqualTo("sources/" + d.source().file().substring(d.source().file().lastIndexOf('/') + 1));
                        assertThat(Integer.parseInt(r.get("source_line"))).isEqualTo(cell.ref().line());
                        assertThat(Integer.parseInt(r.get("source_column"))).isEqualTo(cell.ref().column());
                        assertThat(r.get("is_total")).isEqualTo(String.valueOf(row.total() || c.total()));
                    }
                }
            }
        }
        assertThat(records.stream().filter(r -> r.get("figure_source").equals("table_cell"))).hasSize(cells);
        assertThat(cells).isEqualTo(1133);
        CSVRecord mismatch = byId.get("wmp-2010-2014-sexual-offences-against-children-online/table-4/r0/c5");
        assertThat(mismatch.get("audit_status")).isEqualTo("does_not_add_up");
        assertThat(mismatch.get("audit_computed")).isEqualTo("89");
        CSVRecord partial = byId.get("2572-15/table-2/r1/c2");
        assertThat(partial.get("partial_period")).isEqualTo("to 16 July 2015");
        assertThat(partial.get("age_band")).isEqualTo("10-12");
        assertThat(partial.get("period")).isEqualTo("2015");
        assertThat(partial.get("notes")).contains("to 16 July 2015");
        assertThat(byId.get("1040a-22/table-1/r9/c0").get("offence_code")).isEqualTo("086/02");
        assertThat(byId.get("1040a-22/table-1/r9/c0").get("outcome_type")).isEqualTo("21");
    }

    @Test
    void statedFiguresAreRowsOfTheTidyDataWithTheirFileLineAndColumn() throws IOException {
        Map<String, CSVRecord> byId = new HashMap<>();
        csv(OpenData.FIGURES_CSV).forEach(r -> byId.put(r.get("figure_id"), r));
        List<JsonNode> json = DisclosureFiguresTest.jsonFigures();
        Map<String, JsonNode> jsonById = new HashMap<>();
        json.forEach(f -> jsonById.put(f.get("figure_id").asText(), f));
        int stated = 0;
        for (Disclosure d : SiteFixture.seeds().handbook().disclosures()) {
            List<StatedFigure> figures = d.parsed().statedFigures();
            for (int i = 0; i < figures.size(); i++) {
                stated++;
                StatedFigure s = figures.get(i);
                String id = d.slug() + "/stated/" + (i + 1);
                CSVRecord r = byId.get(id);
                assertThat(r).as(id).isNotNull();
                assertThat(r.get("figure_source")).isEqualTo("stated_figure");
                assertThat(r.get("value")).isEqualTo(String.valueOf(s.value()));
                assertThat(r.get("raw_text")).isEqualTo(s.printed());
                assertThat(r.get("wording")).isEqualTo(s.wording());
                assertThat(r.get("sentence")).isEqualTo(s.sentence());
                assertThat(r.get("question")).isEqualTo(s.questionId() == null ? "" : s.questionId());
                assertThat(r.get("period_as_published")).isEqualTo(s.period() == null ? "" : s.period());
                assertThat(r.get("table_number")).isEmpty();
                assertThat(r.get("source_file")).isEqualTo(Links.source(d.source().file()));
                assertThat(Integer.parseInt(r.get("source_line"))).isEqualTo(s.ref().line()).isPositive();
                assertThat(Integer.parseInt(r.get("source_column"))).isEqualTo(s.ref().column()).isPositive();
                JsonNode j = jsonById.get(id);
                assertThat(j.get("figure_source").asText()).isEqualTo("stated_figure");
                assertThat(j.get("source_line").asInt()).isEqualTo(s.ref().line());
                assertThat(j.get("source_column").asInt()).isEqualTo(s.ref().column());
                assertThat(j.get("value").asLong()).isEqualTo(s.value());
            }
        }
        assertThat(stated).as("the seeds state figures in their text").isPositive();
        assertThat(byId.values().stream().filter(r -> r.get("figure_source").equals("stated_figure"))).hasSize(stated);
        assertThat(byId.values()).allMatch(r -> r.get("figure_source").equals("table_cell") || r.get("figure_source").equals("stated_figure"));
        JsonNode pkg = JSON.readTree(SiteFixture.seeds().site().text(OpenData.PACKAGE));
        JsonNode figuresResource = null;
        for (JsonNode resource : pkg.get("resources")) {
            if (resource.get("name").asText().equals("handbook-figures")) {
                figuresResource = resource;
            }
        }
        assertThat(figuresResource).isNotNull();
        Map<String, String> described = new HashMap<>();
        figuresResource.at("/schema/fields").forEach(f -> described.put(f.get("name").asText(), f.get("description").asText()));
        assertThat(described.get("figure_source")).contains("table_cell").contains("stated_figure");
        assertThat(described).containsKeys("wording", "sentence", "period_as_published", "source_file", "source_line", "source_column");
        assertThat(described.get("source_column")).contains("stated figure");
    }

    @Test
    void dashesAndBlanksAreNeverZeroInAnyDownload() throws IOException {
        Map<String, CSVRecord> tidy = new HashMap<>();
        csv(OpenData.FIGURES_CSV).forEach(r -> tidy.put(r.get("figure_id"), r));
        CSVRecord dash = tidy.get("2572-15/table-2/r0/c0");
        assertThat(dash.get("cell_status")).isEqualTo("dash");
        assertThat(dash.get("value")).isEmpty();
        CSVRecord blank = tidy.get("wmp-2010-2014-sexual-offences-against-children-online/table-4/r1/c0");
        assertThat(blank.get("cell_status")).isEqualTo("blank");
        assertThat(blank.get("value")).isEmpty();
        CSVRecord zero = tidy.get("wmp-2021-22-child-sexual-offences-by-outcome/table-1/r0/c6");
        assertThat(zero.get("cell_status")).isEqualTo("number");
        assertThat(zero.get("value")).isEqualTo("0");
        List<JsonNode> json = DisclosureFiguresTest.jsonFigures();
        assertThat(json).extracting(f -> f.get("figure_id").asText()).contains("2572-15/table-2/r0/c0");
        for (JsonNode f : json) {
            if (f.get("figure_id").asText().equals("2572-15/table-2/r0/c0")) {
                assertThat(f.get("value").isNull()).isTrue();
                assertThat(f.get("cell_status").asText()).isEqualTo("dash");
            }
        }
        assertThat(csv(Links.tableCsv("2572-15", "table-2")).get(0).get(1)).isEqualTo("-");
        assertThat(csv(Links.tableCsv("wmp-2010-2014-sexual-offences-against-children-online", "table-4")).get(1).get(1)).isEmpty();
        JsonNode table = JSON.readTree(SiteFixture.seeds().site().text("data/2572-15/table-2.json"));
        assertThat(table.at("/rows/0/cells/0/status").asText()).isEqualTo("dash");
        assertThat(table.at("/rows/0/cells/0/value").isNull()).isTrue();
    }

    @Test
    void perTableCsvsEqualTheTablesOnThePages() throws IOException {
        int tables = 0;
        for (Disclosure d : SiteFixture.seeds().handbook().disclosures()) {
            Document page = Jsoup.parse(SiteFixture.seeds().site().text(Links.disclosure(d.slug())));
            for (DataTable t : d.parsed().tables()) {
                tables++;
                List<CSVRecord> records = csv(Links.tableCsv(d.slug(), t.id()));
                Elements rows = page.getElementById(t.id()).select("table.data > tbody > tr");
                assertThat(records).hasSize(rows.size());
                int offset = t.hasCodeColumn() ? 2 : 1;
                for (int i = 0; i < rows.size(); i++) {
                    Element tr = rows.get(i);
                    CSVRecord r = records.get(i);
                    assertThat(tr.selectFirst("th").ownText() + tr.selectFirst("th").select("a, span").first().text())
                            .contains(r.get(offset - 1).replaceAll("[*^†‡]+$", ""));
                    Elements tds = tr.select("td:not(.code)");
                    for (int k = 0; k < tds.size(); k++) {
                        String shown = tds.get(k).ownText().replace(",", "");
                        String published = r.get(offset + k).replaceAll("[*^†‡]+$", "");
                        assertThat(shown).as("%s %s row %d col %d", d.slug(), t.id(), i, k).isEqualTo(published.equals("[lost]") ? "lost" : published);
                    }
                }
            }
        }
        assertThat(tables).isEqualTo(12);
    }

    @Test
    void theDataPackageFollowsTheFrictionlessTableSchemaRules() throws IOException {
        JsonNode pkg = JSON.readTree(SiteFixture.seeds().site().text(OpenData.PACKAGE));
        assertThat(pkg.get("name").asText()).matches("^[a-z0-9._-]+$");
        Set<String> names = new HashSet<>();
        Set<String> types = Set.of("string", "number", "integer", "boolean", "object", "array", "date", "time", "datetime", "year",
                "yearmonth", "duration", "geopoint", "geojson", "any");
        assertThat(pkg.get("resources")).hasSizeGreaterThan(12);
        for (JsonNode resource : pkg.get("resources")) {
            String name = resource.get("name").asText();
            assertThat(name).matches("^[a-z0-9._-]+$");
            assertThat(names.add(name)).as("resource names are unique: " + name).isTrue();
            String path = "data/" + resource.get("path").asText();
            assertThat(SiteFixture.seeds().site().files()).as("resource path " + path).containsKey(path);
            String format = resource.get("format").asText();
            assertThat(resource.get("mediatype").asText()).isEqualTo(format.equals("csv") ? "text/csv" : "application/json");
            assertThat(path).endsWith(resource.has("compression") ? "." + format + "." + resource.get("compression").asText() : "." + format);
            if (!resource.has("schema")) {
                continue;
            }
            assertThat(resource.get("profile").asText()).isEqualTo("tabular-data-resource");
            JsonNode schema = resource.get("schema");
            if (schema.isTextual()) {
                String schemaPath = "data/" + schema.asText();
                assertThat(SiteFixture.seeds().site().files()).as("schema path " + schemaPath).containsKey(schemaPath);
                schema = JSON.readTree(SiteFixture.seeds().site().text(schemaPath));
            }
            if (resource.has("compression")) {
                assertThat(resource.get("compression").asText()).isEqualTo("gz");
                assertThat(DisclosureFiguresTest.gunzip(SiteFixture.seeds().site().files().get(path))).isEqualTo(SiteFixture.seeds().site().files().get(OpenData.FIGURES_CSV));
                continue; // the same bytes as handbook-figures.csv, checked below
            }
            List<String> fields = new java.util.ArrayList<>();
            Map<String, String> typeOf = new HashMap<>();
            for (JsonNode field : schema.get("fields")) {
                String type = field.get("type").asText();
                assertThat(types).as("field type " + type).contains(type);
                assertThat(typeOf.put(field.get("name").asText(), type)).as("field names are unique in " + name).isNull();
                fields.add(field.get("name").asText());
            }
            Set<String> missing = new HashSet<>();
            schema.path("missingValues").forEach(m -> missing.add(m.asText()));
            List<CSVRecord> records = csv(path);
            String headerLine = SiteFixture.seeds().site().text(path).lines().findFirst().orElseThrow();
            try (CSVParser header = CSVParser.parse(headerLine, CSVFormat.RFC4180)) {
                assertThat(header.getRecords().get(0).toList()).as("the CSV header is the schema's fields, in order").isEqualTo(fields);
            }
            Set<String> keys = new HashSet<>();
            List<String> primaryKey = schema.has("primaryKey") ? JSON.convertValue(schema.get("primaryKey"), List.class) : List.of();
            assertThat(fields).containsAll(primaryKey);
            for (CSVRecord r : records) {
                for (String f : fields) {
                    String value = r.get(f);
                    if (missing.contains(value)) {
                        continue;
                    }
                    switch (typeOf.get(f)) {
                        case "integer" -> assertThat(value).as(name + "." + f).matches("-?\\d+");
                        case "boolean" -> assertThat(value).as(name + "." + f).isIn("true", "false");
                        default -> { }
                    }
                }
                if (!primaryKey.isEmpty()) {
                    String key = String.join("\u0000", primaryKey.stream().map(r::get).toList());
                    assertThat(primaryKey.stream().map(r::get)).as("primary key values are present").noneMatch(missing::contains);
                    assertThat(keys.add(key)).as("primary key is unique: " + key).isTrue();
                }
            }
        }
    }

    @Test
    void downloadsAreLinkedFromTablesEntityPagesAndTheDataPage() {
        Document disclosure = Jsoup.parse(SiteFixture.seeds().site().text(Links.disclosure("2572-15")));
        assertThat(disclosure.select("#table-2 a[download][href='../data/2572-15/table-2.csv']")).isNotEmpty();
        Document offence = Jsoup.parse(SiteFixture.seeds().site().text("offences/086-02.html"));
        assertThat(offence.select("a[download][href='../data/offences/086-02.csv']")).isNotEmpty();
        assertThat(SiteFixture.seeds().site().text("data/offences/086-02.csv")).contains("1040a-22/table-1/").contains("wmp-2021-22");
        Document data = Jsoup.parse(SiteFixture.seeds().site().text(Links.data()));
        assertThat(data.select("a[href='data/handbook-figures.csv']")).isNotEmpty();
        assertThat(data.select("a[href='data/handbook-figures.csv.gz']")).isNotEmpty();
        assertThat(data.select("a[href='data/2572-15/figures.csv']")).isNotEmpty();
        assertThat(data.select("a[href='data/2572-15/figures.json']")).isNotEmpty();
        assertThat(disclosure.select("a[download][href='../data/2572-15/figures.csv']").text()).matches(".*\\(CSV, [0-9.]+ (KB|bytes|MB)\\)");
        assertThat(disclosure.select("a[download][href='../data/2572-15/figures.json']")).isNotEmpty();
        assertThat(data.select("a[href='data/datapackage.json']")).isNotEmpty();
        assertThat(data.select("table.fields code").eachText()).containsExactlyElementsOf(TidyField.ALL.stream().map(TidyField::name).toList());
    }
}
