package org.offencestats.handbook.link;

import org.offencestats.handbook.model.Dimension;
import org.offencestats.handbook.model.EntityMatch;
import org.offencestats.handbook.model.MatchBasis;
import org.offencestats.handbook.model.OffenceDefinition;
import org.offencestats.handbook.model.OffenceGroup;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Links a label by its form (an outcome number, an offence code or class that the label states) once no alias
 * names it. The words beside the number may agree or say nothing new; where they name a different entity
 * through the taxonomy's own wordings, the label is refused with the reason, never linked to either.
 */
final class LabelForms {

    /** A link, or the reason a label whose form names an entity was not linked; both absent when no form fits. */
    record Result(EntityMatch match, String refusal) {

        static Result refused(String why) {
            return new Result(null, why);
        }
    }

    /** Stands for a wording the taxonomy lists as naming no outcome. */
    private static final String NONE = "";

    private final Map<Dimension, Map<String, EntityMatch>> wordings;
    private final Set<String> outcomeTypes;
    /** Each outcome type's wordings (as keys), for words cut off with "...". */
    private final Map<String, Set<String>> outcomeKeys;
    private final Map<String, OffenceDefinition> offences;
    private final Map<String, OffenceGroup> groups;
    /** Class names are not wordings that link a label (a table row "Harassment" stays as the taxonomy says), but
     *  beside a class id they say which class the force meant. */
    private final Map<String, String> groupByName = new HashMap<>();

    LabelForms(Map<Dimension, Map<String, EntityMatch>> wordings, Set<String> outcomeTypes,
               Map<String, OffenceDefinition> offences, Map<String, OffenceGroup> groups) {
        this.wordings = new EnumMap<>(Dimension.class);
        wordings.forEach((d, byKey) -> this.wordings.put(d, Map.copyOf(byKey)));
        this.outcomeTypes = Set.copyOf(outcomeTypes);
        this.outcomeKeys = this.wordings.getOrDefault(Dimension.OUTCOME, Map.of()).entrySet().stream()
                .filter(e -> e.getValue().isEntity())
                .collect(Collectors.groupingBy(e -> e.getValue().key(), Collectors.mapping(Map.Entry::getKey, Collectors.toSet())));
        this.offences = Map.copyOf(offences);
        this.groups = Map.copyOf(groups);
        groups.values().forEach(g -> groupByName.putIfAbsent(WordingKey.of(g.name()), g.id()));
    }

    Optional<Result> read(Dimension dimension, String label) {
        return switch (dimension) {
            case OUTCOME -> OutcomeLabelForms.read(label).flatMap(r -> outcome(r, label));
            case OFFENCE -> OffenceLabelForms.read(label).flatMap(r -> offence(r, label));
            default -> Optional.empty();
        };
    }

    private Optional<Result> outcome(OutcomeLabelForms.Reading r, String label) {
        boolean known = OutcomeLabelForms.isOutcomeNumber(r.number()) && outcomeTypes.contains(r.number());
        if (!r.named() && (!known || namesAnOffence(r.remainder()))) {
            // "21 - Sexual activity involving a child under 13" is a class, not an outcome: a bare number is
            // an outcome only when nothing else claims it.
            return Optional.empty();
        }
        if (!known) {
            return Optional.of(Result.refused("it reads as outcome number " + r.number()
                    + ", which is not a Home Office outcome type (0 to 22, and 1A)"));
        }
        Set<String> named = outcomesNamedBy(r.remainder());
        // 1A is a charge too (for another offence): words for 1 ("Charge or Summons") do not contradict it.
        if (!named.isEmpty() && !named.contains(r.number()) && !(r.number().equals("1A") && named.contains("1"))) {
            return Optional.of(Result.refused("its number is outcome " + r.number() + " but its words name "
                    + (named.contains(NONE) ? "no outcome (the taxonomy lists them as not classifiable)"
                    : "outcome " + String.join(" or ", named.stream().sorted().toList()))));
        }
        return Optional.of(new Result(new EntityMatch(Dimension.OUTCOME, r.number(), MatchBasis.CODE,
                "Outcome type " + r.number() + " as the label states it (\"" + label.strip() + "\")."), null));
    }

    /**
     * The outcome types the words name through an alias or an official name: one for a whole wording; for a
     * wording cut off with "..." every type that has a wording starting so. Empty when they name none.
     */
    private Set<String> outcomesNamedBy(String words) {
        EntityMatch exact = words.isEmpty() ? null : wording(Dimension.OUTCOME, words);
        if (exact != null) {
            return Set.of(exact.isEntity() ? exact.key() : NONE);
        }
        String cut = words.replaceFirst("\\s*(\\.\\.\\.|…)$", "");
        if (cut.equals(words) || cut.isBlank()) {
            return Set.of();
        }
        String start = WordingKey.of(cut);
        return outcomeKeys.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(w -> w.startsWith(start)))
                .map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    private EntityMatch wording(Dimension d, String words) {
        return wordings.getOrDefault(d, Map.of()).get(WordingKey.of(words));
    }

    private boolean namesAnOffence(String words) {
        return !words.isEmpty() && (wording(Dimension.OFFENCE, words) != null || groupByName.containsKey(WordingKey.of(words)));
    }

    private Optional<Result> offence(OffenceLabelForms.Reading r, String label) {
        boolean code = r.kind() == OffenceLabelForms.Kind.CODE;
        if (code ? !offences.containsKey(r.id()) : !groups.containsKey(r.id())) {
            return Optional.empty();
        }
        String named = offenceNamedBy(r.remainder());
        boolean agrees = named != null && (named.equals(r.id()) || code && named.equals(offences.get(r.id()).group())
                || !code && offences.containsKey(named) && r.id().equals(offences.get(named).group()));
        if (r.digitsOnly() && !r.prefixed() && !agrees) {
            // "66" alone, or "13 and Over", may be a count, an age or an outcome: only words that name the class
            // itself, or "Class"/"HO code" before it, make it one.
            return Optional.empty();
        }
        String what = code ? "Home Office code " + r.id() : "notifiable offence class " + r.id();
        if (named != null && !agrees) {
            return Optional.of(Result.refused("it states " + what + " but its words name "
                    + (named.isEmpty() ? "no offence (the taxonomy lists them as not classifiable)" : named)));
        }
        return Optional.of(new Result(new EntityMatch(code ? Dimension.OFFENCE : Dimension.OFFENCE_CLASS, r.id(), MatchBasis.CODE,
                (code ? "Code " : "Class ") + r.id() + " as the label states it (\"" + label.strip() + "\")."), null));
    }

    /** The code or class id the words name, "" for a not-classifiable wording, null when they name nothing. */
    private String offenceNamedBy(String words) {
        if (words.isEmpty()) {
            return null;
        }
        EntityMatch m = wording(Dimension.OFFENCE, words);
        if (m != null) {
            return m.isEntity() ? m.key() : "";
        }
        return groupByName.get(WordingKey.of(words));
    }
}
