package org.offencestats.handbook.render;

import nu.validator.client.EmbeddedValidator;
import org.junit.jupiter.api.Test;
import org.offencestats.handbook.SiteFixture;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Every page is valid HTML by the Nu Html Checker (vnu), run in-process. */
class HtmlValidityTest {

    @Test
    void everyPageIsValidHtml() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        // A control: the checker must report a page that is known to be invalid, or this test proves nothing.
        String control = validator.validate(new ByteArrayInputStream(
                "<!DOCTYPE html><html lang=en><title>x</title><p id=a>1<p id=a>2<table><td>x</table>".getBytes()));
        assertThat(control).contains("error:");
        List<String> errors = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<String, byte[]> file : SiteFixture.seeds().site().files().entrySet()) {
            if (!file.getKey().endsWith(".html")) {
                continue;
            }
            pages++;
            String report = validator.validate(new ByteArrayInputStream(file.getValue()));
            for (String line : report.split("\n")) {
                if (line.contains("error:") || line.contains("fatal")) {
                    errors.add(file.getKey() + ": " + line);
                }
            }
        }
        assertThat(pages).isGreaterThan(100);
        assertThat(errors).isEmpty();
    }
}
