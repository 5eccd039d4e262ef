package org.offencestats.handbook.parse;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The same fuzz target as {@link DisclosureParserFuzzTest}, for half an hour, run by hand:
 * `JAZZER_FUZZ=1 mvn -B test -Dtest=DisclosureParserLongFuzzTest -Dfuzz.long=true -Dfuzz.skip=true -Dsurefire.failIfNoSpecifiedTests=false`.
 * Copy any finding it writes into DisclosureParserFuzzTestInputs/ so every build replays it.
 */
@EnabledIfSystemProperty(named = "fuzz.long", matches = "true")
class DisclosureParserLongFuzzTest {

    @FuzzTest(maxDuration = "30m")
    void anyBytesAreReadOrRefusedWithAnInputError(byte[] bytes) {
        DisclosureParserFuzzTest.check(bytes);
    }
}
