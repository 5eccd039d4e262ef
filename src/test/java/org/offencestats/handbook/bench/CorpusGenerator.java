package org.offencestats.handbook.bench;

import org.offencestats.handbook.TestFiles;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * Synthetic disclosures in the seeds' four styles, with their quirks: an offence-by-outcome table with a code
 * column (garbled codes, an interleaved Grand Total), a years table with blanks and bold totals (some that do not
 * add up), two-line "Year" headers with a partial-year footnote and dashes, and a space-separated outcome table.
 * Deterministic for a given seed, so benchmark runs are comparable.
 */
public final class CorpusGenerator {

    private static final List<String[]> OFFENCES = List.of(
            new String[]{"086/02 p", "Take or to make or to distribute indecent photographs or pseudo- photographs, of children"},
            new String[]{"071/17", "Engage in sexual communication with a child under 16 - offender 18 or over"},
            new String[]{"", "Exposure"}, new String[]{"", "Voyeurism"},
            new String[]{"N Q a", "Meeting a female child following sexual grooming etc (Offender is aged 18 or over and victim is under 16)"},
            new String[]{"088/06", "Committing an offence with intent to commit a sexual offence"},
            new String[]{"", "Possession of an indecent or pseudo indecent photo of a child"},
            new String[]{"073/07 v", "Abuse of position of trust: sexual activity with a female child aged 13-17 Suspect aged 18 or over"});
    private static final List<String> OUTCOMES = List.of(
            "Named Suspect identified: evidential difficulties prevent further action(victim support)",
            "Investigation Complete: No suspect identified", "Further action will be taken by another body", "Charge or Summons",
            "Suspect Identified, but not in the public interest for police to investigate", "Community Resolution", "-");
    private static final List<String> UPPER = List.of("SEXUAL ASSAULT ON A FEMALE 13 OR OVER", "RAPE OF FEMALE CHILD AGED 13-15",
            "EXPOSURE", "VOYEURISM", "MEETING A FEMALE U16 FOLLOWING SEXUAL GROOMING, OFFENDER 18+", "RAPE OF FEMALE 16 OR OVER");
    private static final List<String> PLATFORMS = List.of("facebook", "whatsapp", "online", "unknown", "social media", "Plenty of Fish");
    private static final List<String> AGES = List.of("Under 10", "10 to 12", "13 and Over", "Not Recorded");

    private final Random random;

    public CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** Writes a content folder with the project's taxonomies, pages and settings and {@code count} disclosures. */
    public Path write(Path content, int count) throws IOException {
        TestFiles.copyTree(Path.of("content/taxonomies"), content.resolve("taxonomies"));
        TestFiles.copyTree(Path.of("content/pages"), content.resolve("pages"));
        Files.copy(Path.of("content/site.yml"), content.resolve("site.yml"));
        Path dir = Files.createDirectories(content.resolve("disclosures"));
        for (int i = 0; i < count; i++) {
            String reference = (1000 + i) + "/" + (15 + i % 10);
            String name = "gen-" + String.format("%05d", i);
            int year = 2013 + i % 10;
            String text = switch (i % 4) {
                case 0 -> byOutcome(year);
                case 1 -> byYear(year, reference);
                case 2 -> twoLineHeaders(year, reference);
                default -> spaced(reference);
            };
            Files.writeString(dir.resolve(name + ".txt"), text, StandardCharsets.UTF_8);
            Files.writeString(dir.resolve(name + ".yml"), sidecar(reference, year), StandardCharsets.UTF_8);
        }
        return content;
    }

    private String sidecar(String reference, int year) {
        return "force: Synthetic Police\nreference: \"" + reference + "\"\ntitle: \"Synthetic disclosure " + reference + "\"\n"
                + "subject: \"A generated disclosure for the benchmark.\"\nrequest_date: null\nresponse_date: null\nurl: null\n"
                + "periods:\n  - label: \"" + year + "\"\n    kind: calendar-year\n    start: " + year + "-01-01\n    end: " + year
                + "-12-31\n    partial: false\n    partial_note: null\nscope: \"Victims under 18.\"\nnotes: []\ncorrections: []\n";
    }

    private int n(int max) {
        return random.nextInt(max);
    }

    private String byOutcome(int year) {
        StringBuilder s = new StringBuilder("Table - count of specified offences where all of the following conditions apply:\n\na. financial year "
                + year + "/" + String.format("%02d", (year + 1) % 100) + "\n\n");
        s.append("\tOFFENCE DESCRIPTION\tOUTCOME DESCRIPTION").append("\t".repeat(OUTCOMES.size())).append('\n');
        s.append("HOMC HOOC (Code)\t");
        OUTCOMES.forEach(o -> s.append('\t').append(o));
        s.append("\tGrand Total\n");
        long[] columnTotals = new long[OUTCOMES.size() + 1];
        for (int r = 0; r < OFFENCES.size(); r++) {
            String[] offence = OFFENCES.get(r);
            long[] values = new long[OUTCOMES.size()];
            long total = 0;
            for (int c = 0; c < values.length; c++) {
                values[c] = n(30);
                total += values[c];
                columnTotals[c] += values[c];
            }
            columnTotals[OUTCOMES.size()] += total;
            boolean last = r == OFFENCES.size() - 1;
            s.append(offence[0]).append('\t').append(offence[1]).append(last ? " Grand Total" : "");
            for (int c = 0; c < values.length; c++) {
                s.append('\t').append(values[c]).append(last && c % 2 == 1 ? " " + columnTotals[c] : "");
            }
            s.append('\t').append(total).append(last ? " " + columnTotals[OUTCOMES.size()] : "").append('\n');
        }
        return s.toString();
    }

    private String byYear(int year, String reference) {
        StringBuilder s = new StringBuilder("\n\n1. How many reports of crime were recorded in " + (year - 2) + ", " + (year - 1)
                + " and so far this year? (" + reference + ")\n\n**Sexual offences against children**\n\n");
        s.append('\t').append(year - 2).append('\t').append(year - 1).append('\t').append(year).append("\tGrand Total\n");
        long[] totals = new long[4];
        for (String label : UPPER) {
            s.append(label);
            long row = 0;
            for (int c = 0; c < 3; c++) {
                int v = n(40);
                s.append('\t').append(v == 0 ? "" : String.valueOf(v));
                row += v;
                totals[c] += v;
            }
            totals[3] += row;
            s.append('\t').append(row).append('\n');
        }
        boolean mismatch = n(5) == 0;
        s.append("<b>Grand Total</b>");
        for (int c = 0; c < 4; c++) {
            s.append("\t<b>").append(totals[c] + (mismatch && c == 1 ? 4 : 0)).append("</b>");
        }
        s.append("\n\nSix of the reported crimes above have resulted in a conviction.\n");
        return s.toString();
    }

    private String twoLineHeaders(int year, String reference) {
        StringBuilder s = new StringBuilder("\n\nRequest Reference: " + reference + "\n\n1a. How many cases of internet grooming has your force investigated?\n\nSee Table 1\n\n"
                + "g. Please state the programme used to contact the child.\n\nSee Table 2\n\nTABLE 1\n\n"
                + "Count of Home Office Code 88/1 and 88/2 offences, by Victim Age:\n\n");
        s.append("Victim Age\tYear\t\t\tTotal\n\t").append(year - 2).append('\t').append(year - 1).append('\t').append(year).append("*\t\n");
        s.append(grid(AGES));
        s.append("\n*to 16 July ").append(year).append("\n\nTABLE 2\n\nCount by type of programme used:\n\n");
        s.append("Programme\tYear\t\t\tTotal\n\t").append(year - 2).append('\t').append(year - 1).append('\t').append(year).append("*\t\n");
        s.append(grid(PLATFORMS));
        s.append("\n*to 16 July ").append(year).append("\n\nSection 23(5) Information supplied by, or concerning, certain Security Bodies\n");
        return s.toString();
    }

    private String grid(List<String> labels) {
        StringBuilder s = new StringBuilder();
        long[] totals = new long[4];
        for (String label : labels) {
            s.append(label);
            long row = 0;
            for (int c = 0; c < 3; c++) {
                int v = n(6);
                s.append('\t').append(v == 0 ? "-" : String.valueOf(v));
                row += v;
                totals[c] += v;
            }
            totals[3] += row;
            s.append('\t').append(row).append('\n');
        }
        s.append("Grand Total");
        for (long t : totals) {
            s.append('\t').append(t);
        }
        return s.append('\n').toString();
    }

    private String spaced(String reference) {
        StringBuilder s = new StringBuilder("Skip to content\n\nindecent images with suspects under 18 (" + reference + ")\n\n"
                + "  1. Please could you provide the total number of crimes recorded as Outcome 21 (home office code 86/2)?\n\n"
                + "Please note all outcomes for this offence detailed in the table below.\n\nOutcome Total\n");
        long total = 0;
        for (String outcome : OUTCOMES.subList(0, OUTCOMES.size() - 1)) {
            int v = 1 + n(60);
            total += v;
            s.append(outcome).append(' ').append(v).append('\n');
        }
        s.append("Grand Total ").append(total).append("\n\nPlease note that in order to deal with a crime an arrest is not always necessary.\n\nInclude attachments here");
        return s.toString();
    }
}
