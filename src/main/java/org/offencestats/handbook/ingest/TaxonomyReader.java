package org.offencestats.handbook.ingest;

import org.offencestats.handbook.model.NotClassifiable;
import org.offencestats.handbook.model.OffenceDefinition;
import org.offencestats.handbook.model.OffenceGroup;
import org.offencestats.handbook.model.OutcomeDefinition;
import org.offencestats.handbook.model.Taxonomies;

import java.util.List;

/** Reads content/taxonomies/offences.yml and outcomes.yml. */
final class TaxonomyReader {

    /** A wording the maintainers chose not to map yet, and why: documentation for the next maintainer. */
    record UnmappedWording(String wording, String why) {
    }

    record OffencesFile(List<OffenceGroup> groups, List<OffenceDefinition> offences, List<UnmappedWording> unmappedWordings) {
    }

    record OutcomesFile(List<OutcomeDefinition> outcomes, List<NotClassifiable> notClassifiable) {
    }

    private final YamlFiles yaml;

    TaxonomyReader(YamlFiles yaml) {
        this.yaml = yaml;
    }

    Taxonomies read(String offencesText, String offencesFile, String outcomesText, String outcomesFile) {
        OffencesFile offences = yaml.read(offencesText, OffencesFile.class, offencesFile,
                "keys groups, offences (code, description, group, aliases, source) and unmapped_wordings");
        OutcomesFile outcomes = yaml.read(outcomesText, OutcomesFile.class, outcomesFile,
                "keys outcomes (type, name, explanation, aliases, source) and not_classifiable (label, meaning)");
        return new Taxonomies(orEmpty(offences.groups()), orEmpty(offences.offences()),
                orEmpty(outcomes.outcomes()), orEmpty(outcomes.notClassifiable()));
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
