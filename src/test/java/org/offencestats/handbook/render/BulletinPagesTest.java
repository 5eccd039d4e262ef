package org.offencestats.handbook.render;

import org.offencestats.handbook.render.view.Format;
import org.offencestats.handbook.render.page.PageFrame;
import org.offencestats.handbook.render.figures.MainPoints;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.paths.Links;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Handbook;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Pages follow the conventions of official statistics: a status label on every page that shows figures, disclosure
 * pages shaped like a bulletin with main points taken from the model, downloads that say their type and size, and
 * a citation on every disclosure and entity page.
 */
class BulletinPagesTest {

    private final Handbook handbook = SiteFixture.seeds().handbook();
    private final Map<String, byte[]> files = SiteFixture.seeds().site().files();

    private Document page(String path) {
        return Jsoup.parse(new String(files.get(path), StandardCharsets.UTF_8));
    }

    @Test
    void everyPageThatShowsFiguresCarriesTheStatusLabelLinkedToItsExplanation() {
        int labelled = 0;
        for (String path : files.keySet()) {
            if (!path.endsWith(".html") || !PageFrame.showsFigures(path)) {
                continue;
            }
            Element label = page(path).selectFirst("p.status-label");
            assertThat(label).as(path).isNotNull();
            assertThat(label.text()).contains("police management information released under the Freedom of Information Act")
                    .contains("not official statistics");
            assertThat(label.selectFirst("a").attr("href")).endsWith("methodology.html#what-these-figures-are");
            labelled++;
        }
        assertThat(labelled).isGreaterThan(100);
        assertThat(page(Links.page("methodology")).select("#what-these-figures-are")).hasSize(1);
        assertThat(page(Links.page("glossary")).select("#partial-period, #offence-code, #neither-confirm-nor-deny, #cost-limit")).hasSize(4);
    }

    @Test
    void disclosurePagesHaveTheShapeOfABulletin() {
        for (Disclosure d : handbook.disclosures()) {
            Document doc = page(Links.disclosure(d.slug()));
            String where = d.slug();
            assertThat(doc.selectFirst("h1").text()).as(where).contains(d.meta().force());
            assertThat(doc.selectFirst("p.summary").text()).as(where).hasSizeLessThanOrEqualTo(160).isNotBlank();
            assertThat(doc.select("meta[name=description]").attr("content")).as(where).hasSizeLessThanOrEqualTo(160);
            List<String> headings = doc.select("main h2").eachText();
            if (!d.parsed().tables().isEmpty()) {
                assertThat(headings).as(where).contains("Main points");
            }
            assertThat(headings).as(where).contains("Things you need to know", "Strengths and limitations", "The response, as published",
                    "How to cite this page");
            if (!d.parsed().questions().isEmpty()) {
                assertThat(headings).as(where).contains("The request as asked");
            }
            assertThat(doc.select("#know-h ~ ul.to-know li").first().text()).as(where).startsWith("Period: ");
            assertThat(doc.select("section.cite p").text()).as(where).contains(d.title()).contains(Links.disclosure(d.slug()));
            assertThat(doc.select("section.cite code").text()).as(where).startsWith("@misc{handbook-" + d.slug() + ",");
            for (DataTable t : d.parsed().tables()) {
                Element link = doc.selectFirst("#" + t.id() + " .source-line a[download]");
                long bytes = files.get(Links.tableCsv(d.slug(), t.id())).length;
                assertThat(link.text()).as(where + " " + t.id())
                        .isEqualTo("Download the data for table " + t.number() + " as published (CSV, " + Format.size(bytes) + ")");
            }
        }
    }

    @Test
    void mainPointsQuoteTheModelsFigures() {
        int quoted = 0;
        for (Disclosure d : handbook.disclosures()) {
            List<MainPoints.Point> points = MainPoints.of(d);
            assertThat(points).hasSizeLessThanOrEqualTo(MainPoints.MAX);
            assertThat(page(Links.disclosure(d.slug())).select("ul.main-points li").eachText())
                    .containsExactlyElementsOf(points.stream().map(MainPoints.Point::text).toList());
            for (MainPoints.Point p : points) {
                long expected = p.row() < 0 ? d.audit(p.tableId()).mismatchCount()
                        : handbook.figure(d.slug(), p.tableId(), p.row(), p.column()).orElseThrow().cell().value();
                assertThat(p.value()).as(p.text()).isEqualTo(expected);
                assertThat(p.text()).contains(Format.number(expected));
                quoted++;
            }
        }
        assertThat(quoted).isGreaterThan(5);
        // Checked by hand against the source: the interleaved Grand Total of seed 000 is 422 (line 32), and its
        // largest offence row is 086/02 with 203 (line 21).
        assertThat(MainPoints.of(handbook.disclosure("wmp-2021-22-child-sexual-offences-by-outcome")).stream().map(MainPoints.Point::text))
                .anySatisfy(t -> assertThat(t).contains("published total of 422"))
                .anySatisfy(t -> assertThat(t).contains("“Take or to make or to distribute indecent photographs or pseudo- photographs, of children”: 203"));
    }

    @Test
    void everyChartHasASourceLineLinkedToItsDisclosureAndTermsLinkToTheGlossary() {
        int charts = 0;
        for (String path : files.keySet()) {
            if (!path.endsWith(".html")) {
                continue;
            }
            for (Element chart : page(path).select("figure.chart")) {
                Element source = chart.selectFirst("p.source-line a");
                assertThat(source).as(path + " " + chart.id()).isNotNull();
                assertThat(source.attr("href")).as(path).matches("(\\.\\./)*disclosures/[a-z0-9-]+\\.html#table-\\d+");
                assertThat(source.text()).as(path).matches(".+, table \\d+");
                String csv = chart.selectFirst("p.chart-downloads a[download]").attr("href").replaceAll("^(\\.\\./)*", "");
                assertThat(chart.selectFirst("p.chart-downloads a[download]").text()).as(path)
                        .isEqualTo("Download the data behind this chart (CSV, " + Format.size(files.get(csv).length) + ")");
                charts++;
            }
        }
        assertThat(charts).isGreaterThan(50);
        assertThat(page(Links.entity(Dimension.OFFENCE, "086/02")).select("dt a[href$=glossary.html#offence-code]")).hasSize(1);
        assertThat(page(Links.entity(Dimension.OUTCOME, "21")).select("dt a[href$=glossary.html#outcome-type]")).hasSize(1);
        assertThat(page(Links.disclosure("2572-15")).select("a[href$=glossary.html#partial-period]")).hasSize(1);
    }

    @Test
    void entityPagesCarryACitationWithTheirAddress() {
        for (String path : List.of(Links.entity(Dimension.OFFENCE, "086/02"), Links.entity(Dimension.OFFENCE_CLASS, "86"), Links.entity(Dimension.OUTCOME, "21"), "platforms/facebook.html")) {
            Document doc = page(path);
            assertThat(doc.select("section.cite p").text()).as(path).startsWith("The offence-statistics handbook. ").contains(path);
            assertThat(doc.select("section.cite code").text()).as(path).contains("url = {" + path);
        }
    }
}
