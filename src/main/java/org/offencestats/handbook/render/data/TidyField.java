package org.offencestats.handbook.render.data;

import java.util.List;

/**
 * A field of the handbook's tidy dataset: one definition feeds the CSV header, the JSON keys, the Frictionless
 * table schema and the Data page, so they cannot drift apart. {@code type} is a Frictionless Table Schema type.
 */
public record TidyField(String name, String type, String title, String description) {

    public static final List<TidyField> ALL = List.of(
            new TidyField("figure_id", "string", "Figure id", "Unique id of the figure: disclosure/table/row/column for a table cell, disclosure/stated/N for a figure stated in the text. The primary key."),
            new TidyField("figure_source", "string", "Where the figure stands", "table_cell (a cell of a table) or stated_figure (a count stated in the text, outside any table)."),
            new TidyField("disclosure", "string", "Disclosure", "The disclosure's page name in the handbook."),
            new TidyField("reference", "string", "Request reference", "The FOI request reference as printed; empty where the response states none."),
            new TidyField("force", "string", "Force", "The police force that answered."),
            new TidyField("disclosure_period", "string", "Period covered", "The period(s) the disclosure covers, with partial periods noted."),
            new TidyField("scope", "string", "Scope", "What the disclosure counts (e.g. victims under 18), as its sidecar records it."),
            new TidyField("table_number", "integer", "Table", "The table's number in the disclosure; empty for a stated figure."),
            new TidyField("table_title", "string", "Table title", "The table's caption as published."),
            new TidyField("question", "string", "Question", "The request question the table or stated figure answers (e.g. 1b); empty if none."),
            new TidyField("row_label", "string", "Row as published", "The row label as published, markup and footnote marks removed."),
            new TidyField("column_label", "string", "Column as published", "The column label as published, markup and footnote marks removed."),
            new TidyField("wording", "string", "What it counts", "For a stated figure: what it counts, in the response's words (its label, the words around it, or its question)."),
            new TidyField("sentence", "string", "Sentence as published", "For a stated figure: the sentence or line it stands in, as published."),
            new TidyField("code_as_published", "string", "Code as published", "The text of the row's code cell, when the table has one, exactly as printed."),
            new TidyField("offence_code", "string", "Offence code", "Home Office offence code (NNN/NN) the figure is about, from its row, column or the whole table."),
            new TidyField("offence_class", "string", "Offence class", "Notifiable offence class, where only the class is certain."),
            new TidyField("outcome_type", "string", "Outcome type", "Home Office crime outcome type (1 to 22) the figure is about."),
            new TidyField("platform", "string", "Platform", "Platform or app id (see content/taxonomies/platforms.yml)."),
            new TidyField("age_band", "string", "Age band", "Age band id (see content/taxonomies/age-bands.yml)."),
            new TidyField("period", "string", "Period", "The period the figure counts, where a row or column names one (e.g. 2015)."),
            new TidyField("partial_period", "string", "Partial period", "Set when the period is partial, e.g. \"to 16 July 2015\"."),
            new TidyField("period_as_published", "string", "Period as published", "For a stated figure: the period the text gives for it, as printed; empty when the text gives none."),
            new TidyField("value", "integer", "Value", "The count as published. Empty when the source gives none: see cell_status, never read as 0."),
            new TidyField("cell_status", "string", "Cell status", "number, dash (published as \"-\"), blank (published empty), unreadable, or lost (missing from the source)."),
            new TidyField("raw_text", "string", "Raw cell text", "The cell exactly as it stands in the source, markup included; for a stated figure, the figure as printed (\"1,535\", \"Nil\")."),
            new TidyField("is_total", "boolean", "Is a total", "true when the figure is a published total (a total row or column)."),
            new TidyField("audit_status", "string", "Audit", "For totals: agrees, does_not_add_up, missing, or uncheckable. Empty for other figures."),
            new TidyField("audit_computed", "integer", "Computed total", "For totals: the sum of the figures it totals."),
            new TidyField("notes", "string", "Notes", "Every note that qualifies the figure (footnotes, partial periods, corrections, reading notes, audit), separated by \" | \"."),
            new TidyField("source_file", "string", "Source file", "The disclosure text in the site's sources/ folder, byte for byte as published."),
            new TidyField("source_line", "integer", "Source line", "Line of the source where the figure stands."),
            new TidyField("source_column", "integer", "Source column", "Character column (1-based) of the source where the figure's cell, or the stated figure, starts."));
}
