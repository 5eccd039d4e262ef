package org.offencestats.handbook.model;

/** Reasons a disclosure gives for withholding or not confirming information. */
public enum ExemptionKind {
    SECTION_12_COST_LIMIT("Section 12: cost limit",
            "The force says finding all the information would exceed the cost limit (18 hours of work), so it need not provide it all."),
    SECTION_21_REASONABLY_ACCESSIBLE("Section 21: reasonably accessible elsewhere",
            "The information is already published elsewhere, so the force points to it instead of providing it."),
    SECTION_30_INVESTIGATIONS("Section 30: investigations and proceedings",
            "Information held for criminal investigations is withheld."),
    SECTION_31_LAW_ENFORCEMENT("Section 31: law enforcement",
            "The force says releasing the information would harm the prevention or detection of crime."),
    SECTION_40_PERSONAL_INFORMATION("Section 40: personal information",
            "Information that could identify a living person is withheld."),
    SECTION_23_5_NEITHER_CONFIRM_NOR_DENY("Section 23(5): neither confirm nor deny (security bodies)",
            "The force will not say whether it holds other information supplied by, or about, the security bodies."),
    ATTACHMENT_NOT_INCLUDED("Attachment not included",
            "The response names an attachment that is not part of the published text, so its figures are not here.");

    private final String title;
    private final String explanation;

    ExemptionKind(String title, String explanation) {
        this.title = title;
        this.explanation = explanation;
    }

    public String title() {
        return title;
    }

    public String explanation() {
        return explanation;
    }
}
