package org.offencestats.handbook.pipeline;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.InputError;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.TestFiles;
import org.offencestats.handbook.ingest.FileReads;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.render.output.PageCache;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The preview's incremental rebuilds redo only what changed, and their output is always exactly what a full build
 * of the same input writes: after each kind of edit, every file is compared with a fresh full build.
 */
class IncrementalBuildTest {

    private static final String GROOMING = "disclosures/wmp-2572-15-internet-grooming";
    private static final String OUTCOMES = "disclosures/wmp-2021-22-child-sexual-offences-by-outcome";
    private static final String OUTCOMES_SLUG = "wmp-2021-22-child-sexual-offences-by-outcome";
    private static final String CODE_PAGE = "offences/086-14.html";

    @TempDir
    Path tmp;

    private Path content;
    private Path templates;
    private IncrementalBuild incremental;

    @BeforeEach
    void copyProject() throws IOException {
        content = TestFiles.copyTree(SiteFixture.CONTENT, tmp.resolve("content"));
        templates = TestFiles.copyTree(SiteFixture.TEMPLATES, tmp.resolve("templates"));
        // A clock an hour ahead makes every file look long settled, so each edit below is noticed by the file's status
        // alone (size, times, identity), not because it was written within the clock's resolution of the last read.
        incremental = new IncrementalBuild(content, templates, FileReads.create(() -> System.currentTimeMillis() + 3_600_000));
    }

    @Test
    void aFirstBuildMakesEverythingAndANoChangeRebuildReusesEverything() {
        IncrementalBuild.Result first = rebuildAndCompare();
        assertThat(first.pages().reused()).isZero();
        assertThat(first.pages().made()).isGreaterThan(50);
        IncrementalBuild.Result second = rebuildAndCompare();
        assertThat(second.pages()).isEqualTo(new PageCache.Stats(0, first.pages().made()));
    }

    @Test
    void aChangedSidecarRedoesOnlyThatDisclosureAndTheEntitiesItFeeds() throws IOException {
        IncrementalBuild.Result first = rebuildAndCompare();
        replace(GROOMING + ".yml", "title: \"West Midlands Police: internet-related", "title: \"WMP: internet-related");
        IncrementalBuild.Result second = rebuildAndCompare();
        assertThat(second.site().text("disclosures/2572-15.html")).contains("WMP: internet-related");
        assertThat(second.pages().made()).isPositive().isLessThan(first.pages().made() / 2);
        assertThat(second.pages().reused()).isGreaterThan(first.pages().made() / 2);
    }

    @Test
    void aChangedSourceTextIsParsedAgain() throws IOException {
        rebuildAndCompare();
        Path text = content.resolve(OUTCOMES + ".txt");
        Files.write(text, (Files.readString(text, StandardCharsets.UTF_8) + "\nA line added to the end of the response.\n")
                .getBytes(StandardCharsets.UTF_8));
        IncrementalBuild.Result after = rebuildAndCompare();
        assertThat(after.site().text("disclosures/wmp-2021-22-child-sexual-offences-by-outcome.html"))
                .contains("A line added to the end of the response.");
    }

    @Test
    void editsKeepingEachFilesSizeAndModificationTimeAreNoticed() throws IOException {
        rebuildAndCompare();
        IncrementalBuild.Result same = rebuildAndCompare();
        assertThat(same.pages().made()).isZero();
        sameSizeAndTime(OUTCOMES + ".txt", "Exposure", "EXPOSURE");
        sameSizeAndTime(GROOMING + ".yml", "internet-related", "INTERNET-RELATED");
        sameSizeAndTime("taxonomies/platforms.yml", "FACEBOOK", "FACEBOOC");
        IncrementalBuild.Result after = rebuildAndCompare();
        assertThat(after.site().text("disclosures/2572-15.html")).contains("INTERNET-RELATED");
        assertThat(after.pages().made()).isPositive();
        Path page = Files.list(content.resolve("pages")).filter(p -> p.toString().endsWith(".md")).sorted().findFirst().orElseThrow();
        String text = Files.readString(page);
        sameSizeAndTime("pages/" + page.getFileName(), text.substring(text.length() - 6, text.length() - 1),
                new StringBuilder(text.substring(text.length() - 6, text.length() - 1)).reverse().toString());
        rebuildAndCompare();
    }

    @Test
    void addedAndRemovedDisclosuresAppearAndDisappear() throws IOException {
        rebuildAndCompare();
        Files.copy(content.resolve(GROOMING + ".txt"), content.resolve("disclosures/copy-of-grooming.txt"));
        Files.writeString(content.resolve("disclosures/copy-of-grooming.yml"),
                Files.readString(content.resolve(GROOMING + ".yml")).replace("reference: \"2572/15\"", "reference: \"9999/15\""));
        IncrementalBuild.Result added = rebuildAndCompare();
        assertThat(added.site().files()).containsKey("disclosures/9999-15.html");
        Files.delete(content.resolve("disclosures/copy-of-grooming.txt"));
        Files.delete(content.resolve("disclosures/copy-of-grooming.yml"));
        IncrementalBuild.Result removed = rebuildAndCompare();
        assertThat(removed.site().files()).doesNotContainKey("disclosures/9999-15.html");
    }

    @Test
    void aDisclosureWithNewOffenceCodesUpdatesTheIndexesAndClassPagesThatListThem() throws IOException {
        IncrementalBuild.Result before = rebuildAndCompare();
        assertThat(before.site().files()).doesNotContainKey("offences/086-11.html");
        Path generated = new org.offencestats.handbook.bench.CorpusGenerator(3).write(tmp.resolve("generated"), 1);
        Files.copy(generated.resolve("disclosures/gen-00000.yml"), content.resolve("disclosures/gen-00000.yml"));
        // 086/11 is in class 86, whose page exists already and lists the codes in the class that have pages.
        String text = Files.readString(generated.resolve("disclosures/gen-00000.txt"));
        assertThat(text).contains("086/02 p\t");
        Files.writeString(content.resolve("disclosures/gen-00000.txt"), text.replace("086/02 p\t", "086/11\t"));
        IncrementalBuild.Result after = rebuildAndCompare();
        assertThat(after.site().files()).containsKey("offences/086-11.html");
        assertThat(after.site().text("offences/class-86.html")).contains("086/11");
        assertThat(after.pages().reused()).isPositive();
    }

    @Test
    void aTaxonomyChangeRelinksEveryDisclosure() throws IOException {
        rebuildAndCompare();
        replace("taxonomies/platforms.yml", "aliases: [\"FACEBOOK\", \"facebook\"]", "aliases: [\"FACEBOOK\"]");
        rebuildAndCompare();
    }

    @Test
    void aTemplateChangeRendersEverythingAgain() throws IOException {
        IncrementalBuild.Result first = rebuildAndCompare();
        Path layout = templates.resolve("layout.html");
        Files.writeString(layout, Files.readString(layout).replace("</footer>", "<p>Preview edit.</p></footer>"));
        IncrementalBuild.Result after = rebuildAndCompare();
        assertThat(after.pages().reused()).isZero();
        assertThat(after.pages().made()).isEqualTo(first.pages().made());
        assertThat(after.site().text("index.html")).contains("Preview edit.");
    }

    @Test
    void anAssetChangeIsFingerprintedAgainThoughTheTemplateEngineIsKept() throws IOException {
        IncrementalBuild.Result first = rebuildAndCompare();
        Path css = templates.resolve("assets/site.css");
        Files.writeString(css, Files.readString(css) + "\n/* preview edit */\n");
        IncrementalBuild.Result after = rebuildAndCompare();
        assertThat(after.site().files().keySet()).isNotEqualTo(first.site().files().keySet());
        assertThat(after.site().files().entrySet().stream().filter(e -> e.getKey().endsWith(".css"))
                .anyMatch(e -> new String(e.getValue(), StandardCharsets.UTF_8).contains("preview edit"))).isTrue();
    }

    @Test
    void aChangedSidecarChangesThatDisclosuresFiguresAndTheWholeDatasetAndItsGzip() throws IOException {
        IncrementalBuild.Result first = rebuildAndCompare();
        replace(GROOMING + ".yml", "reference: \"2572/15\"", "reference: \"2572/15 A\"");
        IncrementalBuild.Result after = rebuildAndCompare();
        for (String file : List.of("data/handbook-figures.csv", "data/handbook-figures.csv.gz")) {
            assertThat(after.site().files().get(file)).as(file).isNotEqualTo(first.site().files().get(file));
        }
    }

    @Test
    void aBrokenInputFailsTheRebuildAndTheNextGoodOneRecovers() throws IOException {
        rebuildAndCompare();
        Path sidecar = content.resolve(GROOMING + ".yml");
        String good = Files.readString(sidecar);
        Files.writeString(sidecar, good + "\nperiods: [unclosed\n");
        assertThatThrownBy(() -> incremental.rebuild()).isInstanceOf(InputError.class).hasMessageContaining("wmp-2572-15-internet-grooming.yml");
        Files.writeString(sidecar, good);
        IncrementalBuild.Result recovered = rebuildAndCompare();
        assertThat(recovered.pages().reused()).isPositive();
    }

    @Test
    void aTextEditThatLeavesAnEntityPageAsItWasReusesThePageAndTheEntitysReferences() throws IOException {
        IncrementalBuild.Result before = rebuildAndCompare();
        Path text = content.resolve(OUTCOMES + ".txt");
        Files.writeString(text, Files.readString(text) + "\nA line added to the end of the response.\n");
        IncrementalBuild.Result after = rebuildAndCompare();
        // The disclosure is a new instance, yet the page that shows its row for 086/14 shows the same values: not rendered again.
        assertThat(after.handbook().disclosure(OUTCOMES_SLUG)).isNotSameAs(before.handbook().disclosure(OUTCOMES_SLUG));
        assertThat(after.site().files().get(CODE_PAGE)).isSameAs(before.site().files().get(CODE_PAGE));
        assertThat(after.handbook().figures(Dimension.OFFENCE, "086/14")).isSameAs(before.handbook().figures(Dimension.OFFENCE, "086/14"));
    }

    @Test
    void aCellEditRendersTheEntityPagesAndFilesThatShowTheCellAgain() throws IOException {
        IncrementalBuild.Result before = rebuildAndCompare();
        replace(OUTCOMES + ".txt", "(bestiality)\t0\t0\t0\t1\t", "(bestiality)\t0\t0\t0\t7\t");
        IncrementalBuild.Result after = rebuildAndCompare();
        assertThat(after.site().text(CODE_PAGE)).isNotEqualTo(before.site().text(CODE_PAGE));
        assertThat(after.site().text("data/offences/086-14.csv")).isNotEqualTo(before.site().text("data/offences/086-14.csv"));
        // Relinked to another code: the references move from one entity's list to the other's.
        replace(OUTCOMES + ".txt", "086/14\tPossession of extreme", "088/06\tPossession of extreme");
        IncrementalBuild.Result relinked = rebuildAndCompare();
        assertThat(relinked.handbook().figures(Dimension.OFFENCE, "088/06")).isNotEqualTo(after.handbook().figures(Dimension.OFFENCE, "088/06"));
    }

    @Test
    void aChangeToTheSettingsOrAnEditorialPageIsNotHiddenByReusingTheWholeSite() throws IOException {
        IncrementalBuild.Result before = rebuildAndCompare();
        assertThat(rebuildAndCompare().site()).isSameAs(before.site());
        replace("site.yml", "title: \"The offence-statistics handbook\"", "title: \"The offence-statistics handbook (preview)\"");
        IncrementalBuild.Result retitled = rebuildAndCompare();
        assertThat(retitled.site().text("index.html")).contains("(preview)");
        replace("pages/about.md", "# About this handbook", "# About this handbook, edited");
        assertThat(rebuildAndCompare().site().text("about.html")).contains("About this handbook, edited");
    }

    private IncrementalBuild.Result rebuildAndCompare() {
        IncrementalBuild.Result result = incremental.rebuild();
        Map<String, byte[]> full = new Pipeline(content, templates).render().site().files();
        assertThat(result.site().files().keySet()).isEqualTo(full.keySet());
        full.forEach((path, bytes) -> assertThat(new String(result.site().files().get(path), StandardCharsets.ISO_8859_1)).as(path)
                .isEqualTo(new String(bytes, StandardCharsets.ISO_8859_1)));
        return result;
    }

    /** Replaces the first {@code from} with {@code to} (as long in bytes) and sets the modification time back. */
    private void sameSizeAndTime(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        assertThat(to.getBytes(StandardCharsets.UTF_8)).hasSameSizeAs(from.getBytes(StandardCharsets.UTF_8)).isNotEqualTo(from.getBytes(StandardCharsets.UTF_8));
        java.nio.file.attribute.FileTime modified = Files.getLastModifiedTime(path);
        Files.writeString(path, text.replaceFirst(java.util.regex.Pattern.quote(from), java.util.regex.Matcher.quoteReplacement(to)));
        Files.setLastModifiedTime(path, modified);
    }

    private void replace(String file, String from, String to) throws IOException {
        Path path = content.resolve(file);
        String text = Files.readString(path);
        assertThat(text).contains(from);
        Files.writeString(path, text.replace(from, to));
    }
}
