package org.offencestats.handbook.render.files;

import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.PeriodMeta;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.render.output.SiteOutput;
import org.offencestats.handbook.render.page.DisclosureSummary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * feed.xml: an Atom feed of disclosures, newest first, when the site's base URL is known (Atom needs absolute URLs).
 * Dates come from the content, never the clock, so rebuilds are byte-identical.
 */
public final class Feed {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    private Feed() {
    }

    public static void write(Handbook handbook, SiteOutput site) {
        String base = handbook.settings().baseUrl();
        if (base == null) {
            return;
        }
        List<Disclosure> newest = handbook.disclosures().stream().sorted(Comparator.comparing(Feed::updated).reversed()
                .thenComparing(Disclosure::slug)).toList();
        LocalDate latest = newest.isEmpty() ? LocalDate.of(2000, 1, 1) : updated(newest.get(0));
        site.add("feed.xml", XmlDocument.of(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            XmlDocument.element(w, "title", handbook.settings().title() + ": disclosures");
            XmlDocument.element(w, "id", base + "feed.xml");
            XmlDocument.element(w, "updated", latest + "T00:00:00Z");
            XmlDocument.link(w, base, "alternate");
            XmlDocument.link(w, base + "feed.xml", "self");
            w.writeStartElement("author");
            XmlDocument.element(w, "name", handbook.settings().title());
            w.writeEndElement();
            for (Disclosure d : newest) {
                w.writeStartElement("entry");
                XmlDocument.element(w, "title", d.title());
                XmlDocument.element(w, "id", base + Links.disclosure(d.slug()));
                XmlDocument.element(w, "updated", updated(d) + "T00:00:00Z");
                XmlDocument.link(w, base + Links.disclosure(d.slug()), "alternate");
                XmlDocument.element(w, "summary", DisclosureSummary.detail(d) + (d.meta().subject() == null ? "" : ". " + d.meta().subject()));
                w.writeEndElement();
            }
            w.writeEndElement();
        }));
    }

    /**
     * When a disclosure last changed, from its content: its latest correction, else its response or request date,
     * else the end of the latest period it covers.
     */
    static LocalDate updated(Disclosure d) {
        return Stream.concat(d.meta().corrections().stream().map(c -> c.date()),
                        Stream.of(d.meta().responseDate(), d.meta().requestDate()))
                .filter(Objects::nonNull).max(Comparator.naturalOrder())
                .orElse(d.meta().periods().stream().map(PeriodMeta::end).filter(Objects::nonNull).max(Comparator.naturalOrder())
                        .orElse(LocalDate.of(2000, 1, 1)));
    }
}
