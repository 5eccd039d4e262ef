package org.offencestats.handbook.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;

import java.util.List;

/**
 * Editorial markdown to HTML, with one parser and renderer for the whole build. Raw HTML in markdown is
 * escaped, never passed through: pages are text from outside the code.
 */
final class MarkdownRenderer {

    private final Parser parser;
    private final HtmlRenderer renderer;

    MarkdownRenderer() {
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
    String toHtml(String markdown, String title) {
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
        return renderer.render(document);
    }
}
