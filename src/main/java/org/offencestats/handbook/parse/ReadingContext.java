package org.offencestats.handbook.parse;

import org.offencestats.handbook.model.Problem;

import java.util.List;

/**
 * What a reader may know of the text around it: the file, the question being answered (id and text, or null),
 * and the list its problems go to (a cell it cannot read is a reported problem, never a silent zero).
 */
record ReadingContext(String file, String questionId, String questionText, List<Problem> problems) {
}
