package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Problem;
import org.offencestats.handbook.parse.numbers.NumberMemo;

import java.util.List;

/**
 * What a reader may know of the text around it: the file, the question being answered (id and text, or null),
 * the list its problems go to (a cell it cannot read is a reported problem, never a silent zero), and the parse's
 * memo of each line's numbers and non-figure spans (so readers of the same line do not work them out again).
 */
record ReadingContext(String file, String questionId, String questionText, List<Problem> problems, NumberMemo numbers) {
}
