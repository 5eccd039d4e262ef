package org.offencestats.handbook.render.page;

import org.offencestats.handbook.model.Correction;
import org.offencestats.handbook.render.view.Views.Pager;
import org.offencestats.handbook.render.view.Views.NoteView;
import org.offencestats.handbook.render.view.Views.StatedView;
import org.offencestats.handbook.render.view.Views.UnplacedView;
import org.offencestats.handbook.render.view.Format;
import org.offencestats.handbook.render.data.DisclosureFigures;
import org.offencestats.handbook.render.data.TableCsvs;
import org.offencestats.handbook.render.figures.Citations;
import org.offencestats.handbook.render.figures.StrengthsAndLimitations;
import org.offencestats.handbook.render.figures.MainPoints;
import org.offencestats.handbook.render.figures.Wording;
import org.offencestats.handbook.render.figures.NumberViews;
import org.offencestats.handbook.render.figures.TableViews;
import org.offencestats.handbook.render.view.EntityNames;
import org.offencestats.handbook.render.view.PageNotes;
import org.offencestats.handbook.render.view.Views;
import org.offencestats.handbook.render.engine.TemplateRenderer;
import org.offencestats.handbook.render.output.PageCache;
import org.offencestats.handbook.render.output.SiteOutput;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.Block;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Exemption;
import org.offencestats.handbook.model.ExemptionKind;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.model.Passage;
import org.offencestats.handbook.model.Question;
import org.offencestats.handbook.model.TablePlacement;
import org.offencestats.handbook.render.view.Views.ExemptionView;
import org.offencestats.handbook.render.view.Views.Fact;
import org.offencestats.handbook.render.view.Views.Link;
import org.offencestats.handbook.render.view.Views.PassageView;
import org.offencestats.handbook.render.view.Views.ProblemView;
import org.offencestats.handbook.render.view.Views.QuestionView;
import org.offencestats.handbook.render.view.Views.Summary;
import org.offencestats.handbook.render.view.Views.TableView;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/** The list of disclosures and one page per disclosure: facts, questions, the response with every table in full. */
public final class DisclosurePages {

    /** What a disclosure's page shows, besides its frame. */
    public record Page(Disclosure d, Citations.Citation citation, String summary, List<MainPoints.Point> mainPoints, StrengthsAndLimitations quality, List<Fact> facts, List<String> notes, List<Correction> corrections, Map<String, TableView> tables, List<NoteView> pageNotes, List<String> caveats, boolean hasCharts, List<QuestionView> questions, List<StatedView> stated, List<UnplacedView> unplaced, String numberCount, List<ExemptionView> exemptions, List<ProblemView> problems, List<PassageView> blocks, List<PassageView> debris, List<Summary> related, String sourceHref, List<Link> figureDownloads) {
    }

    /** One page of the list of disclosures. */
    public record Index(List<Summary> items, Pager pager) {
    }

    private final TemplateRenderer templates;
    private final EntityNames names;

    private final PageCache cache;
    private final TableCsvs csvs;
    private final DisclosureFigures figures;

    public DisclosurePages(TemplateRenderer templates, EntityNames names, PageCache cache, TableCsvs csvs, DisclosureFigures figures) {
        this.figures = figures;
        this.templates = templates;
        this.names = names;
        this.cache = cache;
        this.csvs = csvs;
    }

    /** The list of disclosures, split over pages. */
    public void renderIndex(Handbook handbook, SiteOutput site) {
        String first = Links.disclosures();
        int total = handbook.disclosures().size();
        int count = Math.max(1, Paging.pages(total, Paging.LINKS_PER_PAGE));
        for (int n = 1; n <= count; n++) {
            String indexPath = Links.numbered(first, n);
            String root = Links.rootFrom(indexPath);
            List<Link> trail = new ArrayList<>(List.of(new Link("Disclosures", first)));
            if (n > 1) {
                trail.add(new Link("Page " + n, indexPath));
            }
            PageFrame frame = PageFrame.of(handbook, indexPath, n == 1 ? "Disclosures" : "Disclosures (page " + n + " of " + count + ")",
                    "Every FOI disclosure in the handbook, with its reference, period and tables.", trail);
            List<Summary> items = Paging.slice(handbook.disclosures(), n, Paging.LINKS_PER_PAGE).stream().map(d -> new Summary(
                    new Link(d.title(), root + Links.disclosure(d.slug())), DisclosureSummary.detail(d))).toList();
            Pager pager = Paging.pager(first, n, count, root, Paging.range("disclosures", n, Paging.LINKS_PER_PAGE, total));
            site.add(indexPath, templates.render("disclosures", frame, new Index(items, pager)));
        }
    }

    /** The pages of these disclosures: each depends on its disclosure, the taxonomies and the site settings only. */
    public void renderPages(Handbook handbook, SiteOutput site, List<Disclosure> disclosures) {
        for (Disclosure d : disclosures) {
            String path = Links.disclosure(d.slug());
            site.add(path, cache.get(path, PageCache.same(List.of(d, handbook.taxonomies(), handbook.settings())),
                    () -> templates.render("disclosure", frame(handbook, d, path), page(handbook, d, path))
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        }
    }

    private static PageFrame frame(Handbook handbook, Disclosure d, String path) {
        return PageFrame.of(handbook, path, d.title(), DisclosureSummary.description(d),
                List.of(new Link("Disclosures", Links.disclosures()), new Link(crumb(d), path)));
    }

    /** The disclosure in the breadcrumb: its request reference, else its title without the force, never its file name. */
    static String crumb(Disclosure d) {
        if (d.meta().reference() != null) {
            return "FOI " + d.meta().reference();
        }
        String title = d.title().replaceFirst("^" + java.util.regex.Pattern.quote(d.meta().force()) + ":\\s*", "");
        return title.isEmpty() ? d.title() : Character.toUpperCase(title.charAt(0)) + title.substring(1);
    }

    private Page page(Handbook handbook, Disclosure d, String path) {
        String root = Links.rootFrom(path);
        Citations.Citation citation = Citations.disclosure(handbook, d);
        String summary = DisclosureSummary.description(d);
        List<MainPoints.Point> mainPoints = MainPoints.of(d);
        StrengthsAndLimitations quality = StrengthsAndLimitations.of(d);
        List<Fact> facts = facts(d, root);
        List<String> notes = d.meta().notes();
        List<Correction> corrections = d.meta().corrections();
        PageNotes numbered = new PageNotes();
        TableViews views = new TableViews(root, names, numbered, csvs);
        Map<String, TableView> tableViews = new LinkedHashMap<>();
        for (DataTable t : d.parsed().tables()) {
            tableViews.put(t.id(), views.view(d, t));
        }
        List<NoteView> pageNotes = numbered.all().stream().map(n -> new Views.NoteView(n.number(), n.kind(), n.text())).toList();
        List<String> caveats = d.parsed().passages(org.offencestats.handbook.model.PassageKind.CAVEAT).stream()
                .map(p -> p.text()).distinct().toList();
        boolean hasCharts = !tableViews.isEmpty();
        NumberViews numberViews = new NumberViews(d, root, names);
        List<QuestionView> questions = questions(d, numberViews);
        List<StatedView> stated = numberViews.stated();
        List<UnplacedView> unplaced = numberViews.unplaced();
        String numberCount = NumberViews.countLine(d.parsed().numbers());
        List<ExemptionView> exemptions = exemptions(d);
        List<ProblemView> problems = d.problems().stream()
                .filter(p -> !NumberViews.isUnplaced(d.parsed().numbers(), p.ref())).map(p -> new ProblemView(p.severity().name().toLowerCase(Locale.ROOT),
                DisclosureSummary.sentence(p.message()), p.hint() == null ? null : DisclosureSummary.sentence(p.hint()), Wording.where(p.ref()))).toList();
        List<PassageView> blockViews = new ArrayList<>();
        List<PassageView> debrisViews = new ArrayList<>();
        for (Block b : d.parsed().blocks()) {
            if (b instanceof Passage p && p.kind() == org.offencestats.handbook.model.PassageKind.TABLE_CAPTION) {
                continue; // shown as the table's own heading
            }
            if (b instanceof TablePlacement t) {
                blockViews.add(new PassageView("table", null, null, Wording.where(t.ref()), t.tableId()));
            } else if (b instanceof Passage p) {
                PassageView view = new PassageView(p.kind().name().toLowerCase(Locale.ROOT).replace('_', '-'), p.text(),
                        p.questionId(), Wording.where(p.ref()), null);
                (p.kind() == org.offencestats.handbook.model.PassageKind.DEBRIS ? debrisViews : blockViews).add(view);
            }
        }
        List<Summary> related = related(d, root);
        String sourceHref = root + Links.source(d.source().file());
        return new Page(d, citation, summary, mainPoints, quality, facts, notes, corrections, tableViews, pageNotes, caveats, hasCharts, questions, stated, unplaced, numberCount, exemptions, problems, blockViews, debrisViews, related, sourceHref,
                List.of(new Link("Every figure, with its source line and notes (CSV, " + Format.size(figures.csvSize(d)) + ")", root + Links.disclosureFiguresCsv(d.slug())),
                        new Link("The same figures as JSON (" + Format.size(figures.jsonSize(d)) + ")", root + Links.disclosureFiguresJson(d.slug()))));
    }

    /** Every entity this disclosure's tables link to, then those its text only mentions, in entity order. */
    private List<Summary> related(Disclosure d, String root) {
        SortedSet<EntityKey> withFigures = d.linkedEntities();
        SortedSet<EntityKey> all = new TreeSet<>(names.readingOrder());
        all.addAll(withFigures);
        d.entities().offenceMentions().forEach(c -> all.add(new EntityKey(Dimension.OFFENCE, c)));
        d.entities().outcomeMentions().forEach(t -> all.add(new EntityKey(Dimension.OUTCOME, t)));
        List<Summary> list = new ArrayList<>();
        for (EntityKey key : all) {
            list.add(new Summary(new Link(names.label(key), root + Links.entity(key)),
                    (withFigures.contains(key) ? "figures in this disclosure" : "mentioned in the text")));
        }
        return list;
    }

    private static List<Fact> facts(Disclosure d, String root) {
        List<Fact> facts = new ArrayList<>();
        facts.add(new Fact("Force", d.meta().force()));
        facts.add(new Fact("Request reference", d.meta().reference() == null ? "Not stated in the response" : d.meta().reference()));
        facts.add(new Fact("Period covered", Format.periods(d)));
        if (d.meta().scope() != null) {
            facts.add(new Fact("Scope", d.meta().scope()));
        }
        facts.add(new Fact("Request date", d.meta().requestDate() == null ? "Not stated" : d.meta().requestDate().toString()));
        facts.add(new Fact("Response date", d.meta().responseDate() == null ? "Not stated" : d.meta().responseDate().toString()));
        facts.add(new Fact("Published at", d.meta().url() == null ? "Not stated" : d.meta().url()));
        return facts;
    }

    private static List<QuestionView> questions(Disclosure d, NumberViews numbers) {
        List<QuestionView> views = new ArrayList<>();
        for (Question q : d.parsed().questions()) {
            List<Link> tables = q.tableIds().stream().map(id -> {
                DataTable t = d.parsed().table(id);
                return new Link("Table " + t.number(), "#" + id);
            }).toList();
            views.add(new QuestionView(q.id(), q.text(), tables, numbers.answering(q.id()), q.numberingNote(), Wording.where(q.ref())));
        }
        return views;
    }

    private static List<ExemptionView> exemptions(Disclosure d) {
        Map<ExemptionKind, List<Exemption>> byKind = new EnumMap<>(ExemptionKind.class);
        d.parsed().exemptions().forEach(e -> byKind.computeIfAbsent(e.kind(), k -> new ArrayList<>()).add(e));
        List<ExemptionView> views = new ArrayList<>();
        byKind.forEach((kind, list) -> views.add(new ExemptionView(kind.title(), kind.explanation(),
                list.stream().map(Exemption::quote).toList(), list.stream().map(e -> Wording.where(e.ref())).toList())));
        return views;
    }
}
