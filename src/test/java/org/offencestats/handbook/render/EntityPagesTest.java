package org.offencestats.handbook.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.offencestats.handbook.SiteFixture;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 4's named pages: 086/02 and outcome 21 show every disclosure's figures, each with its own scope and period. */
class EntityPagesTest {

    private static Document page(String path) {
        String html = SiteFixture.seeds().site().text(path);
        assertThat(html).as(path).isNotNull();
        return Jsoup.parse(html);
    }

    private static List<Element> groups(Document doc) {
        return doc.select(".disclosure-group");
    }

    @Test
    void dimensionPagesNameTheirKindInTheFiguresHeadingNotTheWordLabel() {
        assertThat(page("periods/2014.html").getElementById("figures-h").text()).isEqualTo("Figures reported for this period");
        assertThat(page("platforms/facebook.html").getElementById("figures-h").text()).isEqualTo("Figures reported for this platform");
        assertThat(page("age-bands/10-12.html").getElementById("figures-h").text()).isEqualTo("Figures reported for this age band");
    }

    @Test
    void offence086_02ShowsBothDisclosuresWithTheirOwnScopeAndPeriodLinkedToTheirTables() {
        Document doc = page("offences/086-02.html");
        List<Element> groups = groups(doc);
        assertThat(groups).hasSize(2);
        Element outcomes1040 = groups.stream().filter(g -> g.select("h3 a").attr("href").equals("../disclosures/1040a-22.html")).findFirst().orElseThrow();
        assertThat(outcomes1040.select(".facts").text()).contains("1st July 2021").contains("suspect");
        assertThat(outcomes1040.select("a[href='../disclosures/1040a-22.html#table-1']")).isNotEmpty();
        assertThat(outcomes1040.text()).contains("237").contains("59");
        Element table2122 = groups.stream().filter(g -> g.select("h3 a").attr("href").contains("wmp-2021-22")).findFirst().orElseThrow();
        assertThat(table2122.select(".facts").text()).contains("2021/22").contains("under 18");
        assertThat(table2122.select("a[href$='wmp-2021-22-child-sexual-offences-by-outcome.html#table-1']")).isNotEmpty();
        assertThat(table2122.select("td").eachText()).contains("57", "41", "203");
        assertThat(doc.select(".across-note").text()).contains("Not added").contains("different scopes and periods");
    }

    @Test
    void statedFiguresWhoseQuestionNamesTheOffenceAreListedOnItsPageLinkedToTheFigure() {
        var handbook = SiteFixture.seeds().handbook();
        var d = handbook.disclosure("1040a-22");
        var key = new org.offencestats.handbook.model.EntityKey(org.offencestats.handbook.model.Dimension.OFFENCE, "086/02");
        List<Integer> linked = new java.util.ArrayList<>();
        for (int i = 0; i < d.parsed().statedFigures().size(); i++) {
            if (d.entities().statedFigure(i).stream().anyMatch(m -> m.dimension() == key.dimension() && m.key().equals(key.key()))) {
                linked.add(i);
            }
        }
        assertThat(linked).as("the question of 1040a-22 names home office code 86/2").isNotEmpty();
        Document doc = page("offences/086-02.html");
        Element section = doc.getElementById("stated-h").parent();
        assertThat(section.select("ul.stated-figures > li")).hasSizeGreaterThanOrEqualTo(linked.size());
        for (int i : linked) {
            var s = d.parsed().statedFigures().get(i);
            Element a = section.selectFirst("a[href='../disclosures/1040a-22.html#figure-" + (i + 1) + "']");
            assertThat(a).as("link to stated figure " + (i + 1)).isNotNull();
            assertThat(a.parent().text()).contains(s.printed()).contains(s.wording()).contains(s.ref().citeWithinFile());
        }
        Document disclosure = page("disclosures/1040a-22.html");
        assertThat(disclosure.getElementById("figure-" + (linked.get(0) + 1)).select("a[href='../offences/086-02.html']")).isNotEmpty();
        Document platform = page("platforms/facebook.html");
        assertThat(platform.getElementById("stated-h")).as("a platform page has no stated figures here").isNull();
    }

    @Test
    void outcome21ShowsBothDisclosuresFigures() {
        Document doc = page("outcomes/outcome-21.html");
        List<Element> groups = groups(doc);
        assertThat(groups).extracting(g -> g.select("h3 a").attr("href"))
                .containsExactlyInAnyOrder("../disclosures/1040a-22.html", "../disclosures/wmp-2021-22-child-sexual-offences-by-outcome.html");
        Element byOffence = groups.stream().filter(g -> g.select("h3 a").attr("href").contains("wmp-2021-22")).findFirst().orElseThrow();
        assertThat(byOffence.select("th a[href='../offences/086-02.html']")).as("figures by offence, linked").isNotEmpty();
        assertThat(byOffence.text()).contains("11");
        Element rows1040 = groups.stream().filter(g -> g.select("h3 a").attr("href").contains("1040a")).findFirst().orElseThrow();
        assertThat(rows1040.select("td").eachText()).contains("59");
    }

    @Test
    void indexesGroupOffencesByClassAndOutcomesByTypeNumber() {
        Document offences = page("offences/index.html");
        assertThat(offences.select("h2").eachText()).anyMatch(h -> h.startsWith("Class 88A")).anyMatch(h -> h.startsWith("Class 86"));
        Document outcomes = page("outcomes/index.html");
        List<String> order = outcomes.select(".summaries a").eachText();
        assertThat(order).first().asString().startsWith("Outcome 1:");
        assertThat(order.indexOf(order.stream().filter(t -> t.startsWith("Outcome 5:")).findFirst().orElseThrow()))
                .isLessThan(order.indexOf(order.stream().filter(t -> t.startsWith("Outcome 10:")).findFirst().orElseThrow()));
    }

    @Test
    void pagesForTheOtherDimensionsCarryTheirFigures() {
        Document facebook = page("platforms/facebook.html");
        assertThat(facebook.select("section:has(#figures-h) .disclosure-group")).as("own figures, two disclosures").hasSize(2);
        assertThat(facebook.select("section:has(#combined-h) .figure-block")).as("facebook and twitter, and whatsapp, and various, facetime")
                .hasSize(4);
        assertThat(page("age-bands/index.html").select(".summaries li")).isNotEmpty();
        Document year2015 = page("periods/2015.html");
        assertThat(year2015.text()).contains("partial: to 16 July 2015");
    }

    @Test
    void aClassPageAddsRowsOnlyWithinATable() {
        Document doc = page("offences/class-21.html");
        assertThat(doc.select(".figure-block.computed")).isNotEmpty();
        assertThat(doc.select(".figure-block.computed").text()).contains("Computed by the handbook");
    }
}
