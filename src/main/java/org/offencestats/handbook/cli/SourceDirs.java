package org.offencestats.handbook.cli;

import picocli.CommandLine.Option;

import java.nio.file.Path;

/** The input folders every command reads: content/ and templates/. */
final class SourceDirs {

    @Option(names = "--content", defaultValue = "content", description = "Content directory (default: ${DEFAULT-VALUE}).")
    Path content;

    @Option(names = "--templates", defaultValue = "templates", description = "Templates directory (default: ${DEFAULT-VALUE}).")
    Path templates;
}
