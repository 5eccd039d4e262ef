package org.offencestats.handbook.publish;

/**
 * An output folder the build will not write: replacing it whole could delete something that is not a site, or
 * another build is writing it now. Thrown before anything is written.
 */
public final class OutputRefused extends RuntimeException {

    /** {@code why} is a clause about the folder ("it is the input folder ..."), {@code fix} what to do instead. */
    OutputRefused(String folder, String why, String fix) {
        super("refusing to build the site into " + folder + ": " + why + "\n  fix: " + fix);
    }
}
