package org.offencestats.handbook.render.figures;

import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.PeriodMeta;
import org.offencestats.handbook.model.Row;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Plain words for headline figures: what a table counts ("sexual offences against children"), over what period
 * ("in 2010 to 2014 (2014: so far this year)"), what its rows are ("offence", "victim age"), a share ("48%"), and
 * a force's label in capitals read as a sentence ("Sexual assault on a male 13+").
 */
public final class Wording {

    private static final Pattern YEAR = Pattern.compile("\\d{4}");
    private static final Pattern FORCE_PREFIX = Pattern.compile("^[^:]{1,80}:\\s+");
    private static final Pattern COUNT_OF = Pattern.compile("(?i)^(?:a )?(?:count|number|total number|total) of (?:the )?");
    private static final Pattern OUTCOMES_OF = Pattern.compile("(?i)^(?:outcomes|figures|numbers) of ");

    private Wording() {
    }

    /**
     * What a table counts, as a noun phrase: the disclosure's title says it best when the disclosure has one table
     * ("…: sexual offences against children by offence and outcome, 2021/22"), else the table's own title.
     */
    public static String counted(Disclosure d, DataTable t) {
        String phrase;
        if (d.parsed().tables().size() == 1) {
            phrase = FORCE_PREFIX.matcher(d.title()).replaceFirst("");
            phrase = cut(cut(phrase, " by "), ", ");
            phrase = OUTCOMES_OF.matcher(phrase).replaceFirst("");
        } else {
            phrase = TableTitles.of(d, t);
            phrase = cut(phrase, ", by ");
            phrase = COUNT_OF.matcher(phrase).replaceFirst("");
            phrase = phrase.replaceFirst("(?i)^how many (\\S+) (?:have|has) been ", "$1 ").replaceFirst("(?i)^how many ", "");
        }
        phrase = phrase.replaceAll("[:.\\s]+$", "").strip();
        return phrase.isEmpty() ? "figures" : lowerFirstWord(phrase);
    }

    /** " in 2021/22", " between 1 July 2021 and 1 July 2022", " in 2010 to 2014 (2014: so far this year)". */
    public static String period(Disclosure d, DataTable t) {
        List<Column> years = t.bodyColumns().stream().filter(c -> YEAR.matcher(c.label()).matches()).toList();
        if (years.size() >= 2 && years.size() == t.bodyColumns().size()) {
            Column last = years.get(years.size() - 1);
            return span(years.get(0).label(), last.label(), last.partialPeriod() ? last.periodNote() : null);
        }
        List<Row> rows = t.bodyRows().stream().filter(r -> YEAR.matcher(r.label()).matches()).toList();
        if (rows.size() >= 2 && rows.size() == t.bodyRows().size()) {
            Row last = rows.get(rows.size() - 1);
            return span(rows.get(0).label(), last.label(), last.partialPeriod() ? last.periodNote() : null);
        }
        List<PeriodMeta> periods = d.meta().periods();
        if (periods.size() == 1) {
            PeriodMeta p = periods.get(0);
            String label = p.label();
            String when = label.matches("(?i)^(between|from|since|up to|to) .*") ? " " + label
                    : label.contains(" to ") ? " from " + label : " in " + label;
            return p.partial() && p.partialNote() != null ? when + " (" + p.partialNote() + ")" : when;
        }
        return "";
    }

    private static String span(String first, String last, String partialNote) {
        return " in " + first + " to " + last + (partialNote == null ? "" : " (" + last + ": " + partialNote + ")");
    }

    /** What one row of the table is: its published row heading, else what its rows link to, else "category". */
    public static String category(Disclosure d, DataTable t) {
        String heading = t.rowDimension();
        if (heading != null && !heading.isBlank() && heading.length() <= 40) {
            return heading.toLowerCase(Locale.ROOT).replaceAll("\\s+description$", "").strip();
        }
        Map<Dimension, Integer> counts = new EnumMap<>(Dimension.class);
        for (EntityMatch m : d.links(t.id()).rows().values()) {
            if (m.isEntity()) {
                counts.merge(m.dimension() == Dimension.OFFENCE_CLASS ? Dimension.OFFENCE : m.dimension(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().filter(e -> e.getValue() * 2 > t.bodyRows().size()).map(e -> e.getKey().noun())
                .findFirst().orElse("category");
    }

    /** "48%", "less than 1%", "none": a share of a published total, rounded to a whole percentage. */
    public static String share(long part, long whole) {
        if (whole <= 0 || part <= 0) {
            return "0%";
        }
        double pct = part * 100.0 / whole;
        return pct < 1 ? "less than 1%" : Math.round(pct) + "%";
    }

    /** A label published in capitals reads as a sentence; codes such as "U16" keep their capitals. */
    public static String label(String text) {
        if (text == null || text.chars().anyMatch(Character::isLowerCase) || text.chars().filter(Character::isLetter).count() < 3) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        for (String word : text.split("(?<=\\s)|(?=\\s)")) {
            out.append(word.matches(".*\\d.*") ? word : word.toLowerCase(Locale.ROOT));
        }
        return capitalise(out.toString());
    }

    /**
     * Where something stands in the disclosure's own published text, as readers are told it: "the published text, line
     * 13, column 7". The source's file name is for maintainers; the page links the text itself.
     */
    public static String where(org.offencestats.handbook.model.SourceRef ref) {
        return "the published text, " + ref.citeWithinFile();
    }

    public static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    /** "Sexual offences …" reads "sexual offences …" mid-sentence; "Home Office …" keeps its capital. */
    private static String lowerFirstWord(String phrase) {
        String[] words = phrase.split("\\s+", 3);
        if (words.length > 1 && !words[1].isEmpty() && Character.isUpperCase(words[1].charAt(0))) {
            return phrase;
        }
        if (words[0].length() > 1 && words[0].substring(1).chars().anyMatch(Character::isUpperCase)) {
            return phrase;
        }
        return Character.toLowerCase(phrase.charAt(0)) + phrase.substring(1);
    }

    private static String cut(String text, String at) {
        int i = text.indexOf(at);
        return i > 0 ? text.substring(0, i) : text;
    }
}
