package org.offencestats.handbook.render.files;

import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.render.output.SiteOutput;

/** robots.txt: everything may be crawled; the sitemap is named when the site's base URL is known. */
public final class RobotsTxt {

    private RobotsTxt() {
    }

    public static void write(Handbook handbook, SiteOutput site) {
        String base = handbook.settings().baseUrl();
        site.add("robots.txt", "User-agent: *\nAllow: /\n" + (base == null ? "" : "Sitemap: " + base + "sitemap.xml\n"));
    }
}
