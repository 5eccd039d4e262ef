package org.offencestats.handbook.render.page;

import org.offencestats.handbook.render.view.EntityNames;
import org.offencestats.handbook.render.engine.TemplateRenderer;
import org.offencestats.handbook.render.output.PageCache;
import org.offencestats.handbook.render.output.SiteOutput;
import org.offencestats.handbook.paths.Links;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.offencestats.handbook.model.AgeBandDefinition;
import org.offencestats.handbook.model.Column;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.OffenceDefinition;
import org.offencestats.handbook.model.OffenceGroup;
import org.offencestats.handbook.model.OutcomeDefinition;
import org.offencestats.handbook.model.PageSource;
import org.offencestats.handbook.model.PlatformDefinition;
import org.offencestats.handbook.model.Row;
import org.offencestats.handbook.model.StatedFigure;
import org.offencestats.handbook.render.view.Views.Link;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The search page and its index, built at build time and embedded in the page as JSON: search runs in the
 * reader's browser, needs no server, and works from disk. Offence codes are indexed in every form forces write
 * them ("086/02", "86/2", "86/02").
 */
public final class SearchPage {

    /** The search page: its index, as JSON. */
    public record Model(boolean hasSearch, String index) {
    }

    /**
     * One searchable page: title, URL from the site root, kind, keywords (codes, aliases), text (for a disclosure:
     * what its stated figures count, and its table labels), the exact keys that name the page ({@code e}: its offence
     * code, outcome type or reference) and the exact keys it mentions ({@code m}), in {@link SearchKeys}' forms.
     */
    record Doc(String t, String u, String k, String w, String x, List<String> e, List<String> m) {

        Doc(String t, String u, String k, String w, String x) {
            this(t, u, k, w, x, List.of(), List.of());
        }

        Doc(String t, String u, String k, String w, String x, String exactKey) {
            this(t, u, k, w, x, List.of(exactKey), List.of());
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final TemplateRenderer templates;
    private final EntityNames names;
    private final PageCache cache;

    public SearchPage(TemplateRenderer templates, EntityNames names, PageCache cache) {
        this.templates = templates;
        this.names = names;
        this.cache = cache;
    }

    public void render(Handbook handbook, SiteOutput site) {
        PageFrame frame = PageFrame.of(handbook, Links.search(), "Search", "Search the disclosures, offences, outcomes and table labels in the handbook.",
                List.of(new Link("Search", Links.search())));
        boolean hasSearch = true;
        Model model = new Model(hasSearch, json(docs(handbook)));
        // Rendered again only when what it shows changed (the records compare by value).
        site.add(Links.search(), cache.get(Links.search(), List.of("search", frame, model), () -> templates.render("search", frame, model)));
    }

    List<Doc> docs(Handbook handbook) {
        List<Doc> docs = new ArrayList<>();
        for (Disclosure d : handbook.disclosures()) {
            docs.add(cache.get("search:" + d.slug(), List.of(PageCache.same(d)), () -> doc(d)));
        }
        return docs(handbook, docs);
    }

    /** A disclosure's entry: made from the disclosure alone. */
    private static Doc doc(Disclosure d) {
        Set<String> labels = new LinkedHashSet<>();
        // What the stated figures count comes first, so the cap on the text never cuts it off.
        for (StatedFigure f : d.parsed().statedFigures()) {
            java.util.stream.Stream.of(f.wording(), f.sentence()).filter(w -> w != null && !w.isBlank()).forEach(labels::add);
        }
        for (DataTable t : d.parsed().tables()) {
            labels.add(t.title());
            t.rows().stream().filter(r -> !r.total()).map(Row::label).forEach(labels::add);
            t.columns().stream().filter(c -> !c.total()).map(Column::label).forEach(labels::add);
        }
        String keywords = join(d.meta().reference(), d.meta().force(), d.meta().subject());
        List<String> exact = d.meta().reference() == null || d.meta().reference().isBlank() ? List.of()
                : List.of(SearchKeys.reference(d.meta().reference()));
        return new Doc(d.title(), Links.disclosure(d.slug()), "Disclosure", keywords, cap(String.join(" · ", labels)), exact,
                List.copyOf(SearchKeys.mentionedBy(d)));
    }

    private List<Doc> docs(Handbook handbook, List<Doc> docs) {
        for (String code : handbook.keysWithPages(Dimension.OFFENCE)) {
            OffenceDefinition o = names.offence(code);
            String[] parts = code.split("/");
            String short1 = Integer.parseInt(parts[0]) + "/" + Integer.parseInt(parts[1]);
            String short2 = Integer.parseInt(parts[0]) + "/" + parts[1];
            docs.add(new Doc(code + " " + o.description(), Links.entity(Dimension.OFFENCE, code), "Offence code",
                    join(code, short1, short2, String.join(" · ", o.aliases())), o.group() == null ? "" : "class " + o.group(), SearchKeys.offence(code)));
        }
        for (OffenceGroup g : handbook.taxonomies().offenceGroups()) {
            if (site(handbook, Dimension.OFFENCE_CLASS, g.id()) || handbook.keysWithPages(Dimension.OFFENCE).stream()
                    .anyMatch(c -> g.id().equals(names.offence(c).group()))) {
                docs.add(new Doc("Offence class " + g.id() + ": " + g.name(), Links.entity(Dimension.OFFENCE_CLASS, g.id()), "Offence class",
                        join(g.id(), String.join(" · ", g.aliases())), g.note() == null ? "" : g.note(), SearchKeys.offenceClass(g.id())));
            }
        }
        for (String type : handbook.keysWithPages(Dimension.OUTCOME)) {
            OutcomeDefinition o = names.outcome(type);
            docs.add(new Doc("Outcome " + type + ": " + o.name(), Links.entity(Dimension.OUTCOME, type), "Outcome type",
                    join("Outcome " + type, String.join(" · ", o.aliases())), o.explanation(), SearchKeys.outcome(type)));
        }
        for (Dimension dim : List.of(Dimension.PLATFORM, Dimension.AGE_BAND, Dimension.PERIOD)) {
            for (String key : handbook.keysWithPages(dim)) {
                EntityKey entity = new EntityKey(dim, key);
                String aliases = switch (dim) {
                    case PLATFORM -> String.join(" · ", names.platform(key).aliases());
                    case AGE_BAND -> String.join(" · ", names.ageBand(key).aliases());
                    default -> key;
                };
                docs.add(new Doc(names.label(entity), Links.entity(entity), capitalise(dim.noun()), aliases, description(dim, key)));
            }
        }
        for (PageSource p : handbook.pages()) {
            docs.add(new Doc(p.title(), Links.page(p.slug()), "Page", "", cap(p.markdown().replaceAll("[#*_>\\[\\]()|-]", " "))));
        }
        return docs;
    }

    private boolean site(Handbook handbook, Dimension dimension, String key) {
        return handbook.keysWithPages(dimension).contains(key);
    }

    private String description(Dimension dim, String key) {
        if (dim == Dimension.PLATFORM) {
            PlatformDefinition p = names.platform(key);
            return p.description() == null ? "" : p.description();
        }
        if (dim == Dimension.AGE_BAND) {
            AgeBandDefinition a = names.ageBand(key);
            return a.label();
        }
        return "";
    }

    private static String join(String... parts) {
        return String.join(" · ", java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).toList());
    }

    private static String cap(String text) {
        return text.length() > 6000 ? text.substring(0, 6000) : text;
    }

    private static String capitalise(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String json(List<Doc> docs) {
        try {
            return JSON.writeValueAsString(docs).replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
                    .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the search index is always serialisable", e);
        }
    }
}
