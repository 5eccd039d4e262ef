package org.offencestats.handbook.parse;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The fuzz targets of {@link DisclosureParserFuzzTest} (the whole model) and {@link ParserOnlyFuzzTest} (the parser
 * alone), for half an hour each, run by hand one at a time:
 * `JAZZER_FUZZ=1 mvn -B test -Dtest='DisclosureParserLongFuzzTest#parserOnly' -Dfuzz.long=true -Dfuzz.skip=true -Dsurefire.failIfNoSpecifiedTests=false`
 * (or {@code #wholeModel}). Copy any finding it writes into the short target's Inputs/ folder so every build replays it.
 */
@EnabledIfSystemProperty(named = "fuzz.long", matches = "true")
class DisclosureParserLongFuzzTest {

    @FuzzTest(maxDuration = "30m")
    @DictionaryFile(resourcePath = "disclosure-tokens.dict")
    void wholeModel(byte[] bytes) {
        DisclosureParserFuzzTest.check(bytes);
    }

    @FuzzTest(maxDuration = "30m")
    @DictionaryFile(resourcePath = "disclosure-tokens.dict")
    void parserOnly(byte[] bytes) {
        ParserOnlyFuzzTest.check(bytes);
    }
}
