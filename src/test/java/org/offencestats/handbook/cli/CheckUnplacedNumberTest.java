package org.offencestats.handbook.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A number no reader claims and no rule explains is a warning: `check --strict` (CI) fails on it, naming its file,
 * line and column; plain `check` reports it and passes. The fixture is written here, laid out as content/ is.
 */
class CheckUnplacedNumberTest {

    /** A clean table, then a sentence whose number is neither a figure the handbook reads nor a date, code or the like. */
    private static final String TEXT = "Platform\tTotal\nFacebook\t3\nTwitter\t2\nGrand Total\t5\n\nAfter review 47 went to the panel.\n";
    private static final String SIDECAR = """
            force: West Midlands Police
            reference: null
            title: "A fixture with an unplaced number"
            subject: null
            request_date: null
            response_date: null
            url: null
            periods: []
            scope: null
            notes: []
            corrections: []
            """;

    @TempDir
    Path tmp;

    private Path content;

    @BeforeEach
    void writeContent() throws IOException {
        content = tmp.resolve("content");
        Files.createDirectories(content.resolve("disclosures"));
        TestFiles.copyTree(Path.of("content/taxonomies"), content.resolve("taxonomies"));
        Files.writeString(content.resolve("disclosures/x.txt"), TEXT);
        Files.writeString(content.resolve("disclosures/x.yml"), SIDECAR);
    }

    @Test
    void strictCheckFailsOnAnUnplacedNumberNamingItsLineAndColumn() {
        Run run = check("--strict");
        assertThat(run.code()).as(run.out()).isEqualTo(1);
        assertThat(run.out()).contains("disclosures/x.txt, line 6, column 14").contains("\"47\"").contains("unplaced")
                .contains("1 unplaced number").contains("Result: FAILED (0 errors, 1 warnings");
    }

    @Test
    void plainCheckReportsTheSameNumberAndPasses() {
        Run run = check();
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).contains("disclosures/x.txt, line 6, column 14").contains("1 unplaced number")
                .contains("Result: OK (0 errors, 1 warnings");
    }

    @Test
    void withoutTheNumberStrictCheckPasses() throws IOException {
        Files.writeString(content.resolve("disclosures/x.txt"), TEXT.replace("After review 47 went", "After review they went"));
        Run run = check("--strict");
        assertThat(run.code()).as(run.out()).isZero();
        assertThat(run.out()).contains("0 unplaced numbers").contains("Result: OK (0 errors, 0 warnings");
    }

    private record Run(int code, String out) {
    }

    private Run check(String... extra) {
        List<String> args = new ArrayList<>(List.of("check", "--content", content.toString(), "--templates", "templates"));
        args.addAll(List.of(extra));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            int code = new CommandLine(new HandbookCommand()).execute(args.toArray(String[]::new));
            return new Run(code, out.toString(StandardCharsets.UTF_8).replace(tmp + "/", ""));
        } finally {
            System.setOut(old);
        }
    }
}
