package org.offencestats.handbook.model;

/** Why a number printed in a source is not a statistic. Each reason is shown to readers in plain words. */
public enum NonFigureKind {
    DATE("a date"),
    TIME("a time of day"),
    YEAR("a year"),
    PERIOD("a period label, such as a financial year"),
    REFERENCE("a request or document reference"),
    OFFENCE_CODE("a Home Office offence code or class"),
    OUTCOME_CODE("an outcome type number"),
    STATUTE("a statute, section or regulation"),
    LIST_NUMBER("a list, question or part number"),
    MONEY("an amount of money"),
    PERCENTAGE("a percentage"),
    DURATION("a duration or time span"),
    AGE("an age or age band"),
    PHONE("a phone number"),
    POSTCODE("a postcode"),
    WEB_ADDRESS("part of a web or email address"),
    FOOTNOTE_MARK("a footnote mark"),
    LABEL("part of a table's row or column label"),
    PAGE_FURNITURE("page furniture, such as a page number"),
    NUMBER_WORD("a number word in running text, not a count of what was asked");

    private final String reason;

    NonFigureKind(String reason) {
        this.reason = reason;
    }

    /** Plain words for readers: "a year", "a statute, section or regulation". */
    public String reason() {
        return reason;
    }
}
