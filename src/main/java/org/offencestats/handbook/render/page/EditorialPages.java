package org.offencestats.handbook.render.page;

import org.offencestats.handbook.render.engine.MarkdownRenderer;
import org.offencestats.handbook.render.engine.TemplateRenderer;
import org.offencestats.handbook.render.output.PageCache;
import org.offencestats.handbook.render.output.SiteOutput;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.PageSource;
import org.offencestats.handbook.render.view.Views.Link;

import java.util.List;
import java.util.Map;

/** One page per markdown file in content/pages. */
public final class EditorialPages {

    /** An editorial page: its body as sanitised HTML. */
    public record Model(String body) {
    }

    private final TemplateRenderer templates;
    private final MarkdownRenderer markdown = new MarkdownRenderer();

    private final PageCache cache;

    public EditorialPages(TemplateRenderer templates, PageCache cache) {
        this.templates = templates;
        this.cache = cache;
    }

    public void render(Handbook handbook, SiteOutput site) {
        for (PageSource page : handbook.pages()) {
            String path = Links.page(page.slug());
            PageFrame frame = PageFrame.of(handbook, path, page.title(), page.title() + ": the offence-statistics handbook.",
                    List.of(new Link(page.title(), path)));
            // Made from the page's source and frame alone (compared by value): rendered again only when they changed.
            site.add(path, cache.get(path, List.of("page", frame, page),
                    () -> templates.render("page", frame, new Model(markdown.toHtml(page.markdown(), page.title())))));
        }
    }
}
