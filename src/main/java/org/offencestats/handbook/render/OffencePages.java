package org.offencestats.handbook.render;

import org.offencestats.handbook.model.EntityRef;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.OffenceDefinition;
import org.offencestats.handbook.render.Views.Link;
import org.offencestats.handbook.render.Views.Summary;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The list of offence codes and one page per code: definition, group, figures in each disclosure, mentions. */
final class OffencePages {

    private final TemplateRenderer templates;
    private final EntityNames names;

    OffencePages(TemplateRenderer templates, EntityNames names) {
        this.templates = templates;
        this.names = names;
    }

    void render(Handbook handbook, RenderedSite site) {
        String indexPath = Links.offences();
        Map<String, Object> vars = PageFrame.of(indexPath, "Offences by Home Office code",
                "Every Home Office offence code that a disclosure in the handbook reports or mentions.",
                List.of(new Link("Offences", indexPath)));
        List<Summary> items = new ArrayList<>();
        for (String code : handbook.offenceCodesWithPages()) {
            items.add(new Summary(new Link(code + " " + names.offence(code), Links.rootFrom(indexPath) + Links.offence(code)),
                    usage(handbook, code)));
        }
        vars.put("items", items);
        site.add(indexPath, templates.render("offences", vars));
        for (String code : handbook.offenceCodesWithPages()) {
            OffenceDefinition def = names.offenceDefinition(code);
            String path = Links.offence(code);
            String root = Links.rootFrom(path);
            Map<String, Object> page = PageFrame.of(path, code + " " + def.description(),
                    "Figures for Home Office offence code " + code + " across the disclosures in the handbook.",
                    List.of(new Link("Offences", indexPath), new Link(code, path)));
            page.put("code", code);
            page.put("def", def);
            page.put("group", def.group() == null ? null : handbook.taxonomies().offenceGroups().stream()
                    .filter(g -> g.id().equals(def.group())).findFirst().orElse(null));
            List<EntityRef> refs = handbook.offenceFigures().getOrDefault(code, List.of());
            page.put("figures", EntityFigures.rows(handbook, refs, root));
            page.put("mentions", mentions(handbook, handbook.offenceMentions().getOrDefault(code, java.util.Collections.emptySortedSet()), refs, root));
            site.add(path, templates.render("offence", page));
        }
    }

    private static String usage(Handbook handbook, String code) {
        long disclosures = handbook.offenceFigures().getOrDefault(code, List.of()).stream().map(EntityRef::disclosureSlug).distinct().count();
        int mentions = handbook.offenceMentions().getOrDefault(code, java.util.Collections.emptySortedSet()).size();
        return disclosures == 0 ? "mentioned in " + mentions + (mentions == 1 ? " disclosure" : " disclosures") + ", no figures"
                : "figures in " + disclosures + (disclosures == 1 ? " disclosure" : " disclosures");
    }

    /** Disclosures that mention the entity in their text, whether or not they also give figures. */
    static List<Link> mentions(Handbook handbook, Set<String> slugs, List<EntityRef> refs, String root) {
        return slugs.stream().map(handbook::disclosure)
                .map(d -> new Link(d.title(), root + Links.disclosure(d.slug()))).toList();
    }
}
