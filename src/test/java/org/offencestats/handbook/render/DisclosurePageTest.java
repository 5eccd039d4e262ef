package org.offencestats.handbook.render;

import org.offencestats.handbook.paths.Links;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.model.AuditFinding;
import org.offencestats.handbook.model.Cell;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Exemption;
import org.offencestats.handbook.model.NumberLedger;
import org.offencestats.handbook.model.NumberPlace;
import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.model.Question;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.SourceNumber;
import org.offencestats.handbook.model.StatedFigure;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A disclosure page shows every table in full, its questions, stated figures, exemptions and audit findings. */
class DisclosurePageTest {

    static List<String> seeds() {
        return SiteFixture.seeds().handbook().disclosures().stream().map(Disclosure::slug).toList();
    }

    private static Document page(Disclosure d) {
        String html = SiteFixture.seeds().site().text(Links.disclosure(d.slug()));
        assertThat(html).as("page for " + d.slug()).isNotNull();
        return Jsoup.parse(html);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void everyTableIsShownInFullWithItsFindingsBesideIt(String slug) {
        Disclosure d = SiteFixture.seeds().handbook().disclosure(slug);
        Document doc = page(d);
        for (DataTable t : d.parsed().tables()) {
            Element section = doc.getElementById(t.id());
            assertThat(section).as(t.id()).isNotNull();
            Elements rows = section.select("table.data > tbody > tr");
            assertThat(rows).hasSize(t.rows().size());
            for (Row r : t.rows()) {
                Element tr = rows.get(r.index());
                assertThat(tr.selectFirst("th").text()).startsWith(r.label());
                Elements tds = tr.select("td:not(.code)");
                assertThat(tds).hasSize(r.cells().size());
                for (int k = 0; k < r.cells().size(); k++) {
                    assertThat(tds.get(k).ownText()).as("%s row %s cell %d", t.id(), r.label(), k).isEqualTo(expected(r.cell(k)));
                }
            }
            long mismatches = d.audit(t.id()).findings().stream().filter(AuditFinding::isMismatch).count();
            assertThat(section.select("td.flagged")).as("cells flagged in " + t.id()).hasSize((int) mismatches);
            Element audit = section.selectFirst(".audit");
            assertThat(audit).isNotNull();
            for (AuditFinding f : d.audit(t.id()).findings()) {
                assertThat(audit.text()).contains(f.message());
            }
            if (t.questionId() != null) {
                assertThat(section.select("a[href='#q-" + t.questionId() + "']")).isNotEmpty();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void questionsStatedFiguresExemptionsAndProblemsAreShown(String slug) {
        Disclosure d = SiteFixture.seeds().handbook().disclosure(slug);
        Document doc = page(d);
        for (Question q : d.parsed().questions()) {
            Element li = doc.getElementById("q-" + q.id());
            assertThat(li).as("question " + q.id()).isNotNull();
            assertThat(li.text()).contains(q.text());
            for (String tableId : q.tableIds()) {
                assertThat(li.select("a[href='#" + tableId + "']")).isNotEmpty();
            }
        }
        for (StatedFigure s : d.parsed().statedFigures()) {
            if (s.questionId() != null) {
                assertThat(doc.getElementById("q-" + s.questionId()).text()).contains(s.sentence());
            }
        }
        for (Exemption e : d.parsed().exemptions()) {
            assertThat(doc.select(".exemption").text()).contains(e.quote());
        }
        List<SourceNumber> unplaced = d.parsed().numbers().unplaced();
        for (Problem p : d.problems()) {
            if (unplaced.stream().anyMatch(n -> n.ref().equals(p.ref()))) {
                continue; // listed with the numbers we could not place, below
            }
            assertThat(doc.select(".problems").text()).contains(p.message());
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void statedFiguresUnplacedNumbersAndTheCountOfNumbersAreShown(String slug) {
        Disclosure d = SiteFixture.seeds().handbook().disclosure(slug);
        Document doc = page(d);
        NumberLedger ledger = d.parsed().numbers();
        assertThat(doc.select("#quality-h ~ p.number-count").text()).startsWith("This response holds " + ledger.numbers().size() + " number")
                .contains(ledger.count(NumberPlace.TABLE_CELL) + " in tables")
                .contains(ledger.count(NumberPlace.STATED_FIGURE) + " stated in the text")
                .contains(ledger.count(NumberPlace.NON_FIGURE) + " that are not figures")
                .contains(ledger.count(NumberPlace.UNPLACED) + " we could not place");
        List<StatedFigure> stated = d.parsed().statedFigures();
        assertThat(doc.select("table.stated > tbody > tr")).hasSize(stated.size());
        for (int i = 0; i < stated.size(); i++) {
            StatedFigure s = stated.get(i);
            Element row = doc.getElementById("figure-" + (i + 1));
            assertThat(row).as("row of stated figure " + s.printed()).isNotNull();
            // What it counts is the row's label, then the figure as printed and as a number (issue 17).
            assertThat(row.selectFirst("th").text()).isEqualTo(s.wording());
            assertThat(row.select("td").get(0).text()).isEqualTo(s.printed());
            assertThat(row.select("td").get(1).text()).isEqualTo(String.format(java.util.Locale.ROOT, "%,d", s.value()));
            assertThat(row.text()).contains(s.wording()).contains("line " + s.ref().line() + ", column " + s.ref().column());
            assertThat(row.select("a[href$='.txt']")).isNotEmpty();
            if (s.questionId() != null) {
                assertThat(row.select("a[href='#q-" + s.questionId() + "']")).isNotEmpty();
                assertThat(doc.getElementById("q-" + s.questionId()).select("a[href='#figure-" + (i + 1) + "']")).isNotEmpty();
            }
        }
        Elements items = doc.select("ul.unplaced > li");
        assertThat(items).hasSize(ledger.unplaced().size());
        for (int i = 0; i < items.size(); i++) {
            SourceNumber n = ledger.unplaced().get(i);
            assertThat(items.get(i).text()).isEqualTo(n.printed() + " (line " + n.ref().line() + ", column " + n.ref().column() + ")");
        }
        if (!items.isEmpty()) {
            assertThat(doc.select("#unplaced-h + p").text()).contains("We could not tell whether these numbers are figures");
        }
    }

    private static String expected(Cell c) {
        return switch (c.kind()) {
            case NUMBER -> String.format(java.util.Locale.UK, "%,d", c.value());
            case DASH -> "-";
            case BLANK -> "";
            case UNREADABLE -> c.raw();
            case LOST -> "lost";
            case SUPPRESSED, NOT_APPLICABLE, NIL, NOT_HELD -> c.raw().strip();
        };
    }
}
