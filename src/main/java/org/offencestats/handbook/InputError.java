package org.offencestats.handbook;

import org.offencestats.handbook.model.SourceRef;

/**
 * Bad input that stops the build: names the file and line, what was expected, and how to fix it.
 * Problems inside a disclosure's figures are not these: they are reported on the site instead.
 */
public final class InputError extends RuntimeException {

    private final transient SourceRef where;
    private final String expected;
    private final String fix;

    public InputError(SourceRef where, String problem, String expected, String fix, Throwable cause) {
        super(where.cite() + ": " + problem + "\n  expected: " + expected + "\n  fix: " + fix, cause);
        this.where = where;
        this.expected = expected;
        this.fix = fix;
    }

    public InputError(SourceRef where, String problem, String expected, String fix) {
        this(where, problem, expected, fix, null);
    }

    public SourceRef where() {
        return where;
    }

    public String expected() {
        return expected;
    }

    public String fix() {
        return fix;
    }
}
