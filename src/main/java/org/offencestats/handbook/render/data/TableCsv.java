package org.offencestats.handbook.render.data;

import org.offencestats.handbook.render.view.Format;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Row;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A table as published, as CSV: one row per table row, the label, the code cell if any, then each figure as
 * printed ("-" and blanks kept as they are, so they never read as 0; lost cells are written "[lost]").
 */
public final class TableCsv {

    private TableCsv() {
    }

    static String of(DataTable t) {
        StringWriter out = new StringWriter();
        try (CSVPrinter csv = new CSVPrinter(out, CSVFormat.RFC4180.builder().setRecordSeparator("\n").get())) {
            csv.printRecord(header(t));
            for (Row r : t.rows()) {
                List<String> record = new ArrayList<>();
                if (t.hasCodeColumn()) {
                    record.add(r.code().raw().strip());
                }
                record.add(r.label() + String.join("", r.marks()));
                for (Column c : t.columns()) {
                    record.add(Format.cell(r.cell(c.index())).published());
                }
                csv.printRecord(record);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The header row: the code column if any, the row dimension, then each column label with its marks. */
    static List<String> header(DataTable t) {
        List<String> header = new ArrayList<>();
        if (t.hasCodeColumn()) {
            header.add("Code as published");
        }
        header.add(t.rowDimension() == null ? "Row" : t.rowDimension());
        t.columns().forEach(c -> header.add(c.label() + String.join("", c.marks())));
        return header;
    }
}
