package org.offencestats.handbook.render.page;

import org.offencestats.handbook.render.view.Views.Pager;
import org.offencestats.handbook.render.view.Views.EntityStatedView;
import org.offencestats.handbook.render.view.Views.DisclosureGroup;
import java.util.function.Function;
import org.offencestats.handbook.render.data.TableCsvs;
import org.offencestats.handbook.render.figures.Citations;
import org.offencestats.handbook.render.figures.EntityStatedFigures;
import org.offencestats.handbook.render.figures.RelatedEntities;
import org.offencestats.handbook.render.figures.EntityFigures;
import org.offencestats.handbook.render.view.EntityNames;
import org.offencestats.handbook.render.engine.TemplateRenderer;
import org.offencestats.handbook.render.output.PageCache;
import org.offencestats.handbook.render.output.SiteOutput;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.EntityRef;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.render.view.Views.Link;

import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;

/**
 * Writes an entity's page, split over numbered pages when many disclosures report it, with the parts all entity
 * pages share: figures grouped by disclosure, the refused cross-disclosure sum, downloads, mentions, related
 * entities and the pager. The kind-specific parts come from {@code kind}: a record made for the page's root.
 */
public final class EntityPageWriter {

    /** What every entity page shows, whatever the kind of entity, besides its frame and its kind's own model. */
    public record Page(boolean firstPage, Citations.Citation citation, boolean hasCharts, List<DisclosureGroup> groups,
                       List<DisclosureGroup> combinedGroups, String acrossNote, String entityCsv, List<RelatedEntities.Group> related,
                       List<Link> mentions, List<EntityStatedView> stated, String mentionsRange, Pager pager) {
    }

    /** What an entity page shows: the figures linked to it, figures under labels that combine it with others, mentions. */
    record Content(List<EntityRef> refs, List<EntityRef> combinedRefs, Collection<String> mentions, boolean sumRowsPerTable) {
    }

    private final Handbook handbook;
    private final EntityNames names;
    private final TemplateRenderer templates;

    private final PageCache cache;
    private final TableCsvs csvs;

    EntityPageWriter(Handbook handbook, EntityNames names, TemplateRenderer templates, PageCache cache, TableCsvs csvs) {
        this.handbook = handbook;
        this.names = names;
        this.templates = templates;
        this.cache = cache;
        this.csvs = csvs;
    }

    /** A rendered page and the values it was rendered from, kept so that a page whose inputs changed can still be
     * reused when what it shows is equal, value for value. */
    private record Rendered(List<Object> shown, byte[] bytes) {
    }

    void write(SiteOutput site, EntityKey key, String template, String title, String description, List<Link> trail, Content content,
               Function<String, Record> kind) {
        String first = Links.entity(key);
        int disclosures = Paging.disclosures(content.refs());
        // What the first page says about all the entity's figures depends on them and their disclosures only: kept while those are.
        List<Object> refInputs = cache.keeps() ? refInputs(key, content.refs()) : List.of(); // a full build keeps nothing
        String acrossNote = cache.get("across:" + first, refInputs,
                () -> new EntityFigures(handbook, names, csvs, "").acrossDisclosures(content.refs()));
        // Whether the entity's figures are offered as CSV: decided at most once per entity, and only if a page is made.
        Boolean[] download = new Boolean[1];
        List<Object> wholeInputs = null;
        for (Paging.Slice slice : Paging.slices(content.refs(), content.combinedRefs(), content.mentions())) {
            String path = Links.numbered(first, slice.number());
            String root = Links.rootFrom(path);
            List<RelatedEntities.Group> related = slice.first()
                    ? cache.get("related:" + first, refInputs, () -> RelatedEntities.of(handbook, names, key, content.refs(), root)) : List.of();
            // The kind-specific values (a class page's list of codes, say) may depend on other entities: compared by value.
            Record kindModel = kind.apply(root);
            if (wholeInputs == null) {
                // The references decide the page's share of them; compared by value, at once when they are the very list
                // of last time (the preview's model keeps an entity's list while it is equal).
                wholeInputs = List.of(key, content.refs(), content.combinedRefs(), content.mentions(), content.sumRowsPerTable(),
                        disclosures, String.valueOf(acrossNote));
            }
            List<Object> inputs = cache.keeps() ? inputs(slice, wholeInputs, List.of(related, kindModel)) : List.of();
            Rendered page = cache.get(path, inputs, () -> {
                List<Link> crumbs = new ArrayList<>(trail);
                String pageTitle = title;
                if (!slice.first()) {
                    crumbs.add(new Link("Page " + slice.number(), path));
                    pageTitle = title + " (page " + slice.number() + " of " + slice.count() + ")";
                }
                PageFrame frame = PageFrame.of(handbook, path, pageTitle, description, crumbs);
                Citations.Citation citation = Citations.page(handbook, path, pageTitle, (path.endsWith(".html") ? path.substring(0, path.length() - 5) : path).replace('/', '-'));
                EntityFigures figures = new EntityFigures(handbook, names, csvs, root);
                List<DisclosureGroup> groups = figures.groups(slice.refs(), content.sumRowsPerTable());
                List<DisclosureGroup> combinedGroups = figures.groups(slice.combinedRefs(), false);
                Page shown = new Page(slice.first(), citation, true, groups, combinedGroups, acrossNote, downloadFor(handbook, key, root, download),
                        related, mentions(handbook, slice.mentions(), root), EntityStatedFigures.of(handbook, key, slice.mentions(), root),
                        slice.count() > 1 ? Paging.range("disclosures", slice.number(), Paging.LINKS_PER_PAGE, content.mentions().size()) : null,
                        Paging.pager(first, slice.number(), slice.count(), root,
                                Paging.range("disclosures with figures", slice.number(), Paging.DISCLOSURES_PER_PAGE, disclosures)));
                // An edit to a disclosure's text that leaves what this page shows of it as it was renders nothing again.
                List<Object> values = List.of(template, frame, kindModel, shown);
                Rendered before = cache.previous(path);
                return before != null && before.shown().equals(values) ? before
                        : new Rendered(values, templates.render(template, frame, kindModel, shown).getBytes(StandardCharsets.UTF_8));
            });
            site.add(path, page.bytes());
        }
    }

    /**
     * What one page of an entity is made from: the whole entity's inputs, the page's place among the pages, the
     * values it shows about the whole entity, and by identity the taxonomies, the site settings and every disclosure
     * its share of references and mentions points into. So an edit to one disclosure renders again only the page that
     * shows it (and only if what the page shows of it changed).
     */
    private List<Object> inputs(Paging.Slice slice, List<Object> wholeEntity, List<Object> shownOfEntity) {
        List<Object> inputs = new ArrayList<>(wholeEntity);
        inputs.add(slice.count());
        inputs.addAll(shownOfEntity);
        Set<String> slugs = new LinkedHashSet<>();
        slice.refs().forEach(r -> slugs.add(r.disclosureSlug()));
        slice.combinedRefs().forEach(r -> slugs.add(r.disclosureSlug()));
        slugs.addAll(slice.mentions());
        List<Object> models = new ArrayList<>(List.of(handbook.taxonomies(), handbook.settings()));
        slugs.forEach(slug -> models.add(handbook.disclosure(slug)));
        inputs.addAll(PageCache.same(models));
        return inputs;
    }

    /** The entity, its references, and by identity the taxonomies and every disclosure the references point into. */
    private List<Object> refInputs(EntityKey key, List<EntityRef> refs) {
        List<Object> inputs = new ArrayList<>(List.of(key, refs, PageCache.same(handbook.taxonomies())));
        String previous = null;
        for (EntityRef r : refs) {
            // A disclosure's references to an entity come together: each disclosure is added once.
            if (!r.disclosureSlug().equals(previous)) {
                previous = r.disclosureSlug();
                inputs.add(PageCache.same(handbook.disclosure(previous)));
            }
        }
        return inputs;
    }

    /**
     * The entity's figures as CSV, when it has any: in a table, or stated in a disclosure's text. {@code known} keeps
     * the answer for the entity's other pages: the stated figures are looked for in every disclosure that mentions it.
     */
    private static String downloadFor(Handbook handbook, EntityKey key, String root, Boolean[] known) {
        if (known[0] == null) {
            known[0] = !handbook.figures(key.dimension(), key.key()).isEmpty() || EntityStatedFigures.any(handbook, key);
        }
        return known[0] ? root + Links.entityCsv(key) : null;
    }

    /** Disclosures that mention the entity in their text, whether or not they also give figures. */
    private static List<Link> mentions(Handbook handbook, java.util.Collection<String> slugs, String root) {
        return slugs.stream().map(handbook::disclosure).map(d -> new Link(d.title(), root + Links.disclosure(d.slug()))).toList();
    }
}
