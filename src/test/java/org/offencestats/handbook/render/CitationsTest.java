package org.offencestats.handbook.render;

import org.junit.jupiter.api.Test;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.pipeline.Pipeline;
import org.offencestats.handbook.render.figures.Citations;

import static org.assertj.core.api.Assertions.assertThat;

/** A citation gives the page's address only when the site's address is known, and never doubles a full stop. */
class CitationsTest {

    private static final String BASE = "https://example.org/handbook/";

    @Test
    void withABaseUrlTheCitationGivesTheCanonicalAddress() {
        Handbook handbook = new Pipeline(SiteFixture.CONTENT, SiteFixture.TEMPLATES, BASE).model();
        Disclosure d = handbook.disclosure("2572-15");
        Citations.Citation c = Citations.disclosure(handbook, d);
        assertThat(c.plain()).endsWith("Republished in The offence-statistics handbook: " + BASE + Links.disclosure(d.slug()));
        assertThat(c.bibtex()).contains("  url = {" + BASE + Links.disclosure(d.slug()) + "}\n}");
        Citations.Citation page = Citations.page(handbook, "offences/class-86.html", "Offence class 86: Obscene publications etc.", "class-86");
        assertThat(page.plain()).isEqualTo("The offence-statistics handbook. Offence class 86: Obscene publications etc. " + BASE + "offences/class-86.html");
        assertThat(page.bibtex()).contains("url = {" + BASE + "offences/class-86.html}");
    }

    @Test
    void withoutABaseUrlTheCitationHasNoAddressAndNoUrlField() {
        Handbook handbook = SiteFixture.seeds().handbook();
        Disclosure d = handbook.disclosure("2572-15");
        Citations.Citation c = Citations.disclosure(handbook, d);
        assertThat(c.plain()).endsWith("Republished in The offence-statistics handbook.").doesNotContain(d.slug());
        assertThat(c.bibtex()).doesNotContain("url").endsWith("republished in The offence-statistics handbook}\n}");
        Citations.Citation page = Citations.page(handbook, "offences/class-86.html", "Offence class 86: Obscene publications etc.", "class-86");
        assertThat(page.plain()).isEqualTo("The offence-statistics handbook. Offence class 86: Obscene publications etc.");
        assertThat(page.bibtex()).doesNotContain("url");
    }
}
