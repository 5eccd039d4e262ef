package org.offencestats.handbook.parse;

import org.offencestats.handbook.ingest.SourceTextReader;
import org.offencestats.handbook.model.ParsedDisclosure;
import org.offencestats.handbook.model.StatedFigure;

import java.nio.charset.StandardCharsets;

/** Parses fixture texts for the stated-figure and answer-layout tests, and describes figures in one line. */
final class StatedFixtures {

    private StatedFixtures() {
    }

    static ParsedDisclosure parse(String text) {
        return new DisclosureParser().parse(new SourceTextReader(1_000_000).read("fixture.txt", text.getBytes(StandardCharsets.UTF_8)));
    }

    /** "q=2 12,625 (12625) at 4:9 period=2019 | wording" : everything a test checks about a figure. */
    static String describe(StatedFigure s) {
        return "q=" + s.questionId() + " " + s.printed() + " (" + s.value() + ") at " + s.ref().line() + ":" + s.ref().column()
                + " period=" + s.period() + " | " + s.wording();
    }
}
