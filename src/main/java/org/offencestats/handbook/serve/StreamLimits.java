package org.offencestats.handbook.serve;

/** At most {@code cap} live-reload streams at once; a comment line every {@code heartbeatMillis} finds closed ones. */
record StreamLimits(int cap, long heartbeatMillis) {

    static final StreamLimits DEFAULT = new StreamLimits(64, 5_000);
}
