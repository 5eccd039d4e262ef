package org.offencestats.handbook.render.files;

import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.render.engine.TemplateRenderer;
import org.offencestats.handbook.render.output.SiteOutput;
import org.offencestats.handbook.render.page.PageFrame;

import java.util.List;
import java.util.Map;

/** 404.html, the page a host serves for any address the site does not have. */
public final class NotFoundPage {

    private final TemplateRenderer templates;

    public NotFoundPage(TemplateRenderer templates) {
        this.templates = templates;
    }

    public void write(Handbook handbook, SiteOutput site) {
        String base = handbook.settings().baseUrl();
        PageFrame frame = PageFrame.of(handbook, "404.html", "Page not found", "This page does not exist in the handbook.", List.of());
        // A 404 page is served at any depth: its links must not be relative to where it was asked for.
        // Root-absolute from the base URL's path; without a base URL, from "/" (a sub-path site must set one: see
        // docs/hosting.md).
        frame = frame.withRoot(rootPath(base));
        site.add("404.html", templates.render("404", frame));
    }

    /** The path every link of the 404 page starts from: "/" or the base URL's path, ending in "/". */
    static String rootPath(String baseUrl) {
        String path = baseUrl == null ? null : java.net.URI.create(baseUrl).getRawPath();
        if (path == null || path.isEmpty()) {
            return "/";
        }
        return path.endsWith("/") ? path : path + "/";
    }
}
