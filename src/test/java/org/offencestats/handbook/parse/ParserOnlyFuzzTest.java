package org.offencestats.handbook.parse;

import com.code_intelligence.jazzer.junit.DictionaryFile;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.offencestats.handbook.InputError;
import org.offencestats.handbook.ingest.SourceTextReader;
import org.offencestats.handbook.model.SourceText;

/**
 * Coverage-guided fuzzing of the parser alone: the bytes are decoded as the build decodes them and only
 * {@link DisclosureParser} runs, with no linking or auditing, so many more inputs a second reach the readers (where
 * the crashes have been). The dictionary holds the tokens responses are made of. As in
 * {@link DisclosureParserFuzzTest}, anything but a result or an {@link InputError} is a finding; without JAZZER_FUZZ
 * this replays ParserOnlyFuzzTestInputs/, and `mvn verify` fuzzes it for a minute (pom.xml, execution "fuzz-parser").
 */
class ParserOnlyFuzzTest {

    private static final SourceTextReader READER = new SourceTextReader(1 << 20);

    @FuzzTest(maxDuration = "60s")
    @DictionaryFile(resourcePath = "disclosure-tokens.dict")
    void anyTextIsParsedOrRefusedWithAnInputError(byte[] bytes) {
        check(bytes);
    }

    static void check(byte[] bytes) {
        SourceText text = decoded(bytes);
        if (text == null) {
            return;
        }
        try {
            new DisclosureParser().parse(text);
        } catch (InputError refused) {
            // documented: the input is wrong and the message says where and how to fix it
        }
    }

    /** The bytes decoded as the build decodes a disclosure, or null when decoding refuses them with an InputError. */
    static SourceText decoded(byte[] bytes) {
        try {
            return READER.read("disclosures/fuzz.txt", bytes);
        } catch (InputError refused) {
            return null;
        }
    }
}
