package org.offencestats.handbook.model;

/**
 * Site-wide settings from content/site.yml. {@code baseUrl} (ending "/") is where the site is published, or null
 * for a local build; links between pages never depend on it. {@code maxDisclosureBytes} refuses a disclosure text
 * larger than that (null: {@link #DEFAULT_MAX_DISCLOSURE_BYTES}), so a wrong file cannot exhaust the build;
 * {@code limits} bounds titles, subjects and labels.
 */
public record SiteSettings(String title, String description, String baseUrl, Long maxDisclosureBytes, FieldLimits limits) {

    public static final long DEFAULT_MAX_DISCLOSURE_BYTES = 5L * 1024 * 1024;

    public SiteSettings {
        limits = limits == null ? FieldLimits.defaults() : limits;
    }

    public SiteSettings(String title, String description, String baseUrl, Long maxDisclosureBytes) {
        this(title, description, baseUrl, maxDisclosureBytes, null);
    }

    public SiteSettings withBaseUrl(String url) {
        return new SiteSettings(title, description, url, maxDisclosureBytes, limits);
    }

    public long disclosureLimit() {
        return maxDisclosureBytes == null ? DEFAULT_MAX_DISCLOSURE_BYTES : maxDisclosureBytes;
    }

    /** The absolute URL of a site path, or null when no base URL is set. */
    public String absolute(String path) {
        return baseUrl == null ? null : baseUrl + path;
    }
}
