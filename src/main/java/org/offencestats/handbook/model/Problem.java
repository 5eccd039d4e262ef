package org.offencestats.handbook.model;

/**
 * Something in a source the pipeline could not read plainly. All are shown on the site and by {@code check}:
 * a NOTE is a quirk of the published source that the handbook handled (a garbled code, an interleaved total);
 * a WARNING needs a maintainer (a label no taxonomy names, an unreadable figure); an ERROR is input that is
 * wrong but does not stop the build. Bad maintainer input (a sidecar, a correction that cannot apply, a taxonomy)
 * stops it instead, as an {@code InputError}. {@code check --strict} fails on warnings and errors.
 */
public record Problem(Severity severity, SourceRef ref, String message, String hint) {

    public enum Severity { NOTE, WARNING, ERROR }

    public static Problem note(SourceRef ref, String message, String hint) {
        return new Problem(Severity.NOTE, ref, message, hint);
    }

    public static Problem warning(SourceRef ref, String message, String hint) {
        return new Problem(Severity.WARNING, ref, message, hint);
    }

    public String format() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + ref.cite() + ": " + message
                + (hint == null || hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
