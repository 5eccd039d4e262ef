package org.offencestats.handbook.link;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.ModelFixture;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Row;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row and column label of every seed table maps to an entity or to an explicit non-entity. */
class LabelCoverageTest {

    @Test
    void everySeedLabelIsMapped() {
        List<String> unmapped = new ArrayList<>();
        int labels = 0;
        for (Disclosure d : ModelFixture.seeds().disclosures()) {
            for (DataTable t : d.parsed().tables()) {
                for (Row r : t.rows()) {
                    labels++;
                    if (d.links(t.id()).row(r.index()) == null) {
                        unmapped.add(d.source().file() + ":" + r.ref().line() + " row " + r.label());
                    }
                }
                for (Column c : t.columns()) {
                    labels++;
                    if (d.links(t.id()).column(c.index()) == null) {
                        unmapped.add(d.source().file() + ":" + c.ref().line() + " column " + c.label());
                    }
                }
            }
        }
        assertThat(labels).isGreaterThan(200);
        assertThat(unmapped).isEmpty();
        assertThat(ModelFixture.seeds().problems()).noneMatch(p -> p.message().contains("matches no"));
    }

    @Test
    void eachAxisGetsTheRightDimension() {
        var h = ModelFixture.seeds();
        var grooming = h.disclosure("2572-15");
        assertThat(grooming.links("table-2").row(0).key()).isEqualTo("under-10");
        assertThat(grooming.links("table-2").row(3).key()).as("Not Recorded is a non-entity age band").isNull();
        assertThat(grooming.links("table-2").row(3).dimension().name()).isEqualTo("AGE_BAND");
        assertThat(grooming.links("table-2").column(2).key()).isEqualTo("2015");
        assertThat(grooming.links("table-2").column(2).note()).contains("partial: to 16 July 2015");
        assertThat(grooming.links("table-6").row(0).key()).isEqualTo("facebook");
        assertThat(grooming.links("table-4").row(0).key()).isEqualTo("088/01");
        var outcomes = h.disclosure("1040a-22");
        assertThat(outcomes.links("table-1").row(0).dimension().name()).isEqualTo("OUTCOME");
        assertThat(outcomes.links("table-1").row(0).key()).as("Not recorded").isNull();
        assertThat(outcomes.links("table-1").row(9).key()).isEqualTo("21");
        var byOutcome = h.disclosure("wmp-2021-22-child-sexual-offences-by-outcome");
        assertThat(byOutcome.links("table-1").column(8).key()).as("the column headed -").isNull();
        assertThat(byOutcome.links("table-1").column(1).key()).isEqualTo("15");
    }
}
