package org.offencestats.handbook.render;

import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.EntityRef;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.OutcomeDefinition;
import org.offencestats.handbook.render.Views.Link;
import org.offencestats.handbook.render.Views.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The list of outcome types (by type number) and one page per type: what it means, and its figures by offence. */
final class OutcomePages {

    private final TemplateRenderer templates;
    private final EntityNames names;

    OutcomePages(TemplateRenderer templates, EntityNames names) {
        this.templates = templates;
        this.names = names;
    }

    void render(Handbook handbook, RenderedSite site) {
        String indexPath = Links.outcomes();
        Map<String, Object> vars = PageFrame.of(handbook, indexPath, "Outcomes of investigations",
                "The Home Office crime outcome types that disclosures in the handbook report, with what each means.",
                List.of(new Link("Outcomes", indexPath)));
        List<Summary> items = new ArrayList<>();
        List<String> types = handbook.keysWithPages(Dimension.OUTCOME);
        for (String type : types) {
            OutcomeDefinition def = names.outcome(type);
            items.add(new Summary(new Link("Outcome " + type + ": " + def.name(), Links.rootFrom(indexPath) + Links.outcome(type)),
                    def.explanation()));
        }
        vars.put("items", items);
        vars.put("notClassifiable", handbook.taxonomies().notClassifiableOutcomes());
        site.add(indexPath, templates.render("outcomes", vars));
        for (String type : types) {
            OutcomeDefinition def = names.outcome(type);
            String path = Links.outcome(type);
            String root = Links.rootFrom(path);
            Map<String, Object> page = PageFrame.of(handbook, path, "Outcome " + type + ": " + def.name(),
                    "What Home Office crime outcome " + type + " means, and how often disclosures in the handbook report it.",
                    List.of(new Link("Outcomes", indexPath), new Link("Outcome " + type, path)));
            page.put("type", type);
            page.put("def", def);
            List<EntityRef> refs = handbook.figures(Dimension.OUTCOME, type);
            EntityFigures figures = new EntityFigures(handbook, names, root);
            page.put("hasCharts", true);
            page.put("groups", figures.groups(refs, false));
            page.put("acrossNote", figures.acrossDisclosures(refs));
            page.put("entityCsv", OffencePages.downloadFor(handbook, new org.offencestats.handbook.model.EntityKey(Dimension.OUTCOME, type), root));
            page.put("related", RelatedEntities.of(handbook, names, new org.offencestats.handbook.model.EntityKey(Dimension.OUTCOME, type), refs, root));
            page.put("mentions", OffencePages.mentions(handbook, handbook.mentions(Dimension.OUTCOME, type), root));
            site.add(path, templates.render("outcome", page));
        }
    }
}
