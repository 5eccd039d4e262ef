package org.offencestats.handbook.parse;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.model.ParsedDisclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.offencestats.handbook.parse.StatedFixtures.parse;

class ProseCountReaderTest {

    @Test
    void thereWereAndOfWhich() {
        ParsedDisclosure p = parse("""
                There were 1,535 reported burglaries in 2019, of which 1,444 were crimed.
                """);
        assertThat(p.statedFigures()).extracting(StatedFixtures::describe).containsExactly(
                "q=null 1,535 (1535) at 1:12 period=2019 | reported burglaries in 2019",
                "q=null 1,444 (1444) at 1:56 period=2019 | were crimed");
    }

    @Test
    void estimatesOfRecordsToSearchAndDestroyedAnimals() {
        ParsedDisclosure p = parse("""
                As there are in excess of 4100 records it would take in excess of 450 hours.
                Staff would be manually searching over 2,215 cases at 3 minutes per record.
                The force destroyed 77 dogs in the time period 01/01/21 to 01/06/22, all under a court order.
                As of 3/4/2024 there were 118 complaints open. (40 of which were upheld)
                """);
        assertThat(p.statedFigures()).extracting(StatedFixtures::describe).containsExactly(
                "q=null 4100 (4100) at 1:27 period=null | records it would take in excess of 450 hours",
                "q=null 2,215 (2215) at 2:40 period=null | cases at 3 minutes per record",
                "q=null 77 (77) at 3:21 period=01/01/21 to 01/06/22 | dogs in the time period 01/01/21 to 01/06/22",
                "q=null 118 (118) at 4:27 period=As of 3/4/2024 | complaints open",
                "q=null 40 (40) at 4:49 period=null | of which were upheld");
    }

    @Test
    void sentencesOpeningWithAFigure() {
        ParsedDisclosure p = parse("""
                1 arrest. Exemptions apply to the rest.
                31 were 'no crimed' due to a recording error.
                612 Police Staff have received awareness training.
                4 complaints were made, 1 written off and 1 undetected.
                """);
        assertThat(p.statedFigures()).extracting(s -> s.ref().line() + ":" + s.ref().column() + "=" + s.printed())
                .containsExactly("1:1=1", "2:1=31", "3:1=612", "4:1=4", "4:25=1", "4:43=1");
    }

    @Test
    void numbersThatCountNothing() {
        ParsedDisclosure p = parse("""
                It would take over 450 hours, at a cost of £450, under section 12 of the Act.
                The age was greater than 10 and less than 19 at the time of the offence.
                • 17 Indecent assault
                • 23 Familial sexual offences
                Officers arrested1 the suspects in 2019 under the 1984 Act.
                Call 101 or in an emergency 999.
                1 - How many people were arrested at the event?
                """);
        assertThat(p.statedFigures()).isEmpty();
    }
}
