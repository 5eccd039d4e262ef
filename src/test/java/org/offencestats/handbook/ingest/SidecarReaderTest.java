package org.offencestats.handbook.ingest;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.DisclosureMeta;
import org.offencestats.handbook.model.SourceRef;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A sidecar is read into typed metadata, or refused with the file, line and the key to add or correct. */
class SidecarReaderTest {

    private static final SidecarReader READER = new SidecarReader(new YamlFiles(), org.offencestats.handbook.model.FieldLimits.defaults());

    private static final String SIDECAR = """
            force: West Midlands Police
            reference: "FOI 123/21"
            title: "Offences against children"
            periods:
              - label: "2015"
                kind: calendar-year
                start: 2015-01-01
                end: 2015-07-16
                partial: true
                partial_note: "to 16 July 2015"
            corrections:
              - date: 2026-11-24
                table: 1
                row: "Exposure"
                offence_code: "088/09"
                what: "Linked the row to 088/09."
                why: "The code cell is garbled."
            """;

    @Test
    void aSidecarIsReadWithItsPeriodsAndCorrections() {
        DisclosureMeta meta = READER.read("disclosures/x.yml", SIDECAR);
        assertThat(meta.force()).isEqualTo("West Midlands Police");
        assertThat(meta.reference()).isEqualTo("FOI 123/21");
        assertThat(meta.periods()).singleElement().satisfies(p -> {
            assertThat(p.end()).isEqualTo(LocalDate.of(2015, 7, 16));
            assertThat(p.partialNote()).isEqualTo("to 16 July 2015");
        });
        assertThat(meta.corrections()).singleElement().satisfies(c -> {
            assertThat(c.table()).isEqualTo(1);
            assertThat(c.offenceCode()).isEqualTo("088/09");
        });
    }

    @Test
    void aMissingForceOrTitleIsNamed() {
        assertThatThrownBy(() -> READER.read("disclosures/x.yml", "title: \"A title\"\n")).isInstanceOf(InputError.class)
                .hasMessageContaining("disclosures/x.yml, line 1").hasMessageContaining("no force").hasMessageContaining("add the key 'force'");
        assertThatThrownBy(() -> READER.read("disclosures/x.yml", "force: A force\n")).isInstanceOf(InputError.class)
                .hasMessageContaining("no title");
    }

    @Test
    void aMisspeltKeyIsRefusedAtItsLineWithTheKeysThatExist() {
        assertThatThrownBy(() -> READER.read("disclosures/x.yml", "force: A force\ntitle: A title\nrefrence: x\n"))
                .isInstanceOf(InputError.class)
                .satisfies(e -> assertThat(((InputError) e).where()).isEqualTo(new SourceRef("disclosures/x.yml", 3, 1)))
                .hasMessageContaining("unknown key \"refrence\"").hasMessageContaining("reference");
    }

    @Test
    void aPeriodWithoutALabelOrEndingBeforeItStartsIsRefused() {
        assertThatThrownBy(() -> READER.read("x.yml", "force: F\ntitle: T\nperiods:\n  - kind: calendar-year\n    partial: false\n"))
                .isInstanceOf(InputError.class).hasMessageContaining("a period has no label");
        assertThatThrownBy(() -> READER.read("x.yml", "force: F\ntitle: T\nperiods:\n  - label: \"2015\"\n    start: 2015-12-31\n    end: 2015-01-01\n    partial: false\n"))
                .isInstanceOf(InputError.class).hasMessageContaining("period '2015' ends before it starts");
    }
}
