package org.offencestats.handbook.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The command-line entry point: {@code handbook build}, {@code check} and {@code serve}. */
@Command(name = "handbook", mixinStandardHelpOptions = true, version = "handbook 0.1.0",
        description = "Builds the offence-statistics handbook: police FOI disclosures in, a static site out.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class, MeasureCommand.class})
public final class HandbookCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        BuildCommand quick = QuickBuild.parse(args);
        System.exit(quick != null ? QuickBuild.run(quick) : new CommandLine(new HandbookCommand()).execute(args));
    }

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. 'build'");
    }
}
