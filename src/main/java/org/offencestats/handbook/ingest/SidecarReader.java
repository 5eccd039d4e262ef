package org.offencestats.handbook.ingest;

import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.DisclosureMeta;
import org.offencestats.handbook.model.SourceRef;

/** Reads a disclosure's YAML sidecar and checks the keys every page needs. */
final class SidecarReader {

    private static final String EXPECTED = "keys force, reference, title, subject, request_date, response_date, url, "
            + "periods, scope, notes, corrections (see README: 'Adding a disclosure')";

    private final YamlFiles yaml;

    SidecarReader(YamlFiles yaml) {
        this.yaml = yaml;
    }

    DisclosureMeta read(String file, String text) {
        DisclosureMeta meta = yaml.read(text, DisclosureMeta.class, file, EXPECTED);
        require(file, meta.force(), "force", "the police force that answered, e.g. 'West Midlands Police'");
        require(file, meta.title(), "title", "a plain title naming the subject, force and period");
        for (var period : meta.periods()) {
            if (period.label() == null || period.label().isBlank()) {
                throw new InputError(SourceRef.line(file, 1), "a period has no label", "label: how the disclosure names the period",
                        "add the label, e.g. '2015' or '2021/22'");
            }
            if (period.start() != null && period.end() != null && period.end().isBefore(period.start())) {
                throw new InputError(SourceRef.line(file, 1), "period '" + period.label() + "' ends before it starts",
                        "start on or before end", "correct the dates");
            }
        }
        return meta;
    }

    private static void require(String file, String value, String key, String what) {
        if (value == null || value.isBlank()) {
            throw new InputError(SourceRef.line(file, 1), "the sidecar has no " + key, key + ": " + what,
                    "add the key '" + key + "'");
        }
    }
}
