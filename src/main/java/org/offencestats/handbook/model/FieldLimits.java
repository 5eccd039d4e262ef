package org.offencestats.handbook.model;

import org.offencestats.handbook.InputError;

/**
 * The longest title, subject and label (sidecar titles and subjects; period, row and column labels) the site
 * accepts, in characters, from {@code limits} in content/site.yml; a key left out takes its default. A field
 * beyond its limit is almost always a wrong paste, and it would be repeated on every page that names it.
 */
public record FieldLimits(Integer title, Integer subject, Integer label) {

    public static final int DEFAULT_TITLE = 200;
    public static final int DEFAULT_SUBJECT = 1000;
    public static final int DEFAULT_LABEL = 300;

    public static FieldLimits defaults() {
        return new FieldLimits(null, null, null);
    }

    public int titleLimit() {
        return title == null ? DEFAULT_TITLE : title;
    }

    public int subjectLimit() {
        return subject == null ? DEFAULT_SUBJECT : subject;
    }

    public int labelLimit() {
        return label == null ? DEFAULT_LABEL : label;
    }

    /** Refuses {@code value}, the {@code field} at {@code where}, when it is longer than {@code limit} ({@code limits.key}). */
    public static void require(String value, int limit, String field, String key, SourceRef where) {
        int length = value == null ? 0 : value.codePointCount(0, value.length());
        if (length > limit) {
            throw new InputError(where, "the " + field + " has " + length + " characters, over the limit of " + limit,
                    "a " + field + " of at most " + limit + " characters (limits." + key + " in content/site.yml)",
                    "shorten the " + field + ", or raise limits." + key + " in content/site.yml if it really is that long");
        }
    }
}
