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

/** content/ is read whole and strictly: every disclosure with its sidecar, pages, taxonomies and settings. */
class ContentReaderTest {

    @TempDir
    Path content;

    private void write(String file, String text) throws IOException {
        Path path = content.resolve(file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, text);
    }

    private void disclosure(String base, String reference) throws IOException {
        write("disclosures/" + base + ".txt", "Offence\tTotal\nExposure\t3\n");
        write("disclosures/" + base + ".yml", "force: A force\ntitle: A title\n"
                + (reference == null ? "" : "reference: \"" + reference + "\"\n"));
    }

    private void taxonomies() throws IOException {
        write("taxonomies/offences.yml", "offences: []\n");
        write("taxonomies/outcomes.yml", "outcomes: []\n");
    }

    private ContentSet read() {
        return new ContentReader().read(content);
    }

    @Test
    void disclosuresAreNamedByReferenceElseFileNameAndListedInNameOrder() throws IOException {
        taxonomies();
        disclosure("zeta", null);
        disclosure("alpha", "FOI 2021/99");
        ContentSet set = read();
        assertThat(set.disclosures()).extracting(DisclosureSource::slug).containsExactly("foi-2021-99", "zeta");
        DisclosureSource first = set.disclosures().get(0);
        assertThat(first.text().file()).isEqualTo("disclosures/alpha.txt");
        assertThat(first.sidecarFile()).isEqualTo("disclosures/alpha.yml");
        assertThat(first.meta().force()).isEqualTo("A force");
        assertThat(set.settings().title()).as("no site.yml: the default title").isEqualTo("The offence-statistics handbook");
        assertThat(set.pages()).isEmpty();
    }

    @Test
    void aDisclosureWithoutASidecarOrASidecarWithoutADisclosureIsRefused() throws IOException {
        taxonomies();
        write("disclosures/x.txt", "text\n");
        assertThatThrownBy(this::read).isInstanceOf(InputError.class).hasMessageContaining("disclosures/x.txt, line 1")
                .hasMessageContaining("no sidecar disclosures/x.yml");
        Files.delete(content.resolve("disclosures/x.txt"));
        write("disclosures/y.yml", "force: A force\ntitle: A title\n");
        assertThatThrownBy(this::read).isInstanceOf(InputError.class).hasMessageContaining("disclosures/y.yml")
                .hasMessageContaining("no disclosure text");
    }

    @Test
    void twoDisclosuresWithOneReferenceOrAReservedNameAreRefused() throws IOException {
        taxonomies();
        disclosure("a", "FOI 1");
        disclosure("b", "FOI 1");
        assertThatThrownBy(this::read).isInstanceOf(InputError.class).hasMessageContaining("disclosures/b.yml")
                .hasMessageContaining("already used by disclosures/a.txt");
        Files.delete(content.resolve("disclosures/b.txt"));
        Files.delete(content.resolve("disclosures/b.yml"));
        disclosure("index", null);
        assertThatThrownBy(this::read).isInstanceOf(InputError.class).hasMessageContaining("'index' is reserved");
    }

    @Test
    void aPageMayNotTakeTheNameOfAPageTheSiteWrites() throws IOException {
        taxonomies();
        write("pages/search.md", "---\ntitle: Search\nslug: search\n---\nText.\n");
        assertThatThrownBy(this::read).isInstanceOf(InputError.class).hasMessageContaining("pages/search.md")
                .hasMessageContaining("page slug 'search'");
    }

    @Test
    void aMissingContentDirectoryOrOffenceTaxonomyIsNamed() throws IOException {
        assertThatThrownBy(() -> new ContentReader().read(content.resolve("nowhere"))).isInstanceOf(InputError.class)
                .hasMessageContaining("does not exist").hasMessageContaining("--content");
        write("taxonomies/outcomes.yml", "outcomes: []\n");
        assertThatThrownBy(this::read).isInstanceOf(InputError.class).hasMessageContaining("offences.yml");
    }

    @Test
    void siteSettingsBoundTheDisclosureSize() throws IOException {
        taxonomies();
        write("site.yml", "title: My handbook\nmax_disclosure_bytes: 10\n");
        disclosure("x", null);
        assertThatThrownBy(this::read).isInstanceOf(InputError.class).hasMessageContaining("at most 10 bytes");
        write("site.yml", "title: My handbook\nmax_disclosure_bytes: 0\n");
        assertThatThrownBy(this::read).isInstanceOf(InputError.class).hasMessageContaining("max_disclosure_bytes is 0");
    }
}
