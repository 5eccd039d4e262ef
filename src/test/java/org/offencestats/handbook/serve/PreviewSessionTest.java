package org.offencestats.handbook.serve;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.offencestats.handbook.SiteFixture;
import org.offencestats.handbook.TestFiles;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code serve}: serves from memory, rebuilds when content changes, shows a failed rebuild's error, and recovers. */
class PreviewSessionTest {

    private static final String SIDECAR = "disclosures/wmp-2572-15-internet-grooming.yml";

    @TempDir
    Path tmp;

    private Path content;
    private PreviewSession session;
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeEach
    void start() throws IOException {
        content = TestFiles.copyTree(SiteFixture.CONTENT, tmp.resolve("content"));
        Path templates = TestFiles.copyTree(SiteFixture.TEMPLATES, tmp.resolve("templates"));
        session = new PreviewSession(content, templates, 0, new PrintStream(log, true, StandardCharsets.UTF_8));
        session.start();
    }

    @AfterEach
    void stop() throws IOException {
        session.close();
    }

    @Test
    void servesPagesFromMemoryWithTheReloadScriptAndCorrectTypes() throws Exception {
        HttpResponse<String> home = get("/");
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(home.body()).contains("<script src=\"/__handbook/reload.js\" defer></script></head>");
        assertThat(get("/offences/").body()).contains("<h1>Offences by Home Office code</h1>");
        assertThat(get(stylesheet()).headers().firstValue("Content-Type")).hasValue("text/css; charset=utf-8");
        assertThat(get("/data/handbook-figures.csv").body()).startsWith("figure_id,");
        assertThat(get(LiveReload.SCRIPT_PATH).body()).contains("new EventSource('/__handbook/events')");
        assertThat(get("/no-such-page.html").statusCode()).isEqualTo(404);
        assertThat(get("/%2e%2e/%2e%2e/etc/passwd").statusCode()).isEqualTo(404);
        assertThat(new String(log.toByteArray(), StandardCharsets.UTF_8)).contains("Serving the handbook at http://127.0.0.1:" + session.port());
    }

    @Test
    void anEditIsRebuiltAndAnnouncedToOpenPages() throws Exception {
        long before = session.version();
        edit("title: \"West Midlands Police: internet-related", "title: \"Edited in the preview: internet-related");
        long after = session.awaitVersionAfter(before, 20_000);
        assertThat(after).isGreaterThan(before);
        assertThat(get("/disclosures/2572-15.html").body()).contains("Edited in the preview: internet-related");
        assertThat(firstEvent()).isEqualTo("data: " + after);
        assertThat(new String(log.toByteArray(), StandardCharsets.UTF_8)).containsPattern("Rebuilt \\d+ pages in \\d+ ms \\(\\d+ outputs made afresh, \\d+ reused\\)");
    }

    @Test
    void aFailedRebuildShowsItsErrorInThePageAndTheServerRecovers() throws Exception {
        String stylesheet = stylesheet();
        Path sidecar = content.resolve(SIDECAR);
        String good = Files.readString(sidecar);
        long before = session.version();
        Files.writeString(sidecar, good + "periods: [\"<script>alert(1)</script>\"\n");
        long failed = session.awaitVersionAfter(before, 20_000);
        HttpResponse<String> page = get("/disclosures/2572-15.html");
        assertThat(page.statusCode()).isEqualTo(500);
        assertThat(page.body()).contains("The last rebuild failed").contains("wmp-2572-15-internet-grooming.yml, line")
                .doesNotContain("<script>alert(1)</script>").contains("<script src=\"/__handbook/reload.js\" defer></script>");
        assertThat(get(stylesheet).statusCode()).as("assets still come from the last good build").isEqualTo(200);
        Files.writeString(sidecar, good);
        session.awaitVersionAfter(failed, 20_000);
        assertThat(get("/disclosures/2572-15.html").statusCode()).isEqualTo(200);
    }

    /** The stylesheet's address, as the home page links it (its name holds a hash of its content). */
    private String stylesheet() throws Exception {
        String href = org.jsoup.Jsoup.parse(get("/").body()).selectFirst("link[rel=stylesheet]").attr("href");
        assertThat(href).matches("assets/site\\.[0-9a-f]{10}\\.css");
        return "/" + href;
    }

    private void edit(String from, String to) throws IOException {
        Path sidecar = content.resolve(SIDECAR);
        String text = Files.readString(sidecar);
        assertThat(text).contains(from);
        Files.writeString(sidecar, text.replace(from, to));
    }

    private String firstEvent() throws Exception {
        HttpResponse<InputStream> events = http.send(request(LiveReload.EVENTS_PATH), HttpResponse.BodyHandlers.ofInputStream());
        assertThat(events.headers().firstValue("Content-Type")).hasValue("text/event-stream");
        try (InputStream in = events.body()) {
            StringBuilder line = new StringBuilder();
            int c;
            while ((c = in.read()) != -1 && c != '\n') {
                line.append((char) c);
            }
            return line.toString();
        }
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(request(path), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + session.port() + path)).timeout(Duration.ofSeconds(20)).build();
    }
}
