package org.offencestats.handbook.render.page;

import org.offencestats.handbook.render.view.Format;
import org.offencestats.handbook.render.figures.MainPoints;
import org.offencestats.handbook.render.engine.TemplateRenderer;
import org.offencestats.handbook.render.output.PageCache;
import org.offencestats.handbook.render.output.SiteOutput;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.DataTable;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Handbook;
import org.offencestats.handbook.render.view.Views.Link;
import org.offencestats.handbook.render.view.Views.Summary;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** The home page: what the handbook is, the content note, headline counts, and the newest disclosures. */
public final class HomePage {

    /** What the home page shows. */
    public record Model(String holds, List<Summary> headlines, int disclosureCount, long tableCount, String figureCount, int offenceCount,
                        int outcomeCount, int platformCount, List<Summary> newest) {
    }

    /** How many headline figures the home page quotes, one from each of the newest disclosures with figures. */
    static final int HEADLINES = 3;

    private final TemplateRenderer templates;
    private final PageCache cache;

    public HomePage(TemplateRenderer templates, PageCache cache) {
        this.templates = templates;
        this.cache = cache;
    }

    public void render(Handbook handbook, SiteOutput site) {
        String path = Links.home();
        PageFrame frame = PageFrame.of(handbook, path, "The offence-statistics handbook",
                "Figures on sexual offences against children from police Freedom of Information responses, with their sources and caveats.",
                List.of());
        long tables = handbook.disclosures().stream().mapToLong(d -> d.parsed().tables().size()).sum();
        long figures = handbook.disclosures().stream().flatMap(d -> d.parsed().tables().stream()).mapToLong(DataTable::numberCount).sum();
        long stated = handbook.disclosures().stream().mapToLong(d -> d.parsed().statedFigures().size()).sum();
        int disclosureCount = handbook.disclosures().size();
        long tableCount = tables;
        String figureCount = Format.number(figures);
        int offenceCount = handbook.keysWithPages(org.offencestats.handbook.model.Dimension.OFFENCE).size();
        int outcomeCount = handbook.keysWithPages(org.offencestats.handbook.model.Dimension.OUTCOME).size();
        int platformCount = handbook.keysWithPages(org.offencestats.handbook.model.Dimension.PLATFORM).size();
        List<Disclosure> byDate = handbook.disclosures().stream()
                .sorted(Comparator.comparing(HomePage::latestEnd).reversed().thenComparing(Disclosure::slug)).toList();
        List<Summary> headlines = byDate.stream().flatMap(d -> MainPoints.of(d).stream().limit(1)
                        .map(p -> new Summary(new Link(p.text(), Links.disclosure(d.slug()) + "#main-points-h"), d.title())))
                .limit(HEADLINES).toList();
        List<Summary> newest = byDate.stream()
                .limit(5)
                .map(d -> new Summary(new Link(d.title(), Links.disclosure(d.slug())), DisclosureSummary.detail(d)))
                .toList();
        Model model = new Model(holds(handbook, figures + stated), headlines, disclosureCount, tableCount, figureCount, offenceCount, outcomeCount,
                platformCount, newest);
        // Rendered again only when what it shows changed (the records compare by value).
        site.add(path, cache.get(path, List.of("home", frame, model), () -> templates.render("home", frame, model)));
    }

    /** "833 figures from 5 disclosures by West Midlands Police, covering 2010 to 2022." */
    static String holds(Handbook handbook, long figures) {
        int n = handbook.disclosures().size();
        java.util.SortedSet<String> forces = new java.util.TreeSet<>();
        java.util.SortedSet<Integer> years = new java.util.TreeSet<>();
        for (Disclosure d : handbook.disclosures()) {
            forces.add(d.meta().force());
            d.meta().periods().forEach(p -> {
                if (p.start() != null) {
                    years.add(p.start().getYear());
                }
                if (p.end() != null) {
                    years.add(p.end().getYear());
                }
            });
        }
        String by = forces.size() == 1 ? forces.first() : forces.size() + " police forces";
        String span = years.isEmpty() ? "" : years.size() == 1 || years.first().equals(years.last()) ? ", covering " + years.first()
                : ", covering " + years.first() + " to " + years.last();
        return Format.number(figures) + (figures == 1 ? " figure" : " figures") + " from " + n + (n == 1 ? " disclosure" : " disclosures")
                + " by " + by + span + ".";
    }

    /** The latest date a disclosure's figures reach: how "newest" is judged when publication dates are unknown. */
    private static LocalDate latestEnd(Disclosure d) {
        return d.meta().periods().stream()
                .map(p -> p.end() != null ? p.end() : p.start() != null ? p.start() : LocalDate.MIN)
                .max(Comparator.naturalOrder()).orElse(LocalDate.MIN);
    }

}
