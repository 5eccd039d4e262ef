package org.offencestats.handbook.serve;

import org.offencestats.handbook.render.output.RenderedSite;

/**
 * What the preview serves: the newest good build, and the error of the newest build if it failed. The version
 * changes with every rebuild, so open pages know when to reload.
 */
record Preview(RenderedSite site, String error, long version) {

    static Preview empty() {
        return new Preview(null, "The first build has not finished yet.", 0);
    }

    Preview built(RenderedSite newSite) {
        return new Preview(newSite, null, version + 1);
    }

    Preview failed(String message) {
        return new Preview(site, message, version + 1);
    }
}
