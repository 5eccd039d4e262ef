package org.offencestats.handbook.model;

/**
 * Site-wide settings from content/site.yml. {@code baseUrl} (ending "/") is where the site is published, or null
 * for a local build; links between pages never depend on it.
 */
public record SiteSettings(String title, String description, String baseUrl) {

    public SiteSettings withBaseUrl(String url) {
        return new SiteSettings(title, description, url);
    }

    /** The absolute URL of a site path, or null when no base URL is set. */
    public String absolute(String path) {
        return baseUrl == null ? null : baseUrl + path;
    }
}
