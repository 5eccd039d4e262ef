package org.offencestats.handbook.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * {@code handbook build} with plain options, read without picocli. Building the picocli model of every command (its
 * classes cannot go into Java 17's class-data archive, and it reads each command's annotations reflectively) is a
 * measurable part of a small build's start-up (docs/performance.md). Anything this does not recognise exactly (help,
 * version, other commands, repeated or unknown options, {@code @files}, {@code -o=x}, a value that looks like an
 * option) goes to picocli as before, so errors and help read the same. {@code QuickBuildTest} checks that picocli
 * reads every accepted line to the same values.
 */
final class QuickBuild {

    private QuickBuild() {
    }

    /** The build these arguments ask for, or null when picocli must read them. */
    static BuildCommand parse(String[] args) {
        if (args.length == 0 || !args[0].equals("build")) {
            return null;
        }
        String content = null;
        String templates = null;
        String output = null;
        String baseUrl = null;
        for (int i = 1; i < args.length; i++) {
            String name = args[i];
            String value;
            int equals = name.indexOf('=');
            if (name.startsWith("--") && equals > 2) {
                value = name.substring(equals + 1);
                name = name.substring(0, equals);
            } else if (i + 1 < args.length) {
                value = args[++i];
            } else {
                return null;
            }
            if (value.isEmpty() || value.startsWith("-") || value.startsWith("@")) {
                return null;
            }
            switch (name) {
                case "--content" -> {
                    if (content != null) {
                        return null;
                    }
                    content = value;
                }
                case "--templates" -> {
                    if (templates != null) {
                        return null;
                    }
                    templates = value;
                }
                case "--output", "-o" -> {
                    if (output != null) {
                        return null;
                    }
                    output = value;
                }
                case "--base-url" -> {
                    if (baseUrl != null) {
                        return null;
                    }
                    baseUrl = value;
                }
                default -> {
                    return null;
                }
            }
        }
        try {
            BuildCommand build = new BuildCommand();
            build.dirs = new SourceDirs();
            build.dirs.content = Path.of(content == null ? "content" : content);
            build.dirs.templates = Path.of(templates == null ? "templates" : templates);
            build.output = Path.of(output == null ? "site" : output);
            build.baseUrl = baseUrl;
            return build;
        } catch (InvalidPathException e) {
            return null;
        }
    }

    /** Runs the build as picocli would: its exit code, or 1 with the stack trace for an unexpected exception. */
    static int run(BuildCommand build) {
        try {
            return build.call();
        } catch (RuntimeException e) {
            e.printStackTrace();
            return 1;
        }
    }
}
