package org.offencestats.handbook.browser;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.TestFiles;
import org.offencestats.handbook.serve.PreviewSession;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** In a real browser, under the pages' Content-Security-Policy: an open preview page reloads itself after an edit. */
class LiveReloadBrowserTest {

    @TempDir
    Path tmp;

    @Test
    void anOpenPageReloadsWithTheEditAndNoConsoleError() throws Exception {
        Path content = TestFiles.copyTree(SiteFixture.CONTENT, tmp.resolve("content"));
        Path templates = TestFiles.copyTree(SiteFixture.TEMPLATES, tmp.resolve("templates"));
        ChromeDriver driver = Browser.start();
        try (PreviewSession session = new PreviewSession(content, templates, 0, new PrintStream(OutputStream.nullOutputStream()))) {
            session.start();
            driver.get("http://127.0.0.1:" + session.port() + "/disclosures/2572-15.html");
            JavascriptExecutor js = driver;
            js.executeScript("window.beforeReload = true");
            // Wait until the page has its event stream open, so the edit below is announced to it.
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> session.version() > 0);
            Thread.sleep(1000);
            Path sidecar = content.resolve("disclosures/wmp-2572-15-internet-grooming.yml");
            Files.writeString(sidecar, Files.readString(sidecar).replace("title: \"West Midlands Police: internet-related",
                    "title: \"Reloaded by the preview: internet-related"));
            new WebDriverWait(driver, Duration.ofSeconds(30))
                    .until(d -> d.findElement(By.tagName("h1")).getText().contains("Reloaded by the preview"));
            assertThat(js.executeScript("return window.beforeReload === undefined")).as("the page itself reloaded").isEqualTo(true);
            assertThat(Browser.severe(driver)).as("console errors, CSP violations included").isEmpty();
        } finally {
            driver.quit();
        }
    }
}
