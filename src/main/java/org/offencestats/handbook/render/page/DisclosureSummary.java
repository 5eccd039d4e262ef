package org.offencestats.handbook.render.page;

import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.render.view.Format;

/** A disclosure in one line, wherever it is listed (lists, the home page, the feed), and its page's description. */
public final class DisclosureSummary {

    private DisclosureSummary() {
    }

    public static String detail(Disclosure d) {
        String reference = d.meta().reference() == null ? "Reference not stated" : "Reference " + d.meta().reference();
        int tables = d.parsed().tables().size();
        return d.meta().force() + " · " + reference + " · " + Format.periods(d) + " · "
                + (tables == 0 ? "no tables in the text" : tables + (tables == 1 ? " table" : " tables"));
    }

    /** The page's summary, under 160 characters: the request's subject, or the title. */
    public static String description(Disclosure d) {
        String text = d.meta().subject() != null ? d.meta().subject() : d.title();
        return text.length() > 155 ? text.substring(0, 154).strip() + "…" : text;
    }
}
