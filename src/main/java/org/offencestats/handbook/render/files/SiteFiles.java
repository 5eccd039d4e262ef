package org.offencestats.handbook.render.files;

import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.render.engine.TemplateRenderer;
import org.offencestats.handbook.render.output.SiteOutput;
import org.offencestats.handbook.render.page.DisclosureSummary;
import org.offencestats.handbook.render.page.PageFrame;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.PeriodMeta;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The files around the pages: robots.txt, a 404 page, and, when the site's base URL is known, sitemap.xml and an
 * Atom feed of disclosures (both need absolute URLs). Dates come from the content, never the clock, so rebuilds
 * are byte-identical.
 */
public final class SiteFiles {

    private static final String ATOM = "http://www.w3.org/2005/Atom";
    private static final String SITEMAP = "http://www.sitemaps.org/schemas/sitemap/0.9";

    /**
     * HTTP headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages; see docs/hosting.md for nginx):
     * the pages' own Content-Security-Policy plus what a meta tag cannot say (frame-ancestors), and caching:
     * a year for fingerprinted assets, which change name when they change, five minutes for everything else.
     */
    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'";
    static final String HEADERS = """
            /*
              Content-Security-Policy: %s; frame-ancestors 'none'
              X-Content-Type-Options: nosniff
              Referrer-Policy: strict-origin-when-cross-origin
              Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
              Cache-Control: public, max-age=300
            /assets/*
              Cache-Control: public, max-age=31536000, immutable
            """.formatted(CSP);

    private final TemplateRenderer templates;

    public SiteFiles(TemplateRenderer templates) {
        this.templates = templates;
    }

    public void render(Handbook handbook, SiteOutput site) {
        String base = handbook.settings().baseUrl();
        site.add("_headers", HEADERS);
        site.add("robots.txt", "User-agent: *\nAllow: /\n" + (base == null ? "" : "Sitemap: " + base + "sitemap.xml\n"));
        Map<String, Object> vars = PageFrame.of(handbook, "404.html", "Page not found", "This page does not exist in the handbook.", List.of());
        // A 404 page is served at any depth: its links must not be relative to where it was asked for.
        vars.put("root", base == null ? "/" : java.net.URI.create(base).getRawPath());
        site.add("404.html", templates.render("404", vars));
        if (base != null) {
            site.add("sitemap.xml", sitemap(base, site));
            site.add("feed.xml", feed(handbook, base));
        }
    }

    private static String sitemap(String base, SiteOutput site) {
        return xml(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(SITEMAP);
            for (String path : site.paths()) {
                if (path.endsWith(".html") && !path.equals("404.html")) {
                    w.writeStartElement("url");
                    element(w, "loc", base + (path.equals(Links.home()) ? "" : path));
                    w.writeEndElement();
                }
            }
            w.writeEndElement();
        });
    }

    private static String feed(Handbook handbook, String base) {
        List<Disclosure> newest = handbook.disclosures().stream().sorted(Comparator.comparing(SiteFiles::updated).reversed()
                .thenComparing(Disclosure::slug)).toList();
        LocalDate latest = newest.isEmpty() ? LocalDate.of(2000, 1, 1) : updated(newest.get(0));
        return xml(w -> {
            w.writeStartElement("feed");
            w.writeDefaultNamespace(ATOM);
            element(w, "title", handbook.settings().title() + ": disclosures");
            element(w, "id", base + "feed.xml");
            element(w, "updated", latest + "T00:00:00Z");
            link(w, base, "alternate");
            link(w, base + "feed.xml", "self");
            w.writeStartElement("author");
            element(w, "name", handbook.settings().title());
            w.writeEndElement();
            for (Disclosure d : newest) {
                w.writeStartElement("entry");
                element(w, "title", d.title());
                element(w, "id", base + Links.disclosure(d.slug()));
                element(w, "updated", updated(d) + "T00:00:00Z");
                link(w, base + Links.disclosure(d.slug()), "alternate");
                element(w, "summary", DisclosureSummary.detail(d) + (d.meta().subject() == null ? "" : ". " + d.meta().subject()));
                w.writeEndElement();
            }
            w.writeEndElement();
        });
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

    private interface XmlBody {
        void write(XMLStreamWriter w) throws XMLStreamException;
    }

    private static String xml(XmlBody body) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeCharacters("\n");
            body.write(w);
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write XML", e);
        }
        return out + "\n";
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    private static void link(XMLStreamWriter w, String href, String rel) throws XMLStreamException {
        w.writeEmptyElement("link");
        w.writeAttribute("rel", rel);
        w.writeAttribute("href", href);
    }

}
