package org.offencestats.handbook.render.engine;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import org.jsoup.Jsoup;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * Editorial markdown to HTML, with one parser and renderer for the whole build. Raw HTML in markdown is
 * escaped, never passed through: pages are text from outside the code.
 */
public final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    public MarkdownRenderer() {
        MutableDataSet options = new MutableDataSet()
                .set(Parser.EXTENSIONS, List.of(TablesExtension.create()))
                .set(HtmlRenderer.ESCAPE_HTML, true)
                .set(HtmlRenderer.SUPPRESS_HTML, false)
                .set(HtmlRenderer.GENERATE_HEADER_ID, true)
                .set(HtmlRenderer.RENDER_HEADER_ID, true)
                .set(TablesExtension.CLASS_NAME, "data");
        parser = Parser.builder(options).build();
        renderer = HtmlRenderer.builder(options).build();
    }

    /**
     * Renders a page body. The page template owns the one h1 (the front-matter title): a leading "# Title" that
     * repeats it is dropped, and any other level-1 heading becomes level 2.
     */
    public String toHtml(String markdown, String title) {
        Document document = parser.parse(markdown);
        Node first = document.getFirstChild();
        if (first instanceof Heading h && h.getLevel() == 1 && h.getText().toString().strip().equals(title.strip())) {
            h.unlink();
        }
        for (Node node : document.getDescendants()) {
            if (node instanceof Heading h && h.getLevel() == 1) {
                h.setLevel(2);
            }
        }
        return sanitise(renderer.render(document));
    }

    /**
     * Raw HTML is already escaped by the renderer; this second line of defence keeps only ordinary text elements
     * and links whose scheme is http, https or mailto (or relative), so "javascript:" and "data:" links, event
     * attributes and any element the renderer should never make are dropped, whatever the markdown said.
     */
    static String sanitise(String html) {
        org.jsoup.nodes.Document clean = CLEANER.clean(Jsoup.parseBodyFragment(html, BASE));
        clean.outputSettings().prettyPrint(false);
        return clean.body().html();
    }

    /** Only used to tell relative links from absolute ones; never appears in output. */
    private static final String BASE = "https://handbook.invalid/";
    private static final Cleaner CLEANER = new Cleaner(Safelist.relaxed()
            .removeTags("img")
            .addAttributes("h1", "id").addAttributes("h2", "id").addAttributes("h3", "id").addAttributes("h4", "id")
            .addAttributes("h5", "id").addAttributes("h6", "id").addAttributes("table", "class")
            .removeProtocols("a", "href", "ftp")
            .preserveRelativeLinks(true));
}
