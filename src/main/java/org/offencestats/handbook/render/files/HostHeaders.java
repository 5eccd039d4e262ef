package org.offencestats.handbook.render.files;

import org.offencestats.handbook.render.output.SiteOutput;

import java.util.Locale;

/**
 * `_headers`: HTTP headers for hosts that read it (Netlify, Cloudflare Pages; see docs/hosting.md for nginx): the
 * pages' own Content-Security-Policy plus what a meta tag cannot say (frame-ancestors), and caching: a year for
 * fingerprinted assets, which change name when they change, five minutes for everything else.
 */
public final class HostHeaders {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; form-action 'self'";
    static final String HEADERS = String.format(Locale.ROOT, """
            /*
              Content-Security-Policy: %s; frame-ancestors 'none'
              X-Content-Type-Options: nosniff
              Referrer-Policy: strict-origin-when-cross-origin
              Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()
              Cache-Control: public, max-age=300
            /assets/*
              Cache-Control: public, max-age=31536000, immutable
            """, CSP);

    private HostHeaders() {
    }

    public static void write(SiteOutput site) {
        site.add("_headers", HEADERS);
    }
}
