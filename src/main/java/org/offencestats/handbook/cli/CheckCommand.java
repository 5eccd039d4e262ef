package org.offencestats.handbook.cli;

import org.offencestats.handbook.InputError;
import org.offencestats.handbook.ReadingFailure;
import org.offencestats.handbook.pipeline.BuildSummary;
import org.offencestats.handbook.pipeline.Pipeline;
import org.offencestats.handbook.model.AuditFinding;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code handbook check}: reads, parses, links, audits and renders in memory, writes nothing, and reports errors,
 * warnings (what a maintainer should fix), audit findings and notes (source quirks the handbook handled).
 * Exits 1 on errors; with {@code --strict}, on warnings too.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Check content/ and templates/ without writing the site; exit 1 on errors (and warnings with --strict).")
final class CheckCommand implements Callable<Integer> {

    @Mixin
    SourceDirs dirs;

    @Option(names = "--strict", description = "Also fail on warnings (for CI).")
    boolean strict;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        BuildSummary result;
        try {
            result = new Pipeline(dirs.content, dirs.templates).check();
        } catch (ReadingFailure e) {
            out.println("error: " + e.getMessage());
            out.println("Result: FAILED (1 error)");
            return 1;
        } catch (InputError e) {
            out.println("error: " + e.getMessage());
            out.println("Result: FAILED (1 error)");
            return 1;
        }
        List<Problem> problems = result.handbook().problems();
        out.printf(java.util.Locale.ROOT, "Checked %s: %d disclosures, %d tables, %s, %d pages.%n", dirs.content,
                result.handbook().disclosures().size(), result.tableCount(), result.figureCounts(), result.pageCount());
        List<Problem> errors = of(problems, Problem.Severity.ERROR);
        List<Problem> warnings = of(problems, Problem.Severity.WARNING);
        List<Problem> notes = of(problems, Problem.Severity.NOTE);
        section(out, "Errors", "input that must be fixed", errors);
        section(out, "Warnings", "labels no taxonomy names, unreadable figures, numbers that could not be placed: a maintainer should look", warnings);
        List<String> audit = new ArrayList<>();
        for (Disclosure d : result.handbook().disclosures()) {
            for (var a : d.audits().values()) {
                for (AuditFinding f : a.findings()) {
                    audit.add(f.ref().cite() + ": " + f.message());
                }
            }
        }
        out.println();
        out.println("Audit findings (" + audit.size() + "): shown to readers beside their tables");
        audit.forEach(line -> out.println("  " + line));
        section(out, "Notes", "quirks of the published sources that the handbook handled and shows", notes);
        boolean failed = !errors.isEmpty() || (strict && !warnings.isEmpty());
        out.println();
        out.printf(java.util.Locale.ROOT, "Result: %s (%d errors, %d warnings, %d notes%s)%n", failed ? "FAILED" : "OK", errors.size(), warnings.size(),
                notes.size(), strict ? ", strict" : "");
        return failed ? 1 : 0;
    }

    private static List<Problem> of(List<Problem> problems, Problem.Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).toList();
    }

    private static void section(PrintStream out, String title, String what, List<Problem> problems) {
        out.println();
        out.println(title + " (" + problems.size() + "): " + what);
        problems.forEach(p -> out.println("  " + p.format()));
    }
}
