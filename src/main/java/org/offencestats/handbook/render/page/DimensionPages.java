package org.offencestats.handbook.render.page;

import org.offencestats.handbook.render.data.TableCsvs;
import org.offencestats.handbook.render.view.EntityNames;
import org.offencestats.handbook.render.engine.TemplateRenderer;
import org.offencestats.handbook.render.output.PageCache;
import org.offencestats.handbook.render.output.SiteOutput;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.AgeBandDefinition;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.EntityRef;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.NotClassifiable;
import org.offencestats.handbook.model.PlatformDefinition;
import org.offencestats.handbook.render.view.Views.Link;
import org.offencestats.handbook.render.view.Views.Summary;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Pages for the other dimensions that carry figures: platforms, age bands and periods. */
public final class DimensionPages {

    /** What a platform's, age band's or period's page shows of it; its description also becomes the page's. */
    public record Entity(String noun, String description, String source, List<Link> includes) {
    }

    /** The list of a dimension's entities. */
    public record Index(String intro, List<Summary> items, List<NotClassifiable> notClassifiable) {
    }

    private final TemplateRenderer templates;
    private final EntityNames names;

    private final PageCache cache;
    private final TableCsvs csvs;

    public DimensionPages(TemplateRenderer templates, EntityNames names, PageCache cache, TableCsvs csvs) {
        this.templates = templates;
        this.names = names;
        this.cache = cache;
        this.csvs = csvs;
    }

    public void render(Handbook handbook, SiteOutput site) {
        render(handbook, site, Dimension.PLATFORM, Links.index(Dimension.PLATFORM), "Platforms and apps",
                "The platforms, apps and channels that disclosures name, with the figures for each. Labels that name several "
                        + "platforms together keep their own page: their figures are never split.",
                handbook.taxonomies().notClassifiablePlatforms());
        render(handbook, site, Dimension.AGE_BAND, Links.index(Dimension.AGE_BAND), "Age bands",
                "The age bands of victims and suspects that disclosures use. Bands from different tables may overlap; each "
                        + "table says whose age it gives.", handbook.taxonomies().notClassifiableAgeBands());
        render(handbook, site, Dimension.PERIOD, Links.index(Dimension.PERIOD), "Periods",
                "The years and other periods that tables give figures for. A partial period is marked wherever it appears.", List.of());
    }

    private void render(Handbook handbook, SiteOutput site, Dimension dimension, String indexPath, String title, String intro,
                        List<NotClassifiable> notClassifiable) {
        List<String> withPages = handbook.keysWithPages(dimension);
        List<String> keys = withCombinationMembers(withPages, dimension);
        String root = Links.rootFrom(indexPath);
        PageFrame frame = PageFrame.of(handbook, indexPath, title, intro, List.of(new Link(title, indexPath)));
        List<Summary> items = new ArrayList<>();
        for (String key : keys) {
            EntityKey entity = new EntityKey(dimension, key);
            long disclosures = handbook.figures(dimension, key).stream().map(EntityRef::disclosureSlug).distinct().count();
            items.add(new Summary(new Link(names.label(entity), root + Links.entity(entity)),
                    "figures in " + disclosures + (disclosures == 1 ? " disclosure" : " disclosures")));
        }
        Index index = new Index(intro, items, notClassifiable);
        // Rendered again only when what it shows changed (the records compare by value).
        site.add(indexPath, cache.get(indexPath, List.of("dimensions", frame, index), () -> templates.render("dimensions", frame, index).getBytes(StandardCharsets.UTF_8)));
        EntityPageWriter writer = new EntityPageWriter(handbook, names, templates, cache, csvs);
        for (String key : keys) {
            EntityKey entity = new EntityKey(dimension, key);
            String label = names.label(entity);
            writer.write(site, entity, "dimension", label, "Figures for " + label + " across the disclosures in the handbook.",
                    List.of(new Link(title, indexPath), new Link(label, Links.entity(entity))),
                    new EntityPageWriter.Content(handbook.figures(dimension, key), combinationsIncluding(handbook, withPages, dimension, key),
                            List.of(), false),
                    pageRoot -> new Entity(dimension.noun(), describe(dimension, key), source(dimension, key), includes(dimension, key, pageRoot)));
        }
    }

    /** Keys with pages, plus the platforms that combination labels name, so every "includes" link has a page. */
    private List<String> withCombinationMembers(List<String> withPages, Dimension dimension) {
        java.util.SortedSet<String> keys = new java.util.TreeSet<>(withPages);
        if (dimension == Dimension.PLATFORM) {
            for (String key : withPages) {
                keys.addAll(names.platform(key).includes());
            }
        }
        return keys.stream().map(k -> new EntityKey(dimension, k)).sorted(names.readingOrder()).map(EntityKey::key).toList();
    }

    /**
     * Figures of combination labels that name this platform among others: listed, never split or added. The keys with
     * pages are worked out once per dimension ({@link Handbook#keysWithPages} goes through every entity key).
     */
    private List<EntityRef> combinationsIncluding(Handbook handbook, List<String> withPages, Dimension dimension, String key) {
        if (dimension != Dimension.PLATFORM) {
            return List.of();
        }
        List<EntityRef> refs = new ArrayList<>();
        for (String other : withPages) {
            if (names.platform(other).includes().contains(key)) {
                refs.addAll(handbook.figures(dimension, other));
            }
        }
        return refs;
    }

    private String describe(Dimension dimension, String key) {
        return switch (dimension) {
            case PLATFORM -> names.platform(key).description();
            case AGE_BAND -> bounds(names.ageBand(key));
            case PERIOD -> "A period named \"" + key + "\" in the tables. Where a table marks it as partial, the note says where it ends.";
            default -> "";
        };
    }

    private String source(Dimension dimension, String key) {
        return switch (dimension) {
            case PLATFORM -> names.platform(key).source();
            case AGE_BAND -> names.ageBand(key).source();
            default -> null;
        };
    }

    private List<Link> includes(Dimension dimension, String key, String root) {
        if (dimension != Dimension.PLATFORM) {
            return List.of();
        }
        PlatformDefinition p = names.platform(key);
        return p.includes().stream().map(id -> new Link(names.platform(id).name(), root + Links.entity(Dimension.PLATFORM, id))).toList();
    }

    private static String bounds(AgeBandDefinition a) {
        if (a.min() == null && a.max() != null) {
            return "Ages up to " + a.max() + ".";
        }
        if (a.max() == null && a.min() != null) {
            return "Ages " + a.min() + " and over.";
        }
        return a.min() == null ? "Age band as published." : "Ages " + a.min() + " to " + a.max() + ".";
    }
}
