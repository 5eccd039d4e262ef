package org.offencestats.handbook.render.figures;

import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Handbook;

/**
 * "How to cite this page", in plain text and BibTeX, with the page's stable address: its canonical URL when the
 * site's base URL is set (addresses never change between builds); without one, no address is given.
 */
public final class Citations {

    /** A citation of one page. */
    public record Citation(String plain, String bibtex, String address) {
    }

    private Citations() {
    }

    public static Citation disclosure(Handbook handbook, Disclosure d) {
        String path = Links.disclosure(d.slug());
        String address = address(handbook, path);
        String year = d.meta().responseDate() != null ? String.valueOf(d.meta().responseDate().getYear()) : "n.d.";
        String reference = d.meta().reference() == null ? "" : ", reference " + d.meta().reference();
        String site = handbook.settings().title();
        String plain = d.meta().force() + " (" + year + "). " + sentence(d.title()) + " Freedom of Information response" + reference
                + ". Republished in " + site + (address == null ? "." : ": " + address);
        String bibtex = "@misc{handbook-" + d.slug() + ",\n"
                + "  author = {{" + bib(d.meta().force()) + "}},\n"
                + "  title = {{" + bib(d.title()) + "}},\n"
                + "  year = {" + year + "},\n"
                + "  howpublished = {Freedom of Information response" + bib(reference) + ", republished in " + bib(site) + "}"
                + urlField(address) + "\n}";
        return new Citation(plain, bibtex, address);
    }

    public static Citation page(Handbook handbook, String path, String title, String key) {
        String address = address(handbook, path);
        String site = handbook.settings().title();
        String plain = sentence(site) + " " + sentence(title) + (address == null ? "" : " " + address);
        String bibtex = "@misc{handbook-" + key + ",\n"
                + "  title = {{" + bib(title) + "}},\n"
                + "  howpublished = {" + bib(site) + "}"
                + urlField(address) + "\n}";
        return new Citation(plain, bibtex, address);
    }

    /**
     * The url field, only when the site's address is known: BibTeX reads it verbatim, so only braces, which would end
     * the field, are dropped. A build without a base URL has no address to cite, and says nothing rather than a path.
     */
    private static String urlField(String address) {
        return address == null ? "" : ",\n  url = {" + address.replace("{", "").replace("}", "") + "}";
    }

    /** The page's canonical address, or null when the site's base URL is not set. */
    private static String address(Handbook handbook, String path) {
        return handbook.settings().absolute(path);
    }

    /** The text ending with one full stop: "Obscene publications etc." is not followed by another. */
    private static String sentence(String text) {
        String t = text.strip();
        return t.matches("(?s).*[.!?…]$") ? t : t + ".";
    }

    /** BibTeX treats braces, backslashes and a few other characters specially: they are escaped, never interpreted. */
    private static String bib(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '{', '}', '\\', '%', '#', '&', '$', '_', '~', '^' -> out.append('\\').append(c);
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
