package org.offencestats.handbook.ingest;

import org.offencestats.handbook.InputError;
import org.offencestats.handbook.model.SourceRef;

import java.net.URI;
import java.net.URISyntaxException;

/** Checks a base URL: absolute http(s), no query or fragment; a missing final "/" is added. */
public final class BaseUrls {

    private BaseUrls() {
    }

    public static String check(String url, SourceRef where) {
        try {
            URI uri = new URI(url.strip());
            if (!("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) || uri.getHost() == null
                    || uri.getQuery() != null || uri.getFragment() != null) {
                throw new URISyntaxException(url, "not an absolute http(s) URL without query or fragment");
            }
            String text = uri.toString();
            return text.endsWith("/") ? text : text + "/";
        } catch (URISyntaxException e) {
            throw new InputError(where, "the base URL \"" + url + "\" is not usable: " + e.getReason(),
                    "an absolute URL such as https://example.org/handbook/", "correct base_url in content/site.yml or --base-url", e);
        }
    }
}
