package org.offencestats.handbook.link;

import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.AgeBandDefinition;
import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.MatchBasis;
import org.offencestats.handbook.model.NotClassifiable;
import org.offencestats.handbook.model.OffenceDefinition;
import org.offencestats.handbook.model.OffenceGroup;
import org.offencestats.handbook.model.OutcomeDefinition;
import org.offencestats.handbook.model.PeriodKind;
import org.offencestats.handbook.model.PlatformDefinition;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.Taxonomies;
import org.offencestats.handbook.model.TaxonomyLookup;
import org.offencestats.handbook.parse.CodeReader;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;

/**
 * Look-ups over the maintained taxonomies: for each dimension, the wordings (aliases) that name an entity or
 * that the taxonomy records as naming none. A wording may name only one thing within a dimension.
 */
public final class TaxonomyIndex {

    private static final String OFFENCES = "taxonomies/offences.yml";

    private final TaxonomyLookup lookup;
    private final Map<Dimension, Map<String, EntityMatch>> wordings = new EnumMap<>(Dimension.class);
    private final List<CompiledKind> periodKinds = new ArrayList<>();
    private final LabelForms forms;

    private record CompiledKind(PeriodKind kind, Pattern pattern) {
    }

    public TaxonomyIndex(Taxonomies t) {
        lookup = new TaxonomyLookup(t);
        Set<String> seen = new HashSet<>();
        for (OffenceGroup g : t.offenceGroups()) {
            g.aliases().forEach(a -> put(Dimension.OFFENCE, a, new EntityMatch(Dimension.OFFENCE_CLASS, g.id(), MatchBasis.DESCRIPTION,
                    "Linked to offence class " + g.id() + " only: the reference sources do not settle its exact code."), OFFENCES));
        }
        for (OffenceDefinition o : t.offences()) {
            String canonical = CodeReader.canonicalOrNull(o.code() == null ? "" : o.code());
            if (canonical == null || !canonical.equals(o.code())) {
                throw new InputError(SourceRef.line(OFFENCES, 1), "offence code \"" + o.code() + "\" is not canonical",
                        "a code written NNN/NN, e.g. 086/02", "write the code with three digits, a slash and two digits");
            }
            if (!seen.add("offence " + o.code())) {
                throw duplicate(OFFENCES, "offence code " + o.code());
            }
            if (o.group() != null && lookup.group(o.group()) == null) {
                throw new InputError(SourceRef.line(OFFENCES, 1), "offence " + o.code() + " names unknown group " + o.group(),
                        "a group id listed under groups", "add the group or correct the id");
            }
            EntityMatch match = new EntityMatch(Dimension.OFFENCE, o.code(), MatchBasis.DESCRIPTION, null);
            o.aliases().forEach(a -> put(Dimension.OFFENCE, a, match, OFFENCES));
            putIfFree(Dimension.OFFENCE, o.description(), match);
        }
        notClassifiable(Dimension.OFFENCE, t.notClassifiableOffences(), OFFENCES);
        for (OutcomeDefinition o : t.outcomes()) {
            if (!seen.add("outcome " + o.type())) {
                throw duplicate("taxonomies/outcomes.yml", "outcome type " + o.type());
            }
            EntityMatch match = new EntityMatch(Dimension.OUTCOME, o.type(), MatchBasis.DESCRIPTION, null);
            o.aliases().forEach(a -> put(Dimension.OUTCOME, a, match, "taxonomies/outcomes.yml"));
            putIfFree(Dimension.OUTCOME, o.name(), match);
        }
        notClassifiable(Dimension.OUTCOME, t.notClassifiableOutcomes(), "taxonomies/outcomes.yml");
        for (PlatformDefinition p : t.platforms()) {
            if (!seen.add("platform " + p.id())) {
                throw duplicate("taxonomies/platforms.yml", "platform " + p.id());
            }
            String note = "combination".equals(p.kind()) ? "Names several platforms together; its figures are not split between them." : null;
            EntityMatch match = new EntityMatch(Dimension.PLATFORM, p.id(), MatchBasis.DESCRIPTION, note);
            p.aliases().forEach(a -> put(Dimension.PLATFORM, a, match, "taxonomies/platforms.yml"));
        }
        for (PlatformDefinition p : t.platforms()) {
            for (String member : p.includes()) {
                if (lookup.platform(member) == null) {
                    throw new InputError(SourceRef.line("taxonomies/platforms.yml", 1), "platform " + p.id() + " includes unknown platform " + member,
                            "ids of platforms listed in the file", "add the platform or correct the id");
                }
            }
        }
        notClassifiable(Dimension.PLATFORM, t.notClassifiablePlatforms(), "taxonomies/platforms.yml");
        for (AgeBandDefinition a : t.ageBands()) {
            if (!seen.add("age band " + a.id())) {
                throw duplicate("taxonomies/age-bands.yml", "age band " + a.id());
            }
            EntityMatch match = new EntityMatch(Dimension.AGE_BAND, a.id(), MatchBasis.DESCRIPTION, null);
            a.aliases().forEach(alias -> put(Dimension.AGE_BAND, alias, match, "taxonomies/age-bands.yml"));
            putIfFree(Dimension.AGE_BAND, a.label(), match);
        }
        notClassifiable(Dimension.AGE_BAND, t.notClassifiableAgeBands(), "taxonomies/age-bands.yml");
        uniqueFileNames(OFFENCES, "offence codes", lookup.offences().keySet());
        uniqueFileNames(OFFENCES, "offence classes", lookup.groups().keySet());
        uniqueFileNames("taxonomies/outcomes.yml", "outcome types", lookup.outcomes().keySet());
        uniqueFileNames("taxonomies/platforms.yml", "platforms", t.platforms().stream().map(PlatformDefinition::id).toList());
        uniqueFileNames("taxonomies/age-bands.yml", "age bands", t.ageBands().stream().map(AgeBandDefinition::id).toList());
        for (PeriodKind k : t.periodKinds()) {
            try {
                Pattern pattern = Pattern.compile(k.labelPattern());
                if (!k.labelPattern().contains("(?<year>")) {
                    throw new PatternSyntaxException("no named group \"year\"", k.labelPattern(), 0);
                }
                periodKinds.add(new CompiledKind(k, pattern));
            } catch (PatternSyntaxException e) {
                throw new InputError(SourceRef.line("taxonomies/periods.yml", 1), "period kind " + k.id() + " has a bad label_pattern: "
                        + e.getDescription(), "a Java regular expression with a named group (?<year>...)", "correct the pattern", e);
            }
        }
        forms = new LabelForms(wordings, lookup.outcomes().keySet(), lookup.offences(), lookup.groups());
    }

    /** The comparison key of a wording: case, spacing and dash style do not distinguish wordings. */
    static String key(String wording) {
        return WordingKey.of(wording);
    }

    private void put(Dimension d, String wording, EntityMatch match, String file) {
        if (wording == null || wording.isBlank()) {
            return;
        }
        EntityMatch previous = wordings.computeIfAbsent(d, x -> new HashMap<>()).putIfAbsent(key(wording), match);
        if (previous != null && !previous.equals(match)) {
            throw new InputError(SourceRef.line(file, 1), "the wording \"" + wording + "\" names both " + describe(previous) + " and " + describe(match),
                    "each wording names one thing", "remove it from one of them");
        }
    }

    /** Official names are matched too, unless a maintainer has used the same wording as an alias elsewhere. */
    private void putIfFree(Dimension d, String wording, EntityMatch match) {
        if (wording != null && !wording.isBlank()) {
            wordings.computeIfAbsent(d, x -> new HashMap<>()).putIfAbsent(key(wording), match);
        }
    }

    private void notClassifiable(Dimension d, List<NotClassifiable> labels, String file) {
        labels.forEach(n -> put(d, n.label(), new EntityMatch(d, null, MatchBasis.NOT_CLASSIFIABLE, n.meaning()), file));
    }

    private static String describe(EntityMatch m) {
        return m.key() == null ? "\"not classifiable\"" : m.dimension().noun() + " " + m.key();
    }

    /** Each entity's page is named by its key's slug: two keys with one slug would write one file twice. */
    private static void uniqueFileNames(String file, String what, java.util.Collection<String> keys) {
        Map<String, String> owners = new HashMap<>();
        for (String key : keys.stream().sorted().toList()) {
            String other = owners.putIfAbsent(org.offencestats.handbook.paths.Slugs.of(key), key);
            if (other != null) {
                throw new InputError(SourceRef.line(file, 1), what + " \"" + other + "\" and \"" + key + "\" would have pages with the same file name",
                        "ids that differ in letters or digits, not only in case or punctuation", "rename or merge one of the two");
            }
        }
    }

    private static InputError duplicate(String file, String what) {
        return new InputError(SourceRef.line(file, 1), what + " is listed twice", "one entry each", "merge the two entries");
    }

    /**
     * What a label names in a dimension: by wording first, then by the code, class or outcome number it states
     * ("OC01 – Charge/Summons", "8L - Harassment"); periods by form. Empty when nothing, or when the form and the
     * words disagree ({@link #whyUnlinked} says so).
     */
    public Optional<EntityMatch> match(Dimension dimension, String label) {
        if (dimension == Dimension.PERIOD) {
            return period(label);
        }
        EntityMatch byWording = wordings.getOrDefault(dimension, Map.of()).get(key(label));
        return byWording != null ? Optional.of(byWording) : forms.read(dimension, label).map(r -> r.match());
    }

    /** Why a label that states an outcome number, code or class was not linked (e.g. "Outcome 99"); empty otherwise. */
    public Optional<String> whyUnlinked(String label) {
        return Stream.of(Dimension.OUTCOME, Dimension.OFFENCE)
                .filter(d -> match(d, label).isEmpty())
                .flatMap(d -> forms.read(d, label).map(LabelForms.Result::refusal).stream())
                .filter(Objects::nonNull).findFirst();
    }

    private Optional<EntityMatch> period(String label) {
        for (CompiledKind k : periodKinds) {
            Matcher m = k.pattern().matcher(label.strip());
            if (m.matches()) {
                return Optional.of(new EntityMatch(Dimension.PERIOD, label.strip(), MatchBasis.PATTERN, k.kind().name()));
            }
        }
        return Optional.empty();
    }

    public Optional<OffenceDefinition> offence(String code) {
        return Optional.ofNullable(lookup.offence(code));
    }

    public Optional<OutcomeDefinition> outcome(String type) {
        return Optional.ofNullable(lookup.outcome(type));
    }
}
