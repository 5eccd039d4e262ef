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
    void theHomePageCountsFiguresAsTheNumbersPublishedNotTheCellsOfTheTables() {
        long numbers = handbook.disclosures().stream().flatMap(d -> d.parsed().tables().stream())
                .flatMap(t -> t.rows().stream()).flatMap(r -> r.cells().stream()).filter(c -> c.hasValue()).count();
        long cells = handbook.disclosures().stream().flatMap(d -> d.parsed().tables().stream()).mapToLong(DataTable::figureCount).sum();
        long stated = handbook.disclosures().stream().mapToLong(d -> d.parsed().statedFigures().size()).sum();
        assertThat(cells).as("blank and dashed cells are not figures").isGreaterThan(numbers);
        Document home = page(Links.home());
        assertThat(home.selectFirst("p.holds").text()).startsWith(Format.number(numbers + stated) + " figures from "
                + handbook.disclosures().size() + " disclosures");
        assertThat(home.selectFirst("#what-h").parent().text()).contains("tables holding " + Format.number(numbers) + " figures");
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
            assertThat(doc.select("section.cite p").text()).as(where).contains(d.title()).doesNotContain(Links.disclosure(d.slug()));
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
                assertThat(p.quotes()).as(p.text()).isNotEmpty();
                for (MainPoints.Quote q : p.quotes()) {
                    DataTable t = d.parsed().table(q.tableId());
                    long expected = switch (q.basis()) {
                        case CELL -> handbook.figure(d.slug(), q.tableId(), q.row(), q.column()).orElseThrow().cell().value();
                        case COLUMN_SUM -> t.bodyRows().stream().mapToLong(r -> r.cell(q.column()).contribution()).sum();
                        case ROW_SUM -> t.bodyColumns().stream().mapToLong(c -> t.rows().get(q.row()).cell(c.index()).contribution()).sum();
                        case MISMATCHES -> d.audit(q.tableId()).mismatchCount();
                        case TOTALS_CHECKED -> d.audit(q.tableId()).totalsChecked();
                    };
                    assertThat(q.value()).as(p.text()).isEqualTo(expected);
                    assertThat(p.text()).as(q.toString()).contains(Format.number(expected));
                    quoted++;
                }
                assertThat(p.text()).as("no machine phrasing").doesNotContain("row “", "column “", "gives a published total");
            }
        }
        assertThat(quoted).isGreaterThan(10);
        // Checked by hand against the source: the interleaved Grand Total of the 2021/22 table is 422 (line 32); its
        // "Charge or Summons" total is lost, and its rows add up to 14 (3% of 422); its largest offence row is 086/02
        // with 203 (line 21), 48% of 422.
        assertThat(MainPoints.of(handbook.disclosure("wmp-2021-22-child-sexual-offences-by-outcome")).stream().map(MainPoints.Point::text))
                .containsExactly("422 sexual offences against children were recorded in 2021/22.",
                        "14 of the 422 (3%) ended in a charge or summons (the handbook added up the rows: the force's own total for this"
                                + " outcome is missing from the published text).",
                        "The most common offence was “Take or to make or to distribute indecent photographs or pseudo- photographs,"
                                + " of children”: 203 of the 422 (48%).");
        // The 2010-2014 question 3 table: its printed Grand Total (101) is not the sum of its rows (91), line 175.
        assertThat(MainPoints.of(handbook.disclosure("wmp-2010-2014-sexual-offences-against-children-online")).stream().map(MainPoints.Point::text))
                .contains("2,500 sexual offences committed by 18+ year olds on victims younger than 18 years were recorded in 2010 to 2014"
                        + " (2014: so far this year; table 1).")
                .anySatisfy(t -> assertThat(t).startsWith("In table 4, the published totals do not add up: the grand total is 101, but the rows it totals make 91."));
        // 2572/15: table 5 counts the same offences as table 1 where the outcome was a charge: 7 of table 1's 25 (lines 41, 100).
        assertThat(MainPoints.of(handbook.disclosure("2572-15")).stream().map(MainPoints.Point::text))
                .contains("7 of the 25 (28%) ended in a charge (table 5).")
                .noneSatisfy(t -> assertThat(t).contains("most common year"));
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
    void entityPagesCarryACitationWithoutAnAddressWhenTheSitesAddressIsNotSet() {
        for (String path : List.of(Links.entity(Dimension.OFFENCE, "086/02"), Links.entity(Dimension.OFFENCE_CLASS, "86"), Links.entity(Dimension.OUTCOME, "21"), "platforms/facebook.html")) {
            Document doc = page(path);
            assertThat(doc.select("section.cite p").text()).as(path).startsWith("The offence-statistics handbook. ").doesNotContain(path)
                    .doesNotContain("..").doesNotContain("not set");
            assertThat(doc.select("section.cite code").text()).as(path).doesNotContain("url =").doesNotContain("not set");
        }
    }
}
