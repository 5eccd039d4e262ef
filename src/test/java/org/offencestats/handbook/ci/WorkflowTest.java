package org.offencestats.handbook.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The GitHub Actions workflow is valid YAML, pins every action to an exact version, caches the Maven repository,
 * runs the README's test command through .ci/run in Debian (as .ci/run installs Chromium), and its run steps are
 * exactly what .ci/run-workflow-locally runs, in order, on this machine.
 */
class WorkflowTest {

    private static final Path WORKFLOW = Path.of(".github/workflows/publish.yml");

    private static JsonNode workflow() throws IOException {
        return new ObjectMapper(new YAMLFactory()).readTree(Files.readString(WORKFLOW));
    }

    @Test
    void actionsArePinnedTheMavenRepositoryIsCachedAndTheJobRunsInDebian() throws IOException {
        JsonNode jobs = workflow().get("jobs");
        assertThat(jobs.has("build")).isTrue();
        assertThat(jobs.has("deploy")).isTrue();
        assertThat(jobs.get("build").get("container").asText()).startsWith("debian:");
        List<String> uses = new ArrayList<>();
        jobs.forEach(job -> job.get("steps").forEach(step -> {
            if (step.has("uses")) {
                uses.add(step.get("uses").asText());
            }
        }));
        assertThat(uses).isNotEmpty().allSatisfy(u -> assertThat(u).matches("actions/[a-z-]+@v\\d+\\.\\d+\\.\\d+"));
        assertThat(uses).contains("actions/upload-pages-artifact@v3.0.1", "actions/deploy-pages@v4.0.5");
        JsonNode java = null;
        for (JsonNode step : jobs.get("build").get("steps")) {
            if (step.path("uses").asText().startsWith("actions/setup-java@")) {
                java = step.get("with");
            }
        }
        assertThat(java).isNotNull();
        assertThat(java.get("cache").asText()).isEqualTo("maven");
        assertThat(java.get("java-version").asText()).isEqualTo("17");
    }

    @Test
    void theTestStepIsTheReadmesTestCommandThroughCiRun() throws IOException {
        assertThat(runSteps()).contains(".ci/run");
        String ciRun = Files.readString(Path.of(".ci/run"));
        assertThat(ciRun.strip()).endsWith("mvn -B verify");
        assertThat(ciRun).contains("apt-get install -y -qq chromium chromium-driver");
        assertThat(Files.readString(Path.of("README.md"))).contains("```sh\nmvn -B verify\n```");
    }

    @Test
    void theLocalScriptRunsTheWorkflowsRunStepsInOrder() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(".ci/run-workflow-locally", "--dry-run").redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        assertThat(out.lines().toList()).isEqualTo(runSteps());
    }

    private static List<String> runSteps() throws IOException {
        List<String> runs = new ArrayList<>();
        workflow().get("jobs").get("build").get("steps").forEach(step -> {
            if (step.has("run")) {
                runs.add(step.get("run").asText().strip());
            }
        });
        assertThat(runs).hasSizeGreaterThanOrEqualTo(4);
        return runs;
    }
}
