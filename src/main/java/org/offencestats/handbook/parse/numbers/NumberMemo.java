package org.offencestats.handbook.parse.numbers;

import org.offencestats.handbook.model.NonFigureKind;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What one parse has already worked out about its texts' numbers: the {@link NumberScanner#scan tokens} and the
 * {@link NonFigureRules#spans non-figure spans} of each text, each computed once however many readers (and the
 * ledger) ask. Made afresh for each disclosure and dropped with its parse, so nothing is shared between parses.
 * Both are functions of the text alone, so a remembered answer is the answer a fresh computation gives
 * (NumberMemoTest holds this); the lists handed out cannot be changed.
 */
public final class NumberMemo {

    private final Map<String, List<NumberToken>> tokens = new HashMap<>();
    private final Map<String, List<NonFigureRules.Span>> spans = new HashMap<>();

    /** The numbers on {@code text}, in reading order ({@link NumberScanner#scan}). */
    public List<NumberToken> tokens(String text) {
        List<NumberToken> found = tokens.get(text);
        if (found == null) {
            found = List.copyOf(NumberScanner.scan(text));
            tokens.put(text, found);
        }
        return found;
    }

    /** The stretches of {@code line} that a non-figure rule explains ({@link NonFigureRules#spans(String)}). */
    public List<NonFigureRules.Span> spans(String line) {
        List<NonFigureRules.Span> found = spans.get(line);
        if (found == null) {
            found = List.copyOf(NonFigureRules.spans(line));
            spans.put(line, found);
        }
        return found;
    }

    /** Why the number at {@code token} on {@code line} is not a figure, if a rule says so. */
    public Optional<NonFigureKind> classify(String line, NumberToken token) {
        return NonFigureRules.classify(spans(line), token);
    }
}
