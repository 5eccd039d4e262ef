package org.offencestats.handbook.render.figures;

import org.offencestats.handbook.paths.Links;
import org.offencestats.handbook.model.Disclosure;
import org.offencestats.handbook.model.Handbook;

/**
 * "How to cite this page", in plain text and BibTeX, with the page's stable address: its canonical URL when the
 * site's base URL is set, otherwise its path within the site (addresses never change between builds).
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
        String plain = d.meta().force() + " (" + year + "). " + d.title() + ". Freedom of Information response" + reference
                + ". Republished in " + site + ": " + address;
        String bibtex = "@misc{handbook-" + d.slug() + ",\n"
                + "  author = {{" + bib(d.meta().force()) + "}},\n"
                + "  title = {{" + bib(d.title()) + "}},\n"
                + "  year = {" + year + "},\n"
                + "  howpublished = {Freedom of Information response" + bib(reference) + ", republished in " + bib(site) + "},\n"
                + "  url = {" + url(address) + "}\n}";
        return new Citation(plain, bibtex, address);
    }

    public static Citation page(Handbook handbook, String path, String title, String key) {
        String address = address(handbook, path);
        String site = handbook.settings().title();
        String plain = site + ". " + title + ". " + address;
        String bibtex = "@misc{handbook-" + key + ",\n"
                + "  title = {{" + bib(title) + "}},\n"
                + "  howpublished = {" + bib(site) + "},\n"
                + "  url = {" + url(address) + "}\n}";
        return new Citation(plain, bibtex, address);
    }

    /** BibTeX reads url fields verbatim: only braces, which would end the field, are dropped. */
    private static String url(String address) {
        return address.replace("{", "").replace("}", "");
    }

    private static String address(Handbook handbook, String path) {
        String absolute = handbook.settings().absolute(path);
        return absolute != null ? absolute : path + " (in the handbook; the site's address is not set for this build)";
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
