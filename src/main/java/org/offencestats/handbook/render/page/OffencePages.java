package org.offencestats.handbook.render.page;

import org.offencestats.handbook.model.NotClassifiable;
import org.offencestats.handbook.render.data.TableCsvs;
import org.offencestats.handbook.render.view.EntityNames;
import org.offencestats.handbook.render.engine.TemplateRenderer;
import org.offencestats.handbook.render.output.PageCache;
import org.offencestats.handbook.render.output.SiteOutput;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.EntityRef;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.OffenceDefinition;
import org.offencestats.handbook.model.OffenceGroup;
import org.offencestats.handbook.render.view.Views.Link;
import org.offencestats.handbook.render.view.Views.Summary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Offence pages: the index grouped by offence class, one page per code, and one per class. */
public final class OffencePages {

    /** What an offence code's page shows of the code itself. */
    public record Offence(String code, OffenceDefinition def, OffenceGroup group, String groupHref) {
    }

    /** What an offence class's page shows of the class: the class and its codes that have pages. */
    public record OffenceClass(OffenceGroup group, List<Link> codes) {
    }

    /** The list of offences, by class. */
    public record Index(List<ClassSection> sections, List<NotClassifiable> notClassifiable) {
    }

    /** An index section: an offence class and the codes in it that have pages. */
    record ClassSection(String id, String name, Link page, List<Summary> codes) {
    }

    private final TemplateRenderer templates;
    private final EntityNames names;

    private final PageCache cache;
    private final TableCsvs csvs;

    public OffencePages(TemplateRenderer templates, EntityNames names, PageCache cache, TableCsvs csvs) {
        this.templates = templates;
        this.names = names;
        this.cache = cache;
        this.csvs = csvs;
    }

    public void render(Handbook handbook, SiteOutput site) {
        List<String> codes = handbook.keysWithPages(Dimension.OFFENCE);
        List<String> classes = classesWithPages(handbook, codes);
        renderIndex(handbook, site, codes, classes);
        EntityPageWriter writer = new EntityPageWriter(handbook, names, templates, cache, csvs);
        for (String code : codes) {
            OffenceDefinition def = names.offence(code);
            EntityKey key = new EntityKey(Dimension.OFFENCE, code);
            OffenceGroup group = def.group() == null ? null : names.group(def.group());
            writer.write(site, key, "offence", code + " " + def.description(),
                    "Figures for Home Office offence code " + code + " across the disclosures in the handbook.",
                    List.of(new Link("Offences", Links.index(Dimension.OFFENCE)), new Link(code, Links.entity(Dimension.OFFENCE, code))),
                    new EntityPageWriter.Content(handbook.figures(Dimension.OFFENCE, code), List.of(),
                            handbook.mentions(Dimension.OFFENCE, code), false),
                    root -> new Offence(code, def, group, group == null ? null : root + Links.entity(Dimension.OFFENCE_CLASS, group.id())));
        }
        for (String id : classes) {
            OffenceGroup group = names.group(id);
            EntityKey key = new EntityKey(Dimension.OFFENCE_CLASS, id);
            writer.write(site, key, "offence-class", "Offence class " + id + ": " + group.name(),
                    "Figures for notifiable offence class " + id + " across the disclosures in the handbook.",
                    List.of(new Link("Offences", Links.index(Dimension.OFFENCE)), new Link("Class " + id, Links.entity(Dimension.OFFENCE_CLASS, id))),
                    new EntityPageWriter.Content(handbook.figures(Dimension.OFFENCE_CLASS, id), List.of(), List.of(), true),
                    root -> new OffenceClass(group, codes.stream().filter(c -> id.equals(names.offence(c).group()))
                            .map(c -> new Link(c + " " + names.offence(c).description(), root + Links.entity(Dimension.OFFENCE, c))).toList()));
        }
    }

    private void renderIndex(Handbook handbook, SiteOutput site, List<String> codes, List<String> classes) {
        String indexPath = Links.index(Dimension.OFFENCE);
        String root = Links.rootFrom(indexPath);
        PageFrame frame = PageFrame.of(handbook, indexPath, "Offences by Home Office code",
                "Every Home Office offence code and class that a disclosure in the handbook reports or mentions, grouped by class.",
                List.of(new Link("Offences", indexPath)));
        List<ClassSection> sections = new ArrayList<>();
        for (OffenceGroup g : handbook.taxonomies().offenceGroups()) {
            List<Summary> inClass = codes.stream().filter(c -> g.id().equals(names.offence(c).group()))
                    .map(c -> new Summary(new Link(c + " " + names.offence(c).description(), root + Links.entity(Dimension.OFFENCE, c)), usage(handbook, c))).toList();
            if (!inClass.isEmpty() || classes.contains(g.id())) {
                sections.add(new ClassSection(g.id(), g.name(), classes.contains(g.id()) ? new Link("Class " + g.id() + " page", root + Links.entity(Dimension.OFFENCE_CLASS, g.id())) : null, inClass));
            }
        }
        List<Summary> unclassed = codes.stream().filter(c -> names.offence(c).group() == null)
                .map(c -> new Summary(new Link(c + " " + names.offence(c).description(), root + Links.entity(Dimension.OFFENCE, c)), usage(handbook, c))).toList();
        if (!unclassed.isEmpty()) {
            sections.add(new ClassSection("", "Class not settled by the reference sources", null, unclassed));
        }
        List<NotClassifiable> notClassifiable = handbook.taxonomies().notClassifiableOffences();
        Index index = new Index(sections, notClassifiable);
        // Rendered again only when what it shows changed (the records compare by value).
        site.add(indexPath, cache.get(indexPath, List.of("offences", frame, index), () -> templates.render("offences", frame, index).getBytes(StandardCharsets.UTF_8)));
    }

    /** Classes with a page: those with class-level figures, and those holding a code that has a page. */
    private List<String> classesWithPages(Handbook handbook, List<String> codes) {
        Set<String> ids = new LinkedHashSet<>(handbook.keysWithPages(Dimension.OFFENCE_CLASS));
        codes.stream().map(c -> names.offence(c).group()).filter(g -> g != null).forEach(ids::add);
        return handbook.taxonomies().offenceGroups().stream().map(OffenceGroup::id).filter(ids::contains).toList();
    }

    private static String usage(Handbook handbook, String code) {
        long disclosures = handbook.figures(Dimension.OFFENCE, code).stream().map(EntityRef::disclosureSlug).distinct().count();
        int mentions = handbook.mentions(Dimension.OFFENCE, code).size();
        return disclosures == 0 ? "mentioned in " + mentions + (mentions == 1 ? " disclosure" : " disclosures") + ", no figures"
                : "figures in " + disclosures + (disclosures == 1 ? " disclosure" : " disclosures");
    }
}
