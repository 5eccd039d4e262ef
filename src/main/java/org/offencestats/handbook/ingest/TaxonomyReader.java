package org.offencestats.handbook.ingest;

import org.offencestats.handbook.model.AgeBandDefinition;
import org.offencestats.handbook.model.NotClassifiable;
import org.offencestats.handbook.model.OffenceDefinition;
import org.offencestats.handbook.model.OffenceGroup;
import org.offencestats.handbook.model.OutcomeDefinition;
import org.offencestats.handbook.model.PeriodKind;
import org.offencestats.handbook.model.PlatformDefinition;
import org.offencestats.handbook.model.Taxonomies;

import java.util.List;
import java.util.function.Function;

/**
 * Reads content/taxonomies: offences.yml and outcomes.yml (required), platforms.yml, age-bands.yml and
 * periods.yml (optional: a handbook whose tables use none of them may leave them out).
 */
final class TaxonomyReader {

    record OffencesFile(List<OffenceGroup> groups, List<OffenceDefinition> offences, List<NotClassifiable> notClassifiable) {
    }

    record OutcomesFile(List<OutcomeDefinition> outcomes, List<NotClassifiable> notClassifiable) {
    }

    record PlatformsFile(List<PlatformDefinition> platforms, List<NotClassifiable> notClassifiable) {
    }

    record AgeBandsFile(List<AgeBandDefinition> ageBands, List<NotClassifiable> notClassifiable) {
    }

    record PeriodsFile(List<PeriodKind> kinds) {
    }

    /** The files {@link #read} asks for, in the order it asks. */
    static final List<String> FILES = List.of("taxonomies/offences.yml", "taxonomies/outcomes.yml", "taxonomies/platforms.yml",
            "taxonomies/age-bands.yml", "taxonomies/periods.yml");

    private final YamlFiles yaml;

    TaxonomyReader(YamlFiles yaml) {
        this.yaml = yaml;
    }

    /** {@code text} returns a file's text, or null when an optional file is absent. */
    Taxonomies read(Function<String, String> text) {
        OffencesFile offences = yaml.read(text.apply("taxonomies/offences.yml"), OffencesFile.class, "taxonomies/offences.yml",
                "keys groups (id, name, note, aliases, source), offences (code, description, group, aliases, source), not_classifiable (label, meaning)");
        OutcomesFile outcomes = yaml.read(text.apply("taxonomies/outcomes.yml"), OutcomesFile.class, "taxonomies/outcomes.yml",
                "keys outcomes (type, name, explanation, aliases, source) and not_classifiable (label, meaning)");
        PlatformsFile platforms = optional(text, "taxonomies/platforms.yml", PlatformsFile.class,
                "keys platforms (id, name, kind, includes, description, aliases, source) and not_classifiable (label, meaning)",
                new PlatformsFile(List.of(), List.of()));
        AgeBandsFile ages = optional(text, "taxonomies/age-bands.yml", AgeBandsFile.class,
                "keys age_bands (id, label, min, max, aliases, source) and not_classifiable (label, meaning)",
                new AgeBandsFile(List.of(), List.of()));
        PeriodsFile periods = optional(text, "taxonomies/periods.yml", PeriodsFile.class,
                "key kinds (id, name, label_pattern, starts, months, definition, source)", new PeriodsFile(List.of()));
        return new Taxonomies(orEmpty(offences.groups()), orEmpty(offences.offences()), orEmpty(offences.notClassifiable()),
                orEmpty(outcomes.outcomes()), orEmpty(outcomes.notClassifiable()),
                orEmpty(platforms.platforms()), orEmpty(platforms.notClassifiable()),
                orEmpty(ages.ageBands()), orEmpty(ages.notClassifiable()), orEmpty(periods.kinds()));
    }

    private <T> T optional(Function<String, String> text, String file, Class<T> type, String expected, T absent) {
        String content = text.apply(file);
        return content == null ? absent : yaml.read(content, type, file, expected);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
