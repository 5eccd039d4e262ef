package org.offencestats.handbook.model;

/**
 * One number as printed in a source ("12,625", "Nil", "2019") and where it ended: a table cell, a stated
 * figure, a non-figure with its reason ({@code nonFigure}), or unplaced. {@code ref} has the token's column.
 */
public record SourceNumber(SourceRef ref, String printed, NumberPlace place, NonFigureKind nonFigure) {

    public SourceNumber {
        // Shared copies: the same short texts ("12", "-", a label) recur hundreds of thousands of times in a large handbook.
        printed = Shared.text(printed);
        if ((place == NumberPlace.NON_FIGURE) != (nonFigure != null)) {
            throw new IllegalArgumentException("a number has a non-figure reason exactly when it is a non-figure: " + place);
        }
    }
}
