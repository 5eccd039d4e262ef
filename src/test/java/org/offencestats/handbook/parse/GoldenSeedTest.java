package org.offencestats.handbook.parse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offencestats.handbook.ModelFixture;
import org.offencestats.handbook.model.Disclosure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One golden file per seed: the parsed model and its audit in {@link ModelText} form. The files were checked
 * by hand against the sources. After a deliberate change, regenerate with {@code -Dgolden.update=true} and
 * review the diff line by line before committing it.
 */
class GoldenSeedTest {

    static List<String> seeds() {
        return ModelFixture.seeds().disclosures().stream().map(Disclosure::slug).toList();
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void parsedModelEqualsItsGoldenFile(String slug) throws IOException {
        Disclosure d = ModelFixture.seeds().disclosure(slug);
        String actual = ModelText.of(d.parsed(), d.audits());
        String name = Path.of(d.source().file()).getFileName().toString().replaceFirst("\\.txt$", ".golden.txt");
        Path golden = Path.of("src/test/resources/golden").resolve(name);
        if (Boolean.getBoolean("golden.update")) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertThat(golden).as("golden file %s (create it with -Dgolden.update=true, then check it by hand)", golden).isRegularFile();
        assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
    }
}
