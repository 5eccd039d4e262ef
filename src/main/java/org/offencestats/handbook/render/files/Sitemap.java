package org.offencestats.handbook.render.files;

import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.render.output.SiteOutput;

/** sitemap.xml: every page rendered before it but the 404 page, by absolute URL, so only when the base URL is known. */
public final class Sitemap {

    private static final String NAMESPACE = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private Sitemap() {
    }

    /** Written last: it lists the pages already in {@code site}. */
    public static void write(Handbook handbook, SiteOutput site) {
        String base = handbook.settings().baseUrl();
        if (base == null) {
            return;
        }
        site.add("sitemap.xml", XmlDocument.of(w -> {
            w.writeStartElement("urlset");
            w.writeDefaultNamespace(NAMESPACE);
            for (String path : site.paths()) {
                if (path.endsWith(".html") && !path.equals("404.html")) {
                    w.writeStartElement("url");
                    XmlDocument.element(w, "loc", base + (path.equals(Links.home()) ? "" : path));
                    w.writeEndElement();
                }
            }
            w.writeEndElement();
        }));
    }
}
