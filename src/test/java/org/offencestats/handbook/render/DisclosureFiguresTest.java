package org.offencestats.handbook.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.render.data.OpenData;
import org.offencestats.handbook.render.data.TidyField;

import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The tidy dataset per disclosure (CSV and JSON) adds up to the whole-handbook CSV, and its gzip copy is reproducible. */
class DisclosureFiguresTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static List<CSVRecord> csv(String path) throws IOException {
        try (CSVParser parser = CSVParser.parse(new StringReader(SiteFixture.seeds().site().text(path)),
                CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
            return parser.getRecords();
        }
    }

    /** Every disclosure's figures.json, one array after another: the tidy dataset as JSON. */
    static List<JsonNode> jsonFigures() throws IOException {
        List<JsonNode> all = new java.util.ArrayList<>();
        for (Disclosure d : SiteFixture.seeds().handbook().disclosures()) {
            String text = SiteFixture.seeds().site().text(Links.disclosureFiguresJson(d.slug()));
            assertThat(text).as(d.slug()).isNotNull();
            JSON.readTree(text).forEach(all::add);
        }
        return all;
    }

    static byte[] gunzip(byte[] gz) throws IOException {
        try (java.util.zip.GZIPInputStream in = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        }
    }

    @Test
    void theWholeCsvIsTheDisclosuresCsvsEndToEndAndItsGzipHasNoTimeOrName() throws IOException {
        Map<String, byte[]> files = SiteFixture.seeds().site().files();
        String whole = SiteFixture.seeds().site().text(OpenData.FIGURES_CSV);
        String header = whole.substring(0, whole.indexOf('\n') + 1);
        StringBuilder joined = new StringBuilder(header);
        List<JsonNode> json = jsonFigures();
        int rows = 0;
        for (Disclosure d : SiteFixture.seeds().handbook().disclosures()) {
            String own = SiteFixture.seeds().site().text(Links.disclosureFiguresCsv(d.slug()));
            assertThat(own).as(d.slug()).startsWith(header);
            joined.append(own.substring(header.length()));
            for (CSVRecord r : csv(Links.disclosureFiguresCsv(d.slug()))) {
                assertThat(r.get("disclosure")).isEqualTo(d.slug());
                JsonNode j = json.get(rows++);
                assertThat(j.get("figure_id").asText()).isEqualTo(r.get("figure_id"));
                for (TidyField f : TidyField.ALL) {
                    JsonNode v = j.get(f.name());
                    assertThat(v == null || v.isNull() ? "" : v.asText()).as(r.get("figure_id") + " " + f.name()).isEqualTo(r.get(f.name()));
                }
            }
        }
        assertThat(joined.toString()).isEqualTo(whole);
        assertThat(json).hasSize(rows).hasSizeGreaterThan(100);
        byte[] gz = files.get(OpenData.FIGURES_CSV_GZ);
        assertThat(gunzip(gz)).isEqualTo(files.get(OpenData.FIGURES_CSV));
        assertThat(gz[0] & 0xff).isEqualTo(0x1f);
        assertThat(gz[1] & 0xff).isEqualTo(0x8b);
        assertThat(gz[3]).as("no file name or other optional fields").isZero();
        assertThat(java.util.Arrays.copyOfRange(gz, 4, 8)).as("modification time 0").containsOnly(0);
        assertThat(SiteFixture.seeds().site().text(Links.data())).contains("All figures (CSV, ").contains("(CSV in gzip, ");
    }

    /**
     * figures.json is written straight into one buffer: it must still read "[", one compact object per line (each as
     * Jackson writes that object on its own), "]", and hold a line per row of the disclosure's figures.csv.
     */
    @Test
    void eachFiguresJsonIsOneCompactObjectALine() throws IOException {
        int lines = 0;
        for (Disclosure d : SiteFixture.seeds().handbook().disclosures()) {
            String text = SiteFixture.seeds().site().text(Links.disclosureFiguresJson(d.slug()));
            int rows = csv(Links.disclosureFiguresCsv(d.slug())).size();
            if (rows == 0) {
                assertThat(text).as(d.slug()).isEqualTo("[]\n");
                continue;
            }
            String[] parts = text.split("\n", -1);
            assertThat(parts[0]).as(d.slug()).isEqualTo("[");
            assertThat(parts[parts.length - 1]).isEmpty();
            assertThat(parts[parts.length - 2]).isEqualTo("]");
            assertThat(parts.length - 3).as(d.slug()).isEqualTo(rows);
            for (int i = 1; i < parts.length - 2; i++) {
                String line = i < parts.length - 3 ? parts[i].substring(0, parts[i].length() - 1) : parts[i];
                assertThat(parts[i]).endsWith(i < parts.length - 3 ? "}," : "}");
                Map<?, ?> object = JSON.readValue(line, java.util.LinkedHashMap.class);
                assertThat(JSON.writeValueAsString(object)).isEqualTo(line);
                lines++;
            }
        }
        assertThat(lines).isGreaterThan(100);
    }
}
