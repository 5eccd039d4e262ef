package org.offencestats.handbook.cli;

import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offencestats.handbook.TestFiles;
import picocli.CommandLine;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bad-input corpus (src/test/resources/bad-input): each case is a content folder with one defect and an
 * expect.txt giving check's arguments, exit code, and what the message must say (file and line, what was expected,
 * how to fix it). The project's taxonomies are added to each case.
 */
class BadInputCorpusTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad-input");

    @TempDir
    Path tmp;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CORPUS)) {
            List<String> names = dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
            assertThat(names).hasSizeGreaterThanOrEqualTo(12);
            return names.stream();
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void checkReportsTheDefectClearly(String name) throws IOException {
        Path source = CORPUS.resolve(name);
        Path content = tmp.resolve("content");
        Files.createDirectories(content);
        TestFiles.copyTree(source.resolve("disclosures"), content.resolve("disclosures"));
        TestFiles.copyTree(Path.of("content/taxonomies"), content.resolve("taxonomies"));
        // A case may also bring its own pages, site settings or taxonomy files (laid over the project's).
        if (Files.isDirectory(source.resolve("taxonomies"))) {
            TestFiles.overlay(source.resolve("taxonomies"), content.resolve("taxonomies"));
        }
        if (Files.isDirectory(source.resolve("pages"))) {
            TestFiles.copyTree(source.resolve("pages"), content.resolve("pages"));
        }
        if (Files.isRegularFile(source.resolve("site.yml"))) {
            Files.copy(source.resolve("site.yml"), content.resolve("site.yml"));
        }
        Path templates = Path.of("templates");
        if (Files.isDirectory(source.resolve("templates"))) {
            templates = TestFiles.copyTree(Path.of("templates"), tmp.resolve("templates"));
            TestFiles.overlay(source.resolve("templates"), templates);
        }
        List<String> args = new ArrayList<>(List.of("check", "--content", content.toString(), "--templates", templates.toString()));
        int exit = 0;
        List<String> contains = new ArrayList<>();
        for (String line : Files.readAllLines(source.resolve("expect.txt"))) {
            if (line.startsWith("args: ")) {
                args.addAll(List.of(line.substring(6).split(" ")));
            } else if (line.startsWith("exit: ")) {
                exit = Integer.parseInt(line.substring(6));
            } else if (line.startsWith("contains: ")) {
                contains.add(line.substring(10));
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        int code;
        try {
            code = new CommandLine(new HandbookCommand()).execute(args.toArray(String[]::new));
        } finally {
            System.setOut(old);
        }
        String report = out.toString(StandardCharsets.UTF_8).replace(tmp.toString() + "/", "");
        assertThat(code).as(name + ":\n" + report).isEqualTo(exit);
        for (String fragment : contains) {
            assertThat(report).as(name).contains(fragment);
        }
        assertThat(contains).isNotEmpty();
    }
}
