package org.offencestats.handbook.render.page;

import org.offencestats.handbook.render.engine.MarkdownRenderer;
import org.offencestats.handbook.render.engine.TemplateRenderer;
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

    public EditorialPages(TemplateRenderer templates) {
        this.templates = templates;
    }

    public void render(Handbook handbook, SiteOutput site) {
        for (PageSource page : handbook.pages()) {
            String path = Links.page(page.slug());
            PageFrame frame = PageFrame.of(handbook, path, page.title(), page.title() + ": the offence-statistics handbook.",
                    List.of(new Link(page.title(), path)));
            String body = markdown.toHtml(page.markdown(), page.title());
            site.add(path, templates.render("page", frame, new Model(body)));
        }
    }
}
