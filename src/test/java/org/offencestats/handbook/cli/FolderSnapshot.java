package org.offencestats.handbook.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** Every entry under a folder (files with their bytes, folders, links with their targets), to prove nothing changed. */
final class FolderSnapshot {

    private FolderSnapshot() {
    }

    static Map<String, String> of(Path root) throws IOException {
        Map<String, String> entries = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.toList()) {
                String name = root.relativize(p).toString();
                if (Files.isSymbolicLink(p)) {
                    entries.put(name, "link to " + Files.readSymbolicLink(p));
                } else if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) {
                    entries.put(name, "folder");
                } else {
                    entries.put(name, "file " + java.util.Arrays.hashCode(Files.readAllBytes(p)) + " " + Files.size(p));
                }
            }
        }
        return entries;
    }
}
