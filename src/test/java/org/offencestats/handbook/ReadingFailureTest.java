package org.offencestats.handbook;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.model.SourceRef;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A fault met while reading a file names the file; bad input keeps its own clear error. */
class ReadingFailureTest {

    @Test
    void anUnexpectedExceptionNamesTheFileItWasReading() {
        NullPointerException bug = new NullPointerException("a fault");
        assertThatThrownBy(() -> ReadingFailure.whileReading("disclosures/x.txt", () -> {
            throw bug;
        })).isInstanceOf(ReadingFailure.class).hasMessageContaining("disclosures/x.txt").hasMessageContaining("a fault")
                .hasMessageContaining("fix: report it").hasCause(bug);
    }

    @Test
    void badInputStaysAnInputErrorAndAResultPassesThrough() {
        InputError bad = new InputError(SourceRef.line("disclosures/x.yml", 3), "a bad title", "a title", "write one");
        assertThatThrownBy(() -> ReadingFailure.whileReading("disclosures/x.txt", () -> {
            throw bad;
        })).isSameAs(bad);
        assertThat(ReadingFailure.whileReading("disclosures/x.txt", () -> 42)).isEqualTo(42);
    }
}
