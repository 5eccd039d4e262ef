package org.offencestats.handbook.model;

import java.util.List;

/**
 * Every number printed in one source, in reading order, each in exactly one place. It is how the handbook keeps
 * its promise that nothing is lost: a number no reader claimed and no rule explains is listed as unplaced.
 */
public record NumberLedger(List<SourceNumber> numbers) {

    public static final NumberLedger EMPTY = new NumberLedger(List.of());

    public NumberLedger {
        numbers = List.copyOf(numbers);
    }

    public long count(NumberPlace place) {
        return numbers.stream().filter(n -> n.place() == place).count();
    }

    public List<SourceNumber> in(NumberPlace place) {
        return numbers.stream().filter(n -> n.place() == place).toList();
    }

    public List<SourceNumber> unplaced() {
        return in(NumberPlace.UNPLACED);
    }
}
