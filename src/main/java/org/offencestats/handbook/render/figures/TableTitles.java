package org.offencestats.handbook.render.figures;

import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityMatch;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The title readers see over a table. A caption that only points at the table ("Please note all outcomes for this
 * offence detailed in the table below.") says nothing about what it counts: the title is then made from the table's
 * content ("Offences under Home Office code 086/02, by outcome"), and the force's sentence stays in the response as
 * published, where it stands. A title never ends with a full stop, so the sentences built around it read cleanly.
 */
public final class TableTitles {

    /** A caption that is an instruction to the reader rather than a name for the table. */
    private static final Pattern INSTRUCTION = Pattern.compile(
            "(?i)^(please (note|see|find)|see (the )?(table|below|attached)|the table below|below (is|are))\\b.*|.*\\b(in|see) the table below\\b.*");

    private TableTitles() {
    }

    public static String of(Disclosure d, DataTable t) {
        String title = t.title() == null ? "" : t.title().strip();
        if (!title.isEmpty() && !isInstruction(title)) {
            return title.endsWith(".") && !title.endsWith("etc.") && !title.endsWith("...") ? title.substring(0, title.length() - 1).strip() : title;
        }
        return derived(d, t);
    }

    public static boolean isInstruction(String caption) {
        String stripped = caption.strip();
        if (!mayBeInstruction(stripped)) {
            return false;
        }
        Boolean known = VERDICTS.get(stripped);
        if (known == null) {
            if (VERDICTS.size() > 10_000) {
                VERDICTS.clear(); // a long preview session's edits: the captions of one build are far fewer
            }
            known = INSTRUCTION.matcher(stripped).matches();
            VERDICTS.put(stripped, known);
        }
        return known;
    }

    /** The pattern's verdict on each caption it has read: entity pages ask about one table's caption many times. */
    private static final java.util.Map<String, Boolean> VERDICTS = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * False when {@link #INSTRUCTION} cannot match: it needs "the table below" somewhere or one of its first words at
     * the start. Entity pages ask about the same few titles thousands of times, and the pattern's leading ".*" tried
     * every position of every title (a percent of a large build).
     */
    static boolean mayBeInstruction(String stripped) {
        String lower = stripped.toLowerCase(Locale.ROOT);
        return lower.contains("the table below") || lower.startsWith("please ") || lower.startsWith("see ")
                || lower.startsWith("below ");
    }

    /** "Offences under Home Office code 086/02, by outcome"; "Figures by year" when nothing names the subject. */
    static String derived(Disclosure d, DataTable t) {
        List<String> codes = d.links(t.id()).subjects().stream().filter(EntityMatch::isEntity)
                .filter(m -> m.dimension() == Dimension.OFFENCE).map(EntityMatch::key).distinct().toList();
        String subject = codes.isEmpty() ? "Figures"
                : "Offences under Home Office " + (codes.size() == 1 ? "code " : "codes ") + String.join(" and ", codes);
        String rows = t.rowDimension() == null || t.rowDimension().isBlank() ? null
                : t.rowDimension().toLowerCase(Locale.ROOT).replaceAll("\\s+description$", "").strip();
        String columns = t.columnDimension() == null || t.columnDimension().isBlank() ? null
                : t.columnDimension().toLowerCase(Locale.ROOT).replaceAll("\\s+description$", "").strip();
        String by = rows == null ? columns : columns == null ? rows : rows + " and " + columns;
        return by == null ? subject : subject + (codes.isEmpty() ? " by " : ", by ") + by;
    }
}
