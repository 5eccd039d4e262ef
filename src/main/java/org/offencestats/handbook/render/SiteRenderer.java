package org.offencestats.handbook.render;

import org.offencestats.handbook.model.Handbook;

import java.nio.file.Path;

/** Renders the whole site into memory, one renderer per kind of output. Nothing here touches site/. */
public final class SiteRenderer {

    private final Path templatesDir;

    public SiteRenderer(Path templatesDir) {
        this.templatesDir = templatesDir;
    }

    public RenderedSite render(Handbook handbook) {
        TemplateRenderer templates = new TemplateRenderer(templatesDir);
        EntityNames names = new EntityNames(handbook.taxonomies());
        RenderedSite site = new RenderedSite();
        new HomePage(templates).render(handbook, site);
        new DisclosurePages(templates, names).render(handbook, site);
        new OffencePages(templates, names).render(handbook, site);
        new OutcomePages(templates, names).render(handbook, site);
        new DimensionPages(templates, names).render(handbook, site);
        new EditorialPages(templates).render(handbook, site);
        new SearchPage(templates, names).render(handbook, site);
        new OpenData().render(handbook, site);
        new DataPage(templates).render(handbook, site);
        new Assets(templatesDir).copy(handbook, site);
        // Last: the sitemap lists every page rendered above.
        new SiteFiles(templates).render(handbook, site);
        return site;
    }
}
