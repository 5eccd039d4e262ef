package org.offencestats.handbook.publish;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Decides whether a build may replace an output folder whole. It refuses, before anything is written, an output
 * that is, holds or lies inside an input folder; that is or holds the current folder, the home folder or a
 * system folder; that is a file; or that holds files but not the marker an earlier build wrote. A symbolic link is
 * judged by the folder it leads to, and that folder is the one written.
 */
public final class OutputGuard {

    private static final String CHOOSE = "choose a folder of its own for --output, e.g. site (the default) or public: "
            + "every build replaces it whole";

    private final List<Path> inputs;
    private final List<Path> currentFolders;
    private final Path home;
    private final List<Path> systemFolders;

    /** Guards {@code inputs} and the current folder and home folder this JVM was started with. */
    public static OutputGuard protecting(List<Path> inputs) {
        return new OutputGuard(inputs, List.of(Path.of(""), Path.of(System.getProperty("user.dir"))),
                Path.of(System.getProperty("user.home")));
    }

    public OutputGuard(List<Path> inputs, List<Path> currentFolders, Path home) {
        this.inputs = inputs.stream().map(RealPaths::orAbsolute).toList();
        this.currentFolders = currentFolders.stream().map(RealPaths::orAbsolute).distinct().toList();
        this.home = RealPaths.orAbsolute(home);
        this.systemFolders = SystemFolders.all();
    }

    /** The folder to write: {@code output} itself, or the folder a symbolic link at {@code output} leads to. */
    public Path check(Path output) {
        Path absolute = output.toAbsolutePath().normalize();
        String shown = absolute.toString();
        Path real;
        try {
            real = RealPaths.of(absolute);
        } catch (IOException e) {
            throw new OutputRefused(shown, "it is a symbolic link to nothing, or a link on its path is",
                    "point the link at a folder, or choose another --output");
        }
        if (!real.equals(absolute)) {
            shown += " (which leads to " + real + ")";
        }
        Optional<String> why = reasonToRefuse(real);
        if (why.isPresent()) {
            throw new OutputRefused(shown, why.get(), CHOOSE);
        }
        if (Files.exists(real) && !Files.isDirectory(real)) {
            throw new OutputRefused(shown, "it is a file, not a folder", "choose a folder, not a file");
        }
        if (Files.isDirectory(real) && !isEmpty(real) && !SiteMarker.marks(real)) {
            throw new OutputRefused(shown, "it holds files but no " + SiteMarker.NAME + " marker, so no earlier build wrote it",
                    "choose a new or empty folder; if a build from before builds marked their output wrote this one, "
                            + "delete it once (a build makes every file again)");
        }
        return real;
    }

    private Optional<String> reasonToRefuse(Path target) {
        if (target.getFileName() == null) {
            return Optional.of("it is the root of a file system");
        }
        for (Path system : systemFolders) {
            if (system.startsWith(target)) {
                return Optional.of(relation(target, system) + " the system folder " + system);
            }
        }
        if (home.startsWith(target)) {
            return Optional.of(relation(target, home) + " the home folder " + home);
        }
        for (Path input : inputs) {
            if (input.startsWith(target)) {
                return Optional.of(relation(target, input) + " the input folder " + input);
            }
            if (target.startsWith(input)) {
                return Optional.of("it lies inside the input folder " + input);
            }
        }
        for (Path current : currentFolders) {
            if (current.startsWith(target)) {
                return Optional.of(relation(target, current) + " the current folder " + current);
            }
        }
        return Optional.empty();
    }

    private static String relation(Path target, Path protectedFolder) {
        return target.equals(protectedFolder) ? "it is" : "it holds";
    }

    private static boolean isEmpty(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the output folder " + folder + ": " + e.getMessage(), e);
        }
    }
}
