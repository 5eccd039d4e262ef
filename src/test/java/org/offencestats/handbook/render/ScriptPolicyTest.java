package org.offencestats.handbook.render;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.offencestats.handbook.SiteFixture;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** No page runs inline code: scripts come from the site's files, and each page declares a strict CSP. */
class ScriptPolicyTest {

    @Test
    void noInlineScriptsOrHandlersAndAStrictPolicyOnEveryPage() {
        int pages = 0;
        for (Map.Entry<String, byte[]> file : SiteFixture.seeds().site().files().entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            pages++;
            Document doc = Jsoup.parse(new String(file.getValue(), java.nio.charset.StandardCharsets.UTF_8));
            for (Element script : doc.select("script")) {
                boolean external = script.hasAttr("src");
                boolean data = "application/json".equals(script.attr("type"));
                assertThat(external || data).as(file.getKey() + ": inline script " + script.outerHtml()).isTrue();
                if (external) {
                    assertThat(script.data()).isEmpty();
                    assertThat(script.attr("src")).doesNotContain("//");
                }
            }
            for (Element el : doc.getAllElements()) {
                for (Attribute a : el.attributes()) {
                    assertThat(a.getKey()).as(file.getKey() + ": event handler on <" + el.tagName() + ">").doesNotStartWith("on");
                    assertThat(a.getKey()).isNotEqualTo("style");
                    if (a.getKey().equals("href") || a.getKey().equals("src")) {
                        assertThat(a.getValue().toLowerCase().strip()).doesNotStartWith("javascript:");
                    }
                }
            }
            Element csp = doc.selectFirst("meta[http-equiv=Content-Security-Policy]");
            assertThat(csp).as(file.getKey() + " declares a CSP").isNotNull();
            String policy = csp.attr("content");
            assertThat(policy).contains("default-src 'self'").contains("script-src 'self'").contains("style-src 'self'")
                    .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
        }
        assertThat(pages).isGreaterThan(50);
    }
}
