package org.offencestats.handbook.render.figures;

import org.offencestats.handbook.render.view.EntityNames;
import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.EntityKey;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.NumberLedger;
import org.offencestats.handbook.model.NumberPlace;
import org.offencestats.handbook.model.Question;
import org.offencestats.handbook.model.SourceNumber;
import org.offencestats.handbook.model.StatedFigure;
import org.offencestats.handbook.render.view.Views.Link;
import org.offencestats.handbook.render.view.Views.StatedLine;
import org.offencestats.handbook.render.view.Views.StatedView;
import org.offencestats.handbook.render.view.Views.UnplacedView;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a disclosure page says about the numbers outside its tables: the figures stated in the text, the numbers the
 * handbook could not place, and one line that accounts for every number in the response.
 */
public final class NumberViews {

    private final Disclosure d;
    private final String root;
    private final EntityNames names;
    private final String sourceHref;

    public NumberViews(Disclosure d, String root, EntityNames names) {
        this.d = d;
        this.root = root;
        this.names = names;
        this.sourceHref = root + Links.source(d.source().file());
    }

    /** The page anchor of the stated figure at {@code index}. */
    static String anchor(int index) {
        return "figure-" + (index + 1);
    }

    public List<StatedView> stated() {
        List<StatedView> views = new ArrayList<>();
        List<StatedFigure> figures = d.parsed().statedFigures();
        for (int i = 0; i < figures.size(); i++) {
            StatedFigure s = figures.get(i);
            Question q = question(s.questionId());
            Link question = q == null ? null : new Link("Question " + q.id(), "#q-" + q.id());
            List<Link> entities = new ArrayList<>();
            for (EntityMatch m : d.entities().statedFigure(i)) {
                EntityKey key = new EntityKey(m.dimension(), m.key());
                entities.add(new Link(names.label(key), root + Links.entity(key)));
            }
            views.add(new StatedView(anchor(i), s.printed(), number(s.value()), s.wording(), s.sentence(), s.period(), question,
                    new Link(s.ref().citeWithinFile(), sourceHref), entities));
        }
        return views;
    }

    /** The stated figures that answer one question, as the question's list shows them. */
    public List<StatedLine> answering(String questionId) {
        List<StatedLine> lines = new ArrayList<>();
        List<StatedFigure> figures = d.parsed().statedFigures();
        for (int i = 0; i < figures.size(); i++) {
            StatedFigure s = figures.get(i);
            if (questionId.equals(s.questionId())) {
                lines.add(new StatedLine(new Link(s.printed(), "#" + anchor(i)), s.sentence(), s.ref().citeWithinFile()));
            }
        }
        return lines;
    }

    public List<UnplacedView> unplaced() {
        return d.parsed().numbers().unplaced().stream().map(n -> new UnplacedView(n.printed(), n.ref().line(), n.ref().column(),
                new Link(n.ref().citeWithinFile(), sourceHref))).toList();
    }

    /** "This response holds 57 numbers: 40 in tables, 3 stated in the text, ..." in plain words. */
    public static String countLine(NumberLedger ledger) {
        int all = ledger.numbers().size();
        if (all == 0) {
            return "This response holds no numbers.";
        }
        return "This response holds " + count(all, "number") + ": " + ledger.count(NumberPlace.TABLE_CELL) + " in tables, "
                + ledger.count(NumberPlace.STATED_FIGURE) + " stated in the text, " + ledger.count(NumberPlace.NON_FIGURE)
                + " that are not figures (dates, years, references and the like) and " + ledger.count(NumberPlace.UNPLACED)
                + " we could not place.";
    }

    /** True when {@code ref} is where an unplaced number stands: its warning is shown in the list of unplaced numbers. */
    public static boolean isUnplaced(NumberLedger ledger, org.offencestats.handbook.model.SourceRef ref) {
        return ledger.unplaced().stream().map(SourceNumber::ref).anyMatch(ref::equals);
    }

    private Question question(String id) {
        return id == null ? null : d.parsed().questions().stream().filter(q -> q.id().equals(id)).findFirst().orElse(null);
    }

    private static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }
}
