package org.offencestats.handbook.parse.numbers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Every line of the seeds' disclosures and of the test fixtures' text files (golden, hostile, bad input...). */
final class SourceLines {

    private SourceLines() {
    }

    static List<String> all() {
        List<String> lines = new ArrayList<>();
        for (Path root : List.of(Path.of("content/disclosures"), Path.of("src/test/resources"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                    lines.addAll(new String(Files.readAllBytes(f), StandardCharsets.UTF_8).lines().toList());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return lines;
    }
}
