package org.offencestats.handbook.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.ContentSet;
import org.offencestats.handbook.model.DisclosureSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Inputs are regular files inside content/ and templates/ once links are resolved, and extensions are matched
 * without regard to case.
 */
class InputFilesTest {

    @TempDir
    Path tmp;

    private Path content;

    private void write(String file, String text) throws IOException {
        Path path = content.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private void setUp() throws IOException {
        content = tmp.resolve("content");
        write("taxonomies/offences.yml", "offences: []\n");
        write("taxonomies/outcomes.yml", "outcomes: []\n");
    }

    private void link(String file, Path target) throws IOException {
        Path path = content.resolve(file);
        Files.createDirectories(path.getParent());
        try {
            Files.createSymbolicLink(path, target);
        } catch (UnsupportedOperationException | IOException | SecurityException e) {
            assumeTrue(false, "symbolic links cannot be created here: " + e);
        }
    }

    private ContentSet read() {
        return new ContentReader().read(content);
    }

    @Test
    void aDisclosureLinkedToAFileOutsideContentIsRefused() throws IOException {
        setUp();
        Path secret = Files.writeString(tmp.resolve("passwd"), "root:x:0:0:root:/root:/bin/bash\n");
        link("disclosures/x.txt", secret);
        write("disclosures/x.yml", "force: A force\ntitle: A title\n");
        assertThatThrownBy(this::read).isInstanceOf(InputError.class)
                .hasMessageContaining("disclosures/x.txt, line 1")
                .hasMessageContaining("outside content/")
                .hasMessageContaining("expected: a regular file inside content/")
                .hasMessageContaining("copy the file into content/");
    }

    @Test
    void aSidecarOrTaxonomyLinkedOutsideContentIsRefused() throws IOException {
        setUp();
        write("disclosures/x.txt", "Offence\tTotal\nExposure\t3\n");
        link("disclosures/x.yml", Files.writeString(tmp.resolve("elsewhere.yml"), "force: A force\ntitle: A title\n"));
        assertThatThrownBy(this::read).isInstanceOf(InputError.class).hasMessageContaining("disclosures/x.yml, line 1")
                .hasMessageContaining("outside content/");
        Files.delete(content.resolve("disclosures/x.yml"));
        write("disclosures/x.yml", "force: A force\ntitle: A title\n");
        Files.delete(content.resolve("taxonomies/outcomes.yml"));
        link("taxonomies/outcomes.yml", Files.writeString(tmp.resolve("outcomes.yml"), "outcomes: []\n"));
        assertThatThrownBy(this::read).isInstanceOf(InputError.class).hasMessageContaining("taxonomies/outcomes.yml, line 1")
                .hasMessageContaining("outside content/");
    }

    @Test
    void aLinkToAFolderOrToNothingIsRefused() throws IOException {
        setUp();
        write("disclosures/x.yml", "force: A force\ntitle: A title\n");
        link("disclosures/x.txt", content.resolve("taxonomies"));
        assertThatThrownBy(this::read).isInstanceOf(InputError.class).hasMessageContaining("disclosures/x.txt, line 1")
                .hasMessageContaining("not a regular file");
        Files.delete(content.resolve("disclosures/x.txt"));
        link("disclosures/x.txt", content.resolve("disclosures/gone.txt"));
        assertThatThrownBy(this::read).isInstanceOf(InputError.class).hasMessageContaining("disclosures/x.txt, line 1")
                .hasMessageContaining("a link to nothing");
    }

    @Test
    void aLinkWithinContentIsReadLikeTheFileItNames() throws IOException {
        setUp();
        write("archive/x-as-published.txt", "Offence\tTotal\nExposure\t3\n");
        link("disclosures/x.txt", Path.of("../archive/x-as-published.txt"));
        write("disclosures/x.yml", "force: A force\ntitle: A title\n");
        assertThat(read().disclosures()).extracting(d -> d.text().file()).containsExactly("disclosures/x.txt");
    }

    @Test
    void aTemplateLinkedOutsideTheTemplatesFolderIsRefused() throws IOException {
        Path templates = Files.createDirectories(tmp.resolve("templates"));
        Files.writeString(templates.resolve("layout.html"), "<html></html>");
        content = templates;
        link("assets/site.css", Files.writeString(tmp.resolve("outside.css"), "body{}"));
        assertThatThrownBy(() -> InputFiles.requireRegularFilesInside(templates, "templates")).isInstanceOf(InputError.class)
                .hasMessageContaining("assets/site.css, line 1").hasMessageContaining("outside templates/");
    }

    @Test
    void extensionsAreMatchedWithoutRegardToCase() throws IOException {
        setUp();
        write("disclosures/upper.TXT", "Offence\tTotal\nExposure\t3\n");
        write("disclosures/upper.YML", "force: A force\ntitle: Upper\n");
        write("disclosures/mixed.txt", "Offence\tTotal\nExposure\t4\n");
        write("disclosures/mixed.Yml", "force: A force\ntitle: Mixed\n");
        write("pages/about.MD", "---\ntitle: About\n---\nText\n");
        Files.move(content.resolve("taxonomies/outcomes.yml"), content.resolve("taxonomies/outcomes.YML"));
        write("site.YAML.yml", "ignored: by name\n");
        write("site.YML", "title: Cased\n");
        ContentSet set = read();
        assertThat(set.disclosures()).extracting(DisclosureSource::slug).containsExactly("mixed", "upper");
        assertThat(set.disclosures()).extracting(DisclosureSource::sidecarFile).containsExactly("disclosures/mixed.Yml", "disclosures/upper.YML");
        assertThat(set.pages()).hasSize(1);
        assertThat(set.settings().title()).isEqualTo("Cased");
    }

    @Test
    void twoFilesWhoseExtensionsDifferOnlyInCaseAreRefused() throws IOException {
        setUp();
        write("disclosures/x.txt", "Offence\tTotal\nExposure\t3\n");
        write("disclosures/x.yml", "force: A force\ntitle: A title\n");
        write("disclosures/x.YML", "force: Another force\ntitle: A title\n");
        assumeTrue(Files.exists(content.resolve("disclosures/x.yml")) && Files.exists(content.resolve("disclosures/x.YML"))
                && !Files.isSameFile(content.resolve("disclosures/x.yml"), content.resolve("disclosures/x.YML")),
                "this file system tells names apart by case");
        assertThatThrownBy(this::read).isInstanceOf(InputError.class)
                .hasMessageContaining("differ only in the case of their extension").hasMessageContaining("remove or rename one");
    }
}
