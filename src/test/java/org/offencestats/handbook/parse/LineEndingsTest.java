package org.offencestats.handbook.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offencestats.handbook.audit.TableAuditor;
import org.offencestats.handbook.ingest.SourceTextReader;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.SiteSettings;
import org.offencestats.handbook.model.TableAudit;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A response saved with old Mac line endings (CR only) or with a mix of CR, LF and CRLF reads exactly like the same
 * response with LF: every table cell and stated figure, on the same line and column.
 */
class LineEndingsTest {

    static Stream<Path> seeds() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("content/disclosures"))) {
            return files.filter(p -> p.toString().endsWith(".txt")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void crOnlyAndMixedLineEndingsGiveTheSameFigures(Path seed) throws IOException {
        String[] lines = Files.readString(seed, StandardCharsets.UTF_8).split("\r\n|\r|\n", -1);
        String original = modelOf(seed, join(lines, "\n"));
        assertThat(original).contains("## Tables").contains("## Numbers");
        assertThat(modelOf(seed, join(lines, "\r"))).as("CR only").isEqualTo(original);
        assertThat(modelOf(seed, join(lines, "\r\n", "\n", "\r"))).as("mixed CRLF, LF and CR").isEqualTo(original);
        assertThat(modelOf(seed, join(lines, "\r", "\r\n", "\n", "\n"))).as("mixed CR, CRLF and LF").isEqualTo(original);
    }

    /**
     * The lines joined by {@code endings} in turn. A CR is never followed by an LF ending, which would make one CRLF:
     * that text has one line fewer in any reader.
     */
    private static byte[] join(String[] lines, String... endings) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < lines.length; i++) {
            out.writeBytes(lines[i].getBytes(StandardCharsets.UTF_8));
            if (i < lines.length - 1) {
                out.writeBytes(endings[i % endings.length].getBytes(StandardCharsets.UTF_8));
            }
        }
        return out.toByteArray();
    }

    private static ParsedDisclosure parse(Path seed, byte[] bytes) {
        String file = "disclosures/" + seed.getFileName();
        return new DisclosureParser().parse(new SourceTextReader(SiteSettings.DEFAULT_MAX_DISCLOSURE_BYTES).read(file, bytes));
    }

    private static String modelOf(Path seed, byte[] bytes) {
        ParsedDisclosure parsed = parse(seed, bytes);
        Map<String, TableAudit> audits = new TreeMap<>();
        TableAuditor auditor = new TableAuditor();
        for (DataTable table : parsed.tables()) {
            audits.put(table.id(), auditor.audit(table));
        }
        return ModelText.of(parsed, audits);
    }
}
