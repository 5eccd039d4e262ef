package org.offencestats.handbook.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * What the lines before a table say about it: a "TABLE 2" heading gives its number, a bold or "Table -" line its
 * title, and "the table below" a weaker title used only when there is no other. A question in between forgets the
 * titles (they belonged to something else); a table takes them and the state starts again.
 */
final class Captions {

    private Integer number;
    private int numberBlock = -1;
    private boolean captionNext;
    private String title;
    private int titleBlock = -1;
    private String weakTitle;

    /** A "TABLE 2" heading, as the passage at {@code block}; the next heading line is its caption. */
    void tableNumber(int tableNumber, int block) {
        number = tableNumber;
        numberBlock = block;
        captionNext = true;
    }

    boolean expectsCaption() {
        return captionNext;
    }

    /** A heading line, as the passage at {@code block}, that titles the next table. */
    void title(String text, int block) {
        captionNext = false;
        title = captionOf(text);
        titleBlock = block;
    }

    /** "Please note all outcomes ... in the table below": a title only when nothing better comes. */
    void weakTitle(String text) {
        weakTitle = text;
    }

    void forgetTitles() {
        title = null;
        weakTitle = null;
    }

    Integer number() {
        return number;
    }

    String title() {
        return title != null ? title : weakTitle;
    }

    /** The passages that gave the table its number or title: they become its caption. */
    List<Integer> captionBlocks() {
        List<Integer> found = new ArrayList<>();
        if (number != null) {
            found.add(numberBlock);
        }
        if (title != null) {
            found.add(titleBlock);
        }
        return found;
    }

    void reset() {
        number = null;
        title = null;
        weakTitle = null;
        captionNext = false;
    }

    /** "Table - count of offences ...:" reads as the caption "Count of offences ...". */
    static String captionOf(String text) {
        String caption = text.replaceFirst("(?i)^table\\s*(\\d+\\s*)?[-–:]\\s*", "").replaceFirst(":\\s*$", "").strip();
        return caption.isEmpty() ? text : Character.toUpperCase(caption.charAt(0)) + caption.substring(1);
    }
}
