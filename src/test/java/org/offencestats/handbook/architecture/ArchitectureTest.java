package org.offencestats.handbook.architecture;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.library.Architectures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The pipeline runs one way: each stage uses only the stages before it, with the model at the base. These rules fail
 * the build on an import against that order and on any cycle between packages, so the README's stage list stays true.
 */
class ArchitectureTest {

    private static final String ROOT = "org.offencestats.handbook";
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages(ROOT);
    }

    @Test
    void eachStageUsesOnlyTheStagesBeforeIt() {
        Architectures.layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("base").definedBy(ROOT, ROOT + ".model..")
                .layer("paths").definedBy(ROOT + ".paths..")
                .layer("ingest").definedBy(ROOT + ".ingest..")
                .layer("parse").definedBy(ROOT + ".parse..")
                .layer("link").definedBy(ROOT + ".link..")
                .layer("audit").definedBy(ROOT + ".audit..")
                .layer("render").definedBy(ROOT + ".render..")
                .layer("publish").definedBy(ROOT + ".publish..")
                .layer("pipeline").definedBy(ROOT + ".pipeline..")
                .layer("measure").definedBy(ROOT + ".measure..")
                .layer("serve").definedBy(ROOT + ".serve..")
                .layer("cli").definedBy(ROOT + ".cli..")
                .whereLayer("cli").mayNotBeAccessedByAnyLayer()
                .whereLayer("serve").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("measure").mayOnlyBeAccessedByLayers("cli")
                .whereLayer("pipeline").mayOnlyBeAccessedByLayers("serve", "cli")
                .whereLayer("publish").mayOnlyBeAccessedByLayers("pipeline", "serve", "cli")
                .whereLayer("render").mayOnlyBeAccessedByLayers("publish", "pipeline", "serve", "cli")
                .whereLayer("audit").mayOnlyBeAccessedByLayers("render", "publish", "pipeline", "measure", "serve", "cli")
                .whereLayer("link").mayOnlyBeAccessedByLayers("audit", "render", "publish", "pipeline", "measure", "serve", "cli")
                .whereLayer("parse").mayOnlyBeAccessedByLayers("link", "audit", "render", "publish", "pipeline", "measure", "serve", "cli")
                .whereLayer("ingest").mayOnlyBeAccessedByLayers("parse", "link", "audit", "render", "publish", "pipeline", "measure",
                        "serve", "cli")
                .whereLayer("paths").mayOnlyBeAccessedByLayers("ingest", "parse", "link", "audit", "render", "publish", "pipeline",
                        "measure", "serve", "cli")
                .check(classes);
    }

    @Test
    void noCycleBetweenPackages() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(classes);
    }

    /** Files of one package depend on each other one way too: a cycle means two files share one reason to change. */
    @Test
    void noCycleBetweenFilesOfOnePackage() {
        assertThat(FileCycles.in(classes)).as("cycles between files of one package").isEmpty();
    }

    /** Small files with one job each: none over 300 lines. */
    @Test
    void noSourceFileOver300Lines() throws Exception {
        try (var files = Files.walk(Path.of("src"))) {
            List<String> long_ = files.filter(f -> f.toString().endsWith(".java")).filter(f -> lines(f) > 300)
                    .map(f -> f + " (" + lines(f) + " lines)").sorted().toList();
            assertThat(long_).as("source files over 300 lines").isEmpty();
        }
    }

    private static long lines(Path file) {
        try (var l = Files.lines(file)) {
            return l.count();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
