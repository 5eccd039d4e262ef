package org.offencestats.handbook.cli;

import org.offencestats.handbook.InputError;
import org.offencestats.handbook.ReadingFailure;
import org.offencestats.handbook.pipeline.BuildSummary;
import org.offencestats.handbook.pipeline.Pipeline;
import org.offencestats.handbook.publish.OutputRefused;
import org.offencestats.handbook.model.Problem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code handbook build}: reads content/ and templates/, writes site/ in one atomic step. */
@Command(name = "build", mixinStandardHelpOptions = true, description = "Build the site from content/ and templates/ into site/.")
final class BuildCommand implements Callable<Integer> {

    @Mixin
    SourceDirs dirs;

    @Option(names = {"--output", "-o"}, defaultValue = "site", description = "Output folder, replaced whole: new, empty, or a site an earlier build wrote; "
            + "never an input, current, home or system folder (default: ${DEFAULT-VALUE}).")
    Path output;

    @Option(names = "--base-url", description = "Where the site will be published, e.g. https://example.org/handbook/ "
            + "(overrides base_url in content/site.yml; used for canonical URLs, the sitemap and the feed).")
    String baseUrl;

    @Override
    public Integer call() {
        PrintStream out = System.out;
        try {
            BuildSummary result = new Pipeline(dirs.content, dirs.templates, baseUrl).build(output);
            List<Problem> problems = result.handbook().problems();
            long warnings = problems.stream().filter(p -> p.severity() != Problem.Severity.NOTE).count();
            out.printf(java.util.Locale.ROOT, "Built %s: %d pages, %d disclosures, %d tables, %s, %d warnings, %d notes, in %d ms%n",
                    output, result.pageCount(), result.handbook().disclosures().size(), result.tableCount(), result.figureCounts(),
                    warnings, problems.size() - warnings, result.millis());
            if (warnings > 0) {
                out.println("Run `check` for the warnings: labels no taxonomy names, unreadable figures, numbers that could not be placed.");
            }
            return 0;
        } catch (InputError e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("The previous site (if any) was left unchanged.");
            return 1;
        } catch (ReadingFailure e) {
            System.err.println("error: " + e.getMessage());
            return 1;
        } catch (OutputRefused e) {
            System.err.println("error: " + e.getMessage());
            System.err.println("Nothing was written.");
            return 2;
        } catch (OutOfMemoryError e) {
            long limit = Runtime.getRuntime().maxMemory() / (1024 * 1024);
            System.err.println("error: the build ran out of memory (its heap limit is " + limit + " MiB).");
            System.err.println("Give it more: HANDBOOK_HEAP=2g ./handbook build, or java -Xmx2g -jar target/handbook.jar build."
                    + " The previous site (if any) was left unchanged.");
            return 3;
        }
    }
}
