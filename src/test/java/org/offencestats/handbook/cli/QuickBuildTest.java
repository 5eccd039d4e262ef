package org.offencestats.handbook.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The start-up path that reads {@code build}'s options without picocli reads them as picocli does, or not at all. */
class QuickBuildTest {

    private static final List<List<String>> ACCEPTED = List.of(
            List.of("build"),
            List.of("build", "--content", "c", "--templates", "t", "--output", "out", "--base-url", "https://example.org/h/"),
            List.of("build", "-o", "public/site"),
            List.of("build", "--output=o", "--content=some/content", "--templates=tpl", "--base-url=https://x.invalid/"),
            List.of("build", "--base-url", "https://example.org/a=b?c=d", "--content", "a b"),
            List.of("build", "--output", "/tmp/handbook out", "--templates", "templates"));

    private static final List<List<String>> LEFT_TO_PICOCLI = List.of(
            List.of(), List.of("check"), List.of("serve"), List.of("--help"), List.of("build", "--help"),
            List.of("build", "-h"), List.of("build", "-V"), List.of("build", "--version"), List.of("build", "-o"),
            List.of("build", "--output"), List.of("build", "--output="), List.of("build", "-o=site"), List.of("build", "-osite"),
            List.of("build", "--output", "a", "--output", "b"), List.of("build", "-o", "a", "--output=b"),
            List.of("build", "--content", "a", "--content=b"), List.of("build", "extra"), List.of("build", "--unknown", "x"),
            List.of("build", "--output", "--content"), List.of("build", "--output", "-"), List.of("build", "@args.txt"),
            List.of("build", "--content", "@args.txt"), List.of("build", "--output", "a\0b"), List.of("Build"),
            List.of("build", "--", "x"), List.of("build", "--base-url", "x", "--base-url", "y"));

    @Test
    void acceptedLinesGetTheValuesPicocliGivesThem() {
        for (List<String> line : ACCEPTED) {
            String[] args = line.toArray(String[]::new);
            BuildCommand quick = QuickBuild.parse(args);
            assertThat(quick).as("read without picocli: %s", line).isNotNull();
            BuildCommand picocli = viaPicocli(args);
            assertThat(quick.dirs.content).as("--content of %s", line).isEqualTo(picocli.dirs.content);
            assertThat(quick.dirs.templates).as("--templates of %s", line).isEqualTo(picocli.dirs.templates);
            assertThat(quick.output).as("--output of %s", line).isEqualTo(picocli.output);
            assertThat(quick.baseUrl).as("--base-url of %s", line).isEqualTo(picocli.baseUrl);
        }
    }

    @Test
    void helpErrorsUnusualFormsAndOtherCommandsGoToPicocli() {
        for (List<String> line : LEFT_TO_PICOCLI) {
            assertThat(QuickBuild.parse(line.toArray(String[]::new))).as("left to picocli: %s", line).isNull();
        }
    }

    /** A build option added to BuildCommand but not here would silently take the slow path: this says so. */
    @Test
    void everyValueOptionOfBuildIsKnown() {
        CommandLine build = new CommandLine(new HandbookCommand()).getSubcommands().get("build");
        for (OptionSpec option : build.getCommandSpec().options()) {
            if (option.usageHelp() || option.versionHelp()) {
                continue;
            }
            for (String name : option.names()) {
                assertThat(QuickBuild.parse(new String[] {"build", name, "x"})).as("option %s", name).isNotNull();
            }
        }
    }

    @Test
    void anUnexpectedFailureExitsOneAsPicocliWould() {
        BuildCommand broken = new BuildCommand();
        assertThat(QuickBuild.run(broken)).isEqualTo(1);
    }

    private static BuildCommand viaPicocli(String[] args) {
        CommandLine.ParseResult result = new CommandLine(new HandbookCommand()).parseArgs(args);
        return (BuildCommand) result.subcommand().commandSpec().userObject();
    }
}
