package org.offencestats.handbook.model;

/** The kinds of canonical entity a table label can stand for. */
public enum Dimension {
    OFFENCE("offence"),
    /** A notifiable offence class, for wordings whose class is certain but whose exact code is not. */
    OFFENCE_CLASS("offence class"),
    OUTCOME("outcome"),
    PLATFORM("platform"),
    AGE_BAND("age band"),
    PERIOD("period"),
    /** A total ("Grand Total") or the measure of a one-column table ("Total"): explicitly not an entity. */
    TOTAL("total");

    private final String noun;

    Dimension(String noun) {
        this.noun = noun;
    }

    public String noun() {
        return noun;
    }
}
