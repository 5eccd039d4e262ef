package org.offencestats.handbook.model;

/** An editorial markdown page from content/pages: front-matter title and slug, and its markdown body. */
public record PageSource(String slug, String title, String markdown, String file) {
}
