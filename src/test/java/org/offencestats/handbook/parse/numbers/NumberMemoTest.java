package org.offencestats.handbook.parse.numbers;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A parse's {@link NumberMemo} answers as a fresh computation does, however often and in whatever order it is asked. */
class NumberMemoTest {

    @Test
    void memoisedTokensSpansAndKindsAreTheFreshOnesForEveryLine() {
        List<String> lines = new ArrayList<>(SourceLines.all());
        NumberMemo memo = new NumberMemo();
        int classified = 0;
        // Twice over, the second time in another order: the second answers come from the memo.
        for (int round = 0; round < 2; round++) {
            for (String line : lines) {
                String copy = new String(line.toCharArray()); // equal text, another string: still the same answers
                assertThat(memo.tokens(copy)).as(line).isEqualTo(NumberScanner.scanByRegex(line));
                assertThat(memo.spans(line)).as(line).isEqualTo(NonFigureRules.spans(line, false));
                for (NumberToken token : memo.tokens(line)) {
                    assertThat(memo.classify(line, token)).as(line).isEqualTo(NonFigureRules.classify(line, token));
                    classified += memo.classify(line, token).isPresent() ? 1 : 0;
                }
            }
            Collections.shuffle(lines, new Random(19));
        }
        assertThat(classified).as("tokens a rule explains").isGreaterThan(500);
    }

    @Test
    void answersCannotBeChangedByTheirReaders() {
        NumberMemo memo = new NumberMemo();
        String line = "In 2019 there were 12 offences (Section 5)";
        assertThatThrownBy(() -> memo.tokens(line).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> memo.spans(line).clear()).isInstanceOf(UnsupportedOperationException.class);
        assertThat(memo.tokens(line)).extracting(NumberToken::printed).containsExactly("2019", "12", "5");
        assertThat(memo.spans(line)).isNotEmpty();
    }
}
