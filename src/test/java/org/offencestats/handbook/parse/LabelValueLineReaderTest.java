package org.offencestats.handbook.parse;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.model.ParsedDisclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offencestats.handbook.parse.StatedFixtures.parse;

class LabelValueLineReaderTest {

    @Test
    void labelsWithHyphensDashesEqualsAndColons() {
        ParsedDisclosure p = parse("""
                1. How many people were dealt with for shoplifting?
                Response
                1a. Arrested - 12
                1b. Charged – 5
                Released under investigation = 1,204
                Community resolution: 0
                Total Count 1221
                """);
        assertThat(p.statedFigures()).extracting(StatedFixtures::describe).containsExactly(
                "q=1 12 (12) at 3:16 period=null | Arrested",
                "q=1 5 (5) at 4:15 period=null | Charged",
                "q=1 1,204 (1204) at 5:32 period=null | Released under investigation",
                "q=1 0 (0) at 6:23 period=null | Community resolution",
                "q=1 1221 (1221) at 7:13 period=null | Total Count");
    }

    @Test
    void twoFiguresEachWithItsOwnWordingAndGluedFigures() {
        ParsedDisclosure p = parse("""
                Victim gender : 1,812 female and 707 male
                Offender sex: 12 female, 40 male and 3 unknown
                Making/Taking26
                """);
        assertThat(p.statedFigures()).extracting(StatedFixtures::describe).containsExactly(
                "q=null 1,812 (1812) at 1:17 period=null | Victim gender: female",
                "q=null 707 (707) at 1:34 period=null | Victim gender: male",
                "q=null 12 (12) at 2:15 period=null | Offender sex: female",
                "q=null 40 (40) at 2:26 period=null | Offender sex: male",
                "q=null 3 (3) at 2:38 period=null | Offender sex: unknown",
                "q=null 26 (26) at 3:14 period=null | Making/Taking");
    }

    @Test
    void referencesDatesSectionsAndFootnoteMarksAreNotFigures() {
        ParsedDisclosure p = parse("""
                Reference Number: 2953
                Date of request: 07/08/2013
                Section 12 - 5
                Page: 2
                Suspects arrested1
                Telephone: 101
                """);
        assertThat(p.statedFigures()).isEmpty();
    }
}
