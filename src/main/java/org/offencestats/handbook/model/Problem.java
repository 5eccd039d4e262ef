package org.offencestats.handbook.model;

/**
 * Something in a source the pipeline could not read as expected. Content problems are reported on the site
 * and by {@code check}; they never stop the build unless they are errors of the input itself.
 */
public record Problem(Severity severity, SourceRef ref, String message, String hint) {

    public enum Severity { WARNING, ERROR }

    public static Problem warning(SourceRef ref, String message, String hint) {
        return new Problem(Severity.WARNING, ref, message, hint);
    }

    public String format() {
        return severity.name().toLowerCase(java.util.Locale.ROOT) + ": " + ref.cite() + ": " + message
                + (hint == null || hint.isEmpty() ? "" : " (" + hint + ")");
    }
}
