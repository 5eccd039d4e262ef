package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.TableLayout;

import java.util.List;

/** A table as read from its lines, before the disclosure-level context (number, title, question, footnotes). */
record TableDraft(String rowDimension, String columnDimension, boolean hasCodeColumn, List<Column> columns,
                  List<Row> rows, TableLayout layout, SourceRef start, int endLine) {
}
