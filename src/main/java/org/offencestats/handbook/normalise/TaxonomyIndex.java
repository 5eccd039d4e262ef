package org.offencestats.handbook.normalise;

import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.NotClassifiable;
import org.offencestats.handbook.model.OffenceDefinition;
import org.offencestats.handbook.model.OffenceGroup;
import org.offencestats.handbook.model.OutcomeDefinition;
import org.offencestats.handbook.model.SourceRef;
import org.offencestats.handbook.model.Taxonomies;
import org.offencestats.handbook.parse.CodeReader;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** Look-ups over the maintained taxonomies: codes, types and the wordings (aliases) that name them. */
public final class TaxonomyIndex {

    private final SortedMap<String, OffenceDefinition> offences = new TreeMap<>();
    private final SortedMap<String, OffenceGroup> groups = new TreeMap<>();
    private final SortedMap<String, OutcomeDefinition> outcomes = new TreeMap<>();
    private final Map<String, String> offenceAliases = new HashMap<>();
    private final Map<String, String> outcomeAliases = new HashMap<>();
    private final Map<String, NotClassifiable> notClassifiable = new HashMap<>();

    public TaxonomyIndex(Taxonomies taxonomies) {
        taxonomies.offenceGroups().forEach(g -> groups.put(g.id(), g));
        for (OffenceDefinition o : taxonomies.offences()) {
            String canonical = CodeReader.canonicalOrNull(o.code() == null ? "" : o.code());
            if (canonical == null || !canonical.equals(o.code())) {
                throw new InputError(SourceRef.line("taxonomies/offences.yml", 1), "offence code \"" + o.code() + "\" is not canonical",
                        "a code written NNN/NN, e.g. 086/02", "write the code with three digits, a slash and two digits");
            }
            if (offences.put(o.code(), o) != null) {
                throw new InputError(SourceRef.line("taxonomies/offences.yml", 1), "offence code " + o.code() + " is listed twice",
                        "one entry per code", "merge the two entries");
            }
            if (o.group() != null && !groups.containsKey(o.group())) {
                throw new InputError(SourceRef.line("taxonomies/offences.yml", 1), "offence " + o.code() + " names unknown group " + o.group(),
                        "a group id listed under groups", "add the group or correct the id");
            }
            o.aliases().forEach(a -> putAlias(offenceAliases, a, o.code(), "taxonomies/offences.yml"));
            putAlias(offenceAliases, o.description(), o.code(), "taxonomies/offences.yml");
        }
        for (OutcomeDefinition o : taxonomies.outcomes()) {
            if (outcomes.put(o.type(), o) != null) {
                throw new InputError(SourceRef.line("taxonomies/outcomes.yml", 1), "outcome type " + o.type() + " is listed twice",
                        "one entry per type", "merge the two entries");
            }
            o.aliases().forEach(a -> putAlias(outcomeAliases, a, o.type(), "taxonomies/outcomes.yml"));
            putAlias(outcomeAliases, o.name(), o.type(), "taxonomies/outcomes.yml");
        }
        taxonomies.notClassifiableOutcomes().forEach(n -> notClassifiable.put(key(n.label()), n));
    }

    /** The comparison key of a wording: case, spacing and dash style do not distinguish wordings. */
    static String key(String wording) {
        return wording.toLowerCase(Locale.ROOT).replaceAll("[–—‐]", "-").replaceAll("\\s+", " ").strip();
    }

    private static void putAlias(Map<String, String> aliases, String wording, String target, String file) {
        if (wording == null || wording.isBlank()) {
            return;
        }
        String previous = aliases.putIfAbsent(key(wording), target);
        if (previous != null && !previous.equals(target)) {
            throw new InputError(SourceRef.line(file, 1), "the wording \"" + wording + "\" is an alias of both " + previous + " and " + target,
                    "each wording names one entity", "remove the alias from one of them");
        }
    }

    public Optional<OffenceDefinition> offence(String code) {
        return Optional.ofNullable(code == null ? null : offences.get(code));
    }

    public Optional<String> offenceByWording(String wording) {
        return Optional.ofNullable(offenceAliases.get(key(wording)));
    }

    public Optional<OutcomeDefinition> outcome(String type) {
        return Optional.ofNullable(type == null ? null : outcomes.get(type));
    }

    public Optional<String> outcomeByWording(String wording) {
        return Optional.ofNullable(outcomeAliases.get(key(wording)));
    }

    public Optional<NotClassifiable> notClassifiableOutcome(String wording) {
        return Optional.ofNullable(notClassifiable.get(key(wording)));
    }

    public Optional<OffenceGroup> group(String id) {
        return Optional.ofNullable(id == null ? null : groups.get(id));
    }

    public SortedMap<String, OffenceDefinition> offences() {
        return java.util.Collections.unmodifiableSortedMap(offences);
    }

    public SortedMap<String, OutcomeDefinition> outcomes() {
        return java.util.Collections.unmodifiableSortedMap(outcomes);
    }
}
