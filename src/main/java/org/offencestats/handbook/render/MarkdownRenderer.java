package org.offencestats.handbook.render;

import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.html.HtmlRenderer;
import com.vladsch.flexmark.parser.Parser;
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

    String toHtml(String markdown) {
        return renderer.render(parser.parse(markdown));
    }
}
