package org.offencestats.handbook.ingest;

import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.DisclosureMeta;
import org.offencestats.handbook.model.FieldLimits;
import org.offencestats.handbook.model.SourceRef;

/** Reads a disclosure's YAML sidecar and checks the keys every page needs. */
final class SidecarReader {

    private static final String EXPECTED = "keys force, reference, title, subject, request_date, response_date, url, "
            + "periods, scope, notes, corrections (see README: 'Adding a disclosure')";

    private final YamlFiles yaml;
    private final FieldLimits limits;

    SidecarReader(YamlFiles yaml, FieldLimits limits) {
        this.yaml = yaml;
        this.limits = limits;
    }

    DisclosureMeta read(String file, String text) {
        DisclosureMeta meta = yaml.read(text, DisclosureMeta.class, file, EXPECTED);
        require(file, meta.force(), "force", "the police force that answered, e.g. 'West Midlands Police'");
        require(file, meta.title(), "title", "a plain title naming the subject, force and period");
        FieldLimits.require(meta.title(), limits.titleLimit(), "title", "title", keyLine(file, text, "title"));
        FieldLimits.require(meta.subject(), limits.subjectLimit(), "subject", "subject", keyLine(file, text, "subject"));
        for (var period : meta.periods()) {
            if (period.label() == null || period.label().isBlank()) {
                throw new InputError(SourceRef.line(file, 1), "a period has no label", "label: how the disclosure names the period",
                        "add the label, e.g. '2015' or '2021/22'");
            }
            FieldLimits.require(period.label(), limits.labelLimit(), "period label", "label", keyLine(file, text, "label"));
            if (period.start() != null && period.end() != null && period.end().isBefore(period.start())) {
                throw new InputError(SourceRef.line(file, 1), "period '" + period.label() + "' ends before it starts",
                        "start on or before end", "correct the dates");
            }
        }
        return meta;
    }

    /** The line where {@code key} is first written, else line 1. */
    private static SourceRef keyLine(String file, String text, String key) {
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].matches("^[\\s-]*" + key + "\\s*:.*")) {
                return SourceRef.line(file, i + 1);
            }
        }
        return SourceRef.line(file, 1);
    }

    private static void require(String file, String value, String key, String what) {
        if (value == null || value.isBlank()) {
            throw new InputError(SourceRef.line(file, 1), "the sidecar has no " + key, key + ": " + what,
                    "add the key '" + key + "'");
        }
    }
}
