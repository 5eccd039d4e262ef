package org.offencestats.handbook;

/**
 * A fault in the handbook itself (not bad input) met while reading one file: it names the file, so a maintainer can
 * report it with the text that caused it, and keeps the original exception as its cause.
 */
public final class ReadingFailure extends RuntimeException {

    private final String file;

    public ReadingFailure(String file, RuntimeException cause) {
        super("internal error while reading " + file + ": " + cause + "\n  This is a fault in the handbook, not in the file."
                + "\n  fix: report it with the file attached; the previous site (if any) was left unchanged", cause);
        this.file = file;
    }

    public String file() {
        return file;
    }

    /** Runs {@code step} on {@code file}: bad input stays an {@link InputError}; any other exception names the file. */
    public static <T> T whileReading(String file, java.util.function.Supplier<T> step) {
        try {
            return step.get();
        } catch (InputError | ReadingFailure e) {
            throw e;
        } catch (RuntimeException e) {
            throw new ReadingFailure(file, e);
        }
    }
}
