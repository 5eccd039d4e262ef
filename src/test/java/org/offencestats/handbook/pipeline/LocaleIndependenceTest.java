package org.offencestats.handbook.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.offencestats.handbook.SiteFixture;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The site never depends on the JVM's default locale: one whose digits are not ASCII (Arabic-Indic, Devanagari,
 * Thai) or whose case rules differ (Turkish dotless i) builds the same bytes as the seeds' recorded site.
 */
class LocaleIndependenceTest {

    @ParameterizedTest
    @ValueSource(strings = {"ar-EG", "hi-IN-u-nu-deva", "th-TH-u-nu-thai", "tr-TR"})
    void theSeedsBuildByteForByteTheSameUnderAnyDefaultLocale(String tag) {
        Map<String, byte[]> expected = SiteFixture.seeds().site().files();
        Locale previous = Locale.getDefault();
        Map<String, byte[]> actual;
        try {
            Locale.setDefault(Locale.forLanguageTag(tag));
            actual = new Pipeline(SiteFixture.CONTENT, SiteFixture.TEMPLATES).render().site().files();
        } finally {
            Locale.setDefault(previous);
        }
        assertThat(actual.keySet()).as(tag).isEqualTo(expected.keySet());
        expected.forEach((path, bytes) -> assertThat(new String(actual.get(path), StandardCharsets.UTF_8)).as(tag + ": " + path)
                .isEqualTo(new String(bytes, StandardCharsets.UTF_8)));
    }

    /** Formatting and case mapping name their locale, so code added later cannot bring the dependence back. */
    @Test
    void noFormattingOrCaseMappingUsesTheDefaultLocale() throws IOException {
        Pattern implicit = Pattern.compile("String\\.format\\((?!(java\\.util\\.)?Locale\\.)|\\.formatted\\(|\\.printf\\((?!(java\\.util\\.)?Locale\\.)"
                + "|toLowerCase\\(\\)|toUpperCase\\(\\)|NumberFormat\\.get\\w*Instance\\(\\)|DateTimeFormatter\\.ofPattern\\(\"[^\"]*\"\\)");
        List<String> found = new ArrayList<>();
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source : sources.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                List<String> lines = Files.readAllLines(source, StandardCharsets.UTF_8);
                for (int i = 0; i < lines.size(); i++) {
                    if (implicit.matcher(lines.get(i)).find()) {
                        found.add(source + ":" + (i + 1) + ": " + lines.get(i).strip());
                    }
                }
            }
        }
        assertThat(found).as("pass Locale.ROOT").isEmpty();
    }
}
