package org.offencestats.handbook.ingest;

import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.SourceRef;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The files of an input folder (content/ or templates/). Every input is a regular file inside the folder once links
 * are resolved, so a link cannot publish a file from elsewhere on the machine (a "disclosure" linked to /etc/passwd).
 * Extensions are matched without regard to case: "x.TXT" with "x.YML" is a disclosure like "x.txt" with "x.yml".
 */
public final class InputFiles {

    private final Path root;
    private final String rootName;
    private final String namePrefix;
    private final Path realRoot;
    /** What this reading of the folder listed, and which of its folders are inside the root once links are resolved. */
    private final Map<Path, List<Path>> listings = new ConcurrentHashMap<>();
    private final Map<Path, Boolean> folderInside = new ConcurrentHashMap<>();
    private final Map<Path, Map<String, Object>> statuses = new ConcurrentHashMap<>();
    private volatile boolean unixStatus = true;

    /** Messages name a file by its path within {@code root}, after {@code namePrefix}. */
    private InputFiles(Path root, String rootName, String namePrefix) {
        this.root = root;
        this.rootName = rootName;
        this.namePrefix = namePrefix;
        try {
            this.realRoot = root.toRealPath();
        } catch (IOException e) {
            throw new InputError(SourceRef.line(root.toString(), 0), "cannot open the " + rootName + " folder: " + e.getMessage(),
                    "a readable folder", "check the path and permissions", e);
        }
    }

    /** content/: files are named relative to it, as the model names them. */
    static InputFiles content(Path contentDir) {
        return new InputFiles(contentDir, "content", "");
    }

    /** Refuses any file under {@code root} that is not a regular file inside it once links are resolved. */
    public static void requireRegularFilesInside(Path root, String rootName) {
        if (!Files.isDirectory(root)) {
            return; // the renderer says what is missing
        }
        InputFiles files = new InputFiles(root, rootName, root + "/");
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted().toList()) {
                if (Files.isSymbolicLink(p) || !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    files.checked(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + root, e);
        }
    }

    /**
     * The files of {@code dir} whose extension is {@code extension} in any case, by base name in name order, each
     * checked; two names that differ only in the case of their extension are refused.
     */
    SortedMap<String, Path> byBaseName(Path dir, String extension) {
        SortedMap<String, Path> found = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return found;
        }
        try {
            for (Path p : listing(dir)) {
                if (!hasExtension(p, extension)) {
                    continue;
                }
                Path previous = found.putIfAbsent(baseName(p), checked(p));
                if (previous != null) {
                    throw new InputError(SourceRef.line(shown(p), 1), "the names " + previous.getFileName() + " and "
                            + p.getFileName() + " differ only in the case of their extension",
                            "one file per name (extensions are read without regard to case)", "remove or rename one of them");
                }
            }
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }

    /** {@code dir}/{@code base}.{@code extension}, its extension in any case; null when absent. */
    Path find(Path dir, String base, String extension) {
        return byBaseName(dir, extension).get(base);
    }

    /** The bytes of {@code file}, once checked. */
    byte[] read(Path file) {
        try {
            return Files.readAllBytes(checked(file));
        } catch (IOException e) {
            throw new InputError(SourceRef.line(shown(file), 1), "cannot read the file: " + e.getMessage(),
                    "a readable file", "check the path and permissions", e);
        }
    }

    /** The entries of {@code dir}, sorted: listed once per reading of the folder (a disclosure's text and sidecar share one). */
    private List<Path> listing(Path dir) throws IOException {
        List<Path> listed = listings.get(dir);
        if (listed == null) {
            try (Stream<Path> entries = Files.list(dir)) {
                listed = entries.sorted().toList();
            }
            listings.put(dir, listed);
        }
        return listed;
    }

    /**
     * Whether {@code file} is a regular file, not a link, in a folder that is inside the root once links are resolved:
     * then it is inside the root, known from one status call instead of resolving every part of its path.
     */
    private boolean plainFileInside(Path file) {
        Path dir = file.getParent();
        if (dir == null) {
            return false;
        }
        Boolean inside = folderInside.get(dir);
        if (inside == null) {
            try {
                inside = dir.toRealPath().startsWith(realRoot);
            } catch (IOException e) {
                inside = false;
            }
            folderInside.put(dir, inside);
        }
        if (!inside) {
            return false;
        }
        try {
            if (unixStatus) {
                try {
                    Map<String, Object> status = Files.readAttributes(file, FileReads.UNIX_STATUS + ",isRegularFile", LinkOption.NOFOLLOW_LINKS);
                    if (Boolean.TRUE.equals(status.get("isRegularFile"))) {
                        statuses.put(file, status);
                        return true;
                    }
                    return false;
                } catch (UnsupportedOperationException | IllegalArgumentException e) {
                    unixStatus = false;
                }
            }
            return Files.readAttributes(file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS).isRegularFile();
        } catch (IOException e) {
            return false; // the full check below says why
        }
    }

    /**
     * The status (size, times, identity) of a plain file found by this reading when it was checked, once: what a
     * reader of the file may take as its status before reading it, instead of asking for it again.
     */
    Map<String, Object> statusWhenChecked(Path file) {
        return statuses.remove(file);
    }

    /** {@code file} unchanged, once it is known to be a regular file inside the folder after resolving links. */
    Path checked(Path file) {
        if (plainFileInside(file)) {
            return file;
        }
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            throw new InputError(SourceRef.line(shown(file), 1), "the file does not exist",
                    "the file " + shown(file), "add the file (see README: 'How it is laid out')");
        }
        Path real;
        try {
            real = file.toRealPath();
        } catch (IOException e) {
            throw new InputError(SourceRef.line(shown(file), 1), "the file is a link to nothing (" + e.getMessage() + ")",
                    "a regular file inside " + rootName + "/", "replace the link with the file itself, or remove it");
        }
        if (!real.startsWith(realRoot)) {
            throw new InputError(SourceRef.line(shown(file), 1), "the file is a link to " + real + ", outside " + rootName + "/",
                    "a regular file inside " + rootName + "/ (links may point only within it)",
                    "copy the file into " + rootName + "/ instead of linking to it, or remove the link");
        }
        if (!Files.isRegularFile(real)) {
            throw new InputError(SourceRef.line(shown(file), 1), "the input is not a regular file (a folder, device or pipe)",
                    "a regular file", "replace it with the file itself, or remove it");
        }
        return file;
    }

    /** {@code file} relative to the folder, with '/' separators, as the model and messages name it. */
    String relative(Path file) {
        return root.relativize(file).toString().replace('\\', '/');
    }

    static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static boolean hasExtension(Path file, String extension) {
        return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith("." + extension);
    }

    private String shown(Path file) {
        return file.startsWith(root) ? namePrefix + relative(file) : file.toString();
    }
}
