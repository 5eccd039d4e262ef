package org.offencestats.handbook.link;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.ModelFixture;
import org.offencestats.handbook.ingest.SourceTextReader;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.DisclosureEntities;
import org.offencestats.handbook.model.DisclosureMeta;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.OffenceGroup;
import org.offencestats.handbook.model.Taxonomies;
import org.offencestats.handbook.parse.DisclosureParser;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** The notifiable offence classes in offences.yml: all of them, each with its source, and labels that name them. */
class OffenceClassesTest {

    private static final Taxonomies TAXONOMIES = ModelFixture.seeds().taxonomies();
    private static final Map<String, OffenceGroup> CLASSES = TAXONOMIES.offenceGroups().stream()
            .collect(Collectors.toMap(OffenceGroup::id, Function.identity()));

    @Test
    void theClassesOfEveryCrimeGroupAreListedNotOnlySexualOffences() {
        assertThat(CLASSES).hasSizeGreaterThanOrEqualTo(140);
        Map<String, String> expected = Map.ofEntries(Map.entry("1", "Murder"), Map.entry("2", "Attempted murder"),
                Map.entry("4.1", "Manslaughter"), Map.entry("8L", "Harassment"), Map.entry("8Q", "Stalking"),
                Map.entry("8R", "Malicious Communications"), Map.entry("28E", "Burglary Residential"),
                Map.entry("37.2", "Aggravated vehicle taking"), Map.entry("45", "Theft from vehicle"),
                Map.entry("66", "Other offences against the State or public order"),
                Map.entry("92A", "Trafficking in controlled drugs"), Map.entry("106", "Modern slavery"),
                Map.entry("802", "Dangerous driving"), Map.entry("88A", "Sexual grooming"));
        expected.forEach((id, name) -> assertThat(CLASSES.get(id)).as(id).isNotNull().extracting(OffenceGroup::name).isEqualTo(name));
    }

    @Test
    void everyClassCitesTheSourceItComesFrom() {
        assertThat(CLASSES.values()).allSatisfy(g -> assertThat(g.source()).as(g.id())
                .containsAnyOf("ONS crime classification hierarchy", "Home Office Counting Rules"));
        assertThat(CLASSES.get("1").source()).contains("Home Office Counting Rules");
        assertThat(CLASSES.get("8L").source()).contains("ONS crime classification hierarchy").doesNotContain("ONSdigital/");
    }

    @Test
    void classesNoSourceListsAreLeftOut() {
        assertThat(CLASSES).doesNotContainKeys("28", "37", "92", "5", "8A", "4/1");
    }

    @Test
    void everyCodeBelongsToAListedClass() {
        assertThat(TAXONOMIES.offences()).allSatisfy(o -> {
            if (o.group() != null) {
                assertThat(CLASSES).as(o.code()).containsKey(o.group());
            }
        });
    }

    @Test
    void aTableOfClassLabelsLinksEachRowToItsClass() {
        var parsed = new DisclosureParser().parse(new SourceTextReader(100_000).read("fixture.txt", """
                Offence\t2022\t2023
                8L - Harassment\t10\t12
                8R - Malicious Communications\t4\t3
                8Q Stalking\t2\t5
                19C\t1\t0
                66 - Other offences against the State or public order\t3\t3
                """.getBytes(StandardCharsets.UTF_8)));
        DisclosureMeta meta = new DisclosureMeta("A force", null, "A title", null, null, null, null, List.of(), null, List.of(), List.of());
        DisclosureEntities e = new EntityLinker(new TaxonomyIndex(TAXONOMIES)).link(parsed, meta, "fixture.yml");
        assertThat(List.of(0, 1, 2, 3, 4).stream().map(i -> e.row("table-1", i)).toList())
                .extracting(EntityMatch::dimension, EntityMatch::key)
                .containsExactly(
                        tuple(Dimension.OFFENCE_CLASS, "8L"),
                        tuple(Dimension.OFFENCE_CLASS, "8R"),
                        tuple(Dimension.OFFENCE_CLASS, "8Q"),
                        tuple(Dimension.OFFENCE_CLASS, "19C"),
                        tuple(Dimension.OFFENCE_CLASS, "66"));
        assertThat(e.problems()).isEmpty();
    }
}
