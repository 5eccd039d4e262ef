package org.offencestats.handbook.render.data;

import org.offencestats.handbook.render.output.PageCache;
import org.offencestats.handbook.render.output.SiteOutput;
import org.offencestats.handbook.paths.Links;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.Row;

import java.io.IOException;
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
 * The handbook's open data: each table as published (CSV and JSON), the tidy dataset of every figure (one CSV for
 * the whole handbook, also gzip-compressed, and a CSV and a JSON file per disclosure), the figures of each entity
 * (CSV), and a Frictionless Data package descriptor for all of them. There is no whole-handbook JSON: at thousands
 * of disclosures it was the largest file of the site, and the CSV holds the same figures at a fraction of the size.
 * In every file "-" and blanks stay distinguishable from 0: the value is empty and cell_status says why.
 */
public final class OpenData {

    public static final String FIGURES_CSV = "data/handbook-figures.csv";
    public static final String FIGURES_CSV_GZ = "data/handbook-figures.csv.gz";
    public static final String FIGURES_SCHEMA = "data/handbook-figures-schema.json";
    public static final String PACKAGE = "data/datapackage.json";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** One disclosure's tables as published, made once and reused while the disclosure is unchanged. */
    private record Chunk(SortedMap<String, byte[]> tableFiles, List<Map<String, Object>> resources) {
    }

    /** One disclosure's files of the tidy dataset: its CSV (header and rows) and its JSON. */
    private record FigureFiles(byte[] csv, byte[] json) {
    }

    private final PageCache cache;
    private final TableCsvs csvs;
    private final DisclosureFigures figures;

    public OpenData(PageCache cache, TableCsvs csvs, DisclosureFigures figures) {
        this.cache = cache;
        this.csvs = csvs;
        this.figures = figures;
    }

    /** The whole-handbook CSV's size: the header and every disclosure's rows. */
    public static long figuresCsvSize(Handbook handbook, DisclosureFigures figures) {
        long size = DisclosureFigures.HEADER.length;
        for (Disclosure d : handbook.disclosures()) {
            size += figures.of(d).csvRowsLength();
        }
        return size;
    }

    public static long figuresGzSize(Handbook handbook, DisclosureFigures figures) {
        long size = DisclosureFigures.GZ_HEADER.length;
        for (Disclosure d : handbook.disclosures()) {
            size += figures.of(d).gzRows().length;
        }
        return size;
    }

    public void render(Handbook handbook, SiteOutput site) {
        List<Map<String, Object>> resources = new ArrayList<>();
        Map<String, Object> schema = figuresSchema();
        resources.add(resource("handbook-figures", "handbook-figures.csv", "csv", "text/csv",
                "One row per figure in the handbook: every cell of every table, then every figure stated in a response's text, each with its source file, line and column.", schema));
        Map<String, Object> gz = resource("handbook-figures-csv-gz", "handbook-figures.csv.gz", "csv", "text/csv",
                "The same file as handbook-figures.csv, gzip-compressed.", "handbook-figures-schema.json");
        gz.put("compression", "gz");
        resources.add(gz);
        PackageDescriptor described = new PackageDescriptor(JSON);
        described.addResources(resources);
        // The preview keeps each disclosure's files and each entity's CSV between rebuilds (the site holds them anyway);
        // a full build streams each entity's CSV as it goes, so that no disclosure's rows are held to the end.
        EntityCsvs byEntity = new EntityCsvs(site, cache);
        List<Object> describedFrom = new ArrayList<>(List.of(handbook.settings().title()));
        try (OutputStream csv = site.open(FIGURES_CSV); OutputStream csvGz = site.open(FIGURES_CSV_GZ)) {
            csv.write(DisclosureFigures.HEADER);
            csvGz.write(DisclosureFigures.GZ_HEADER);
            for (Disclosure d : handbook.disclosures()) {
                DisclosureFigures.Chunk rows = figures.of(d);
                Chunk chunk = cache.get("data:" + d.slug(), List.of(PageCache.same(d)), () -> chunk(d));
                FigureFiles files = cache.get("figure-files:" + d.slug(), List.of(PageCache.same(rows)),
                        () -> new FigureFiles(concat(DisclosureFigures.HEADER, rows.csvRows()), rows.json()));
                csv.write(files.csv(), DisclosureFigures.HEADER.length, files.csv().length - DisclosureFigures.HEADER.length);
                csvGz.write(rows.gzRows());
                site.add(Links.disclosureFiguresCsv(d.slug()), files.csv());
                site.add(Links.disclosureFiguresJson(d.slug()), files.json());
                byEntity.add(files.csv(), DisclosureFigures.HEADER.length, rows.entityLines());
                chunk.tableFiles().forEach(site::add);
                describedFrom.add(PageCache.same(d));
                described.add(cache.get("package:" + d.slug(), List.of(PageCache.same(d)), () -> packagePart(d, chunk)));
            }
            byEntity.finish();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the open data: " + e.getMessage(), e);
        } finally {
            byEntity.close();
        }
        site.add(FIGURES_SCHEMA, json(schema));
        Map<String, Object> descriptor = new LinkedHashMap<>();
        descriptor.put("name", "offence-statistics-handbook");
        descriptor.put("title", handbook.settings().title());
        descriptor.put("description", "Every figure in the handbook's police FOI disclosures, as published (table cells and "
                + "figures stated in the text), with canonical entities, notes, audit status and source line and column. Police management information, not official statistics.");
        descriptor.put("profile", "tabular-data-package");
        // Made from the title and the disclosures only (each disclosure's part of it depends on that disclosure alone).
        site.add(PACKAGE, cache.get(PACKAGE, describedFrom, () -> described.write(descriptor).getBytes(StandardCharsets.UTF_8)));
    }

    /** A disclosure's entry in the descriptor's sources, and its resources: its figures and its tables as published. */
    private static PackageDescriptor.Part packagePart(Disclosure d, Chunk chunk) {
        List<Map<String, Object>> resources = new ArrayList<>();
        resources.add(resource(d.slug() + "-figures", d.slug() + "/figures.csv", "csv", "text/csv",
                "The figures of " + d.title() + ": the rows of handbook-figures.csv from this disclosure.", "handbook-figures-schema.json"));
        resources.add(resource(d.slug() + "-figures-json", d.slug() + "/figures.json", "json", "application/json",
                "The same figures as " + d.slug() + "/figures.csv, as a JSON array of objects with the same keys (one a line).", null));
        resources.addAll(chunk.resources());
        return PackageDescriptor.part(JSON, ordered("title", d.title(), "path", "../" + Links.source(d.source().file())), resources);
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    /** The Table Schema of the tidy dataset: inline in the whole CSV's resource, and a file the others point to. */
    private static Map<String, Object> figuresSchema() {
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
        return schema;
    }

    private static Map<String, Object> resource(String name, String path, String format, String mediatype, String description,
                                                Object schema) {
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

    private Chunk chunk(Disclosure d) {
        SortedMap<String, byte[]> tables = new TreeMap<>();
        List<Map<String, Object>> resources = new ArrayList<>();
        for (DataTable t : d.parsed().tables()) {
            String csvPath = Links.tableCsv(d.slug(), t.id());
            tables.put(csvPath, csvs.bytes(t));
            tables.put(csvPath.replaceFirst("\\.csv$", ".json"), json(tableJson(d, t)).getBytes(StandardCharsets.UTF_8));
            resources.add(resource(d.slug() + "-" + t.id(), csvPath.substring("data/".length()), "csv", "text/csv",
                    "Table " + t.number() + " of " + d.title() + ", as published.", tableSchema(t)));
        }
        return new Chunk(tables, List.copyOf(resources));
    }

    private static String json(Object value) {
        try {
            return JSON.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("open data is always serialisable", e);
        }
    }
}
