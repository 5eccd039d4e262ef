package org.offencestats.handbook.render.data;

import org.offencestats.handbook.render.output.PageCache;
import org.offencestats.handbook.render.output.SiteOutput;
import org.offencestats.handbook.paths.Links;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.apache.commons.csv.CSVFormat;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.Row;

import java.io.IOException;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The handbook's open data: each table as published (CSV and JSON), the tidy dataset of every figure (CSV and
 * JSON), the figures of each entity (CSV), and a Frictionless Data package descriptor for all of them.
 * In every file "-" and blanks stay distinguishable from 0: the value is empty and cell_status says why.
 */
public final class OpenData {

    public static final String FIGURES_CSV = "data/handbook-figures.csv";
    public static final String FIGURES_JSON = "data/handbook-figures.json";
    public static final String PACKAGE = "data/datapackage.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One disclosure's share of the open data, made once and reused while the disclosure is unchanged. */
    private record Chunk(byte[] csvRows, byte[] jsonObjects, SortedMap<EntityKey, byte[]> entityCsvRows,
                         SortedMap<String, byte[]> tableFiles, List<Map<String, Object>> resources) {
    }

    private final PageCache cache;
    private final TableCsvs csvs;

    public OpenData(PageCache cache, TableCsvs csvs) {
        this.cache = cache;
        this.csvs = csvs;
    }

    public void render(Handbook handbook, SiteOutput site) {
        List<Map<String, Object>> resources = new ArrayList<>();
        resources.add(figuresResource());
        resources.add(resource("handbook-figures-json", "handbook-figures.json", "json", "application/json",
                "The same figures as handbook-figures.csv, as a JSON array of objects with the same keys.", null));
        SortedMap<EntityKey, OutputStream> byEntity = new TreeMap<>();
        try (OutputStream csv = site.open(FIGURES_CSV); OutputStream json = site.open(FIGURES_JSON)) {
            csv.write(HEADER);
            json.write('[');
            boolean firstObject = true;
            for (Disclosure d : handbook.disclosures()) {
                Chunk chunk = cache.get("data:" + d.slug(), List.of(PageCache.same(d)), () -> chunk(d));
                csv.write(chunk.csvRows());
                if (chunk.jsonObjects().length > 0) {
                    json.write(firstObject ? NEWLINE : COMMA_NEWLINE);
                    json.write(chunk.jsonObjects());
                    firstObject = false;
                }
                for (Map.Entry<EntityKey, byte[]> rows : chunk.entityCsvRows().entrySet()) {
                    OutputStream out = byEntity.get(rows.getKey());
                    if (out == null) {
                        out = site.open(Links.entityCsv(rows.getKey()));
                        out.write(HEADER);
                        byEntity.put(rows.getKey(), out);
                    }
                    out.write(rows.getValue());
                }
                chunk.tableFiles().forEach(site::add);
                resources.addAll(chunk.resources());
            }
            json.write((firstObject ? "]\n" : "\n]\n").getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the open data: " + e.getMessage(), e);
        } finally {
            for (OutputStream out : byEntity.values()) {
                try {
                    out.close();
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write the open data: " + e.getMessage(), e);
                }
            }
        }
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("name", "offence-statistics-handbook");
        descriptor.put("title", handbook.settings().title());
        descriptor.put("description", "Every figure in the handbook's police FOI disclosures, as published (table cells and "
                + "figures stated in the text), with canonical entities, notes, audit status and source line and column. Police management information, not official statistics.");
        descriptor.put("profile", "tabular-data-package");
        descriptor.put("sources", handbook.disclosures().stream().map(d -> ordered("title", d.title(),
                "path", "../" + Links.source(d.source().file()))).toList());
        descriptor.put("resources", resources);
        site.add(PACKAGE, json(descriptor));
    }

    private static Map<String, Object> figuresResource() {
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", TidyField.ALL.stream().map(f -> {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", f.name());
            field.put("type", f.type());
            field.put("title", f.title());
            field.put("description", f.description());
            return field;
        }).toList());
        schema.put("primaryKey", List.of("figure_id"));
        schema.put("missingValues", List.of(""));
        return resource("handbook-figures", "handbook-figures.csv", "csv", "text/csv",
                "One row per figure in the handbook: every cell of every table, then every figure stated in a response's text, each with its source file, line and column.", schema);
    }

    private static Map<String, Object> resource(String name, String path, String format, String mediatype, String description,
                                                Map<String, Object> schema) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("name", name);
        r.put("path", path);
        r.put("format", format);
        r.put("mediatype", mediatype);
        r.put("encoding", "utf-8");
        r.put("description", description);
        if (schema != null) {
            r.put("profile", "tabular-data-resource");
            r.put("schema", schema);
        }
        return r;
    }

    /** A table as published has figures printed as "-" or blank, so every field is a string. */
    private static Map<String, Object> tableSchema(DataTable t) {
        List<String> header = TableCsv.header(t);
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("fields", header.stream().map(h -> ordered("name", h, "type", "string")).toList());
        schema.put("missingValues", List.of());
        return schema;
    }

    private static Map<String, Object> tableJson(Disclosure d, DataTable t) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("disclosure", d.slug());
        out.put("reference", d.meta().reference());
        out.put("table_number", t.number());
        out.put("title", t.title());
        out.put("question", t.questionId());
        out.put("row_dimension", t.rowDimension());
        out.put("column_dimension", t.columnDimension());
        out.put("columns", t.columns().stream().map(c -> {
            Map<String, Object> col = new LinkedHashMap<>();
            col.put("label", c.label());
            col.put("marks", c.marks());
            col.put("is_total", c.total());
            col.put("partial_period", c.periodNote());
            return col;
        }).toList());
        List<Map<String, Object>> rows = new ArrayList<>();
        for (Row r : t.rows()) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("label", r.label());
            row.put("marks", r.marks());
            row.put("code_as_published", t.hasCodeColumn() ? r.code().raw().strip() : null);
            row.put("is_total", r.total());
            row.put("source_line", r.ref().line());
            List<Map<String, Object>> cells = new ArrayList<>();
            for (Column c : t.columns()) {
                Cell cell = r.cell(c.index());
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("value", cell.value());
                m.put("status", cell.kind().name().toLowerCase(Locale.ROOT));
                m.put("raw_text", cell.raw());
                cells.add(m);
            }
            row.put("cells", cells);
            rows.add(row);
        }
        out.put("rows", rows);
        out.put("source_file", Links.source(d.source().file()));
        out.put("source_lines", List.of(t.start().line(), t.endLine()));
        return out;
    }

    /** Map.of would iterate in an order that changes from one JVM run to the next, so output would too. */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static final byte[] HEADER = csvLine(TidyField.ALL.stream().map(TidyField::name).toList());
    private static final byte[] NEWLINE = "\n".getBytes(StandardCharsets.UTF_8);
    private static final byte[] COMMA_NEWLINE = ",\n".getBytes(StandardCharsets.UTF_8);

    private Chunk chunk(Disclosure d) {
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        List<String> json = new ArrayList<>();
        SortedMap<EntityKey, ByteArrayOutputStream> byEntity = new TreeMap<>();
        SortedMap<String, byte[]> tables = new TreeMap<>();
        List<Map<String, Object>> resources = new ArrayList<>();
        for (DataTable t : d.parsed().tables()) {
            TidyRows.of(d, t).forEach(f -> add(f, csv, json, byEntity));
            String csvPath = Links.tableCsv(d.slug(), t.id());
            tables.put(csvPath, csvs.bytes(t));
            tables.put(csvPath.replaceFirst("\\.csv$", ".json"), json(tableJson(d, t)).getBytes(StandardCharsets.UTF_8));
            resources.add(resource(d.slug() + "-" + t.id(), csvPath.substring("data/".length()), "csv", "text/csv",
                    "Table " + t.number() + " of " + d.title() + ", as published.", tableSchema(t)));
        }
        TidyRows.stated(d).forEach(f -> add(f, csv, json, byEntity));
        SortedMap<EntityKey, byte[]> entityRows = new TreeMap<>();
        byEntity.forEach((k, v) -> entityRows.put(k, v.toByteArray()));
        byte[] objects = String.join(",\n", json).getBytes(StandardCharsets.UTF_8);
        return new Chunk(csv.toByteArray(), objects, entityRows, tables, List.copyOf(resources));
    }

    /** One figure into the tidy CSV, the JSON objects and the CSV of each entity it is about. */
    private static void add(TidyRows.Figure f, ByteArrayOutputStream csv, List<String> json,
                            SortedMap<EntityKey, ByteArrayOutputStream> byEntity) {
        byte[] line = csvLine(record(f.fields()));
        csv.writeBytes(line);
        json.add(json(f.fields()).stripTrailing());
        f.entities().forEach(k -> byEntity.computeIfAbsent(k, x -> new ByteArrayOutputStream()).writeBytes(line));
    }

    /** One CSV record (RFC 4180 quoting, "\n" line end) in UTF-8. */
    private static byte[] csvLine(List<String> values) {
        StringBuilder out = new StringBuilder();
        try {
            CSVFormat.RFC4180.builder().setRecordSeparator("\n").get().printRecord(out, values.toArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> record(Map<String, Object> row) {
        List<String> record = new ArrayList<>(TidyField.ALL.size());
        for (TidyField f : TidyField.ALL) {
            Object v = row.get(f.name());
            record.add(v == null ? "" : v.toString());
        }
        return record;
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("open data is always serialisable", e);
        }
    }
}
