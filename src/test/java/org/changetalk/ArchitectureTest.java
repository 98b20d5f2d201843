package org.changetalk;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The arrows of docs' architecture picture (/work/shared/design/architecture.md), checked on the compiled main
 * classes: the package graph has no cycles, HTTP lives in {@code web} only, and services say no with a
 * {@code Refusal} rather than an HTTP error.
 */
class ArchitectureTest {
    /** Packages that hold services: they return values or throw a Refusal, and know nothing of HTTP. */
    private static final String[] SERVICES = {"..account..", "..cohort..", "..review..", "..practice..", "..studio..",
            "..session.."};

    /**
     * Packages already free of Jackson's tree types (JsonNode, ObjectNode, ArrayNode): JSON is written at the
     * edges (web, transcript, the CLI), not in the domain. Grows as packages are converted.
     */
    private static final String[] NO_JSON_TREES = {"..coding..", "..refusal..", "..session..", "..studio..", "..cohort..",
            "..account..", "..review..", "..practice..", "..scenario.model..", "..scenario.plan.."};

    /**
     * The one writer of an export file format that is not the web API, allowed in a service package beside the
     * service that picks what it writes: the gold file (docs/gold-set.md) a reviewer downloads for {@code code --eval}.
     */
    private static final String GOLD_EXPORT = "org.changetalk.review.GoldExport";

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.changetalk");
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("org.changetalk.(*)..").should().beFreeOfCycles().check(classes);
    }

    /**
     * scenario/ is split into model (the values), plan (test plans), read (the lenient-JSON readers and the
     * loader) and library (the folder and its watcher), each only using the ones before it.
     */
    @Test
    void scenarioLayersPointDown() {
        slices().matching("org.changetalk.scenario.(*)..").should().beFreeOfCycles().check(classes);
        noClasses().that().resideInAPackage("org.changetalk.scenario.model..")
                .should().dependOnClassesThat().resideInAnyPackage("org.changetalk.scenario.plan..",
                        "org.changetalk.scenario.read..", "org.changetalk.scenario.library..")
                .because("the scenario model knows nothing of files, readers or plans")
                .check(classes);
        noClasses().that().resideInAnyPackage("org.changetalk.scenario.plan..", "org.changetalk.scenario.read..")
                .should().dependOnClassesThat().resideInAPackage("org.changetalk.scenario.library..")
                .because("reading a file needs no library")
                .check(classes);
    }

    @Test
    void onlyWebUsesJavalin() {
        ArchRule rule = noClasses().that().resideOutsideOfPackage("org.changetalk.web..")
                .should().dependOnClassesThat().resideInAPackage("io.javalin..")
                .because("web is the only HTTP layer");
        rule.check(classes);
    }

    @Test
    void servicesDoNotDependOnWeb() {
        noClasses().that().resideInAnyPackage(SERVICES)
                .should().dependOnClassesThat().resideInAnyPackage("org.changetalk.web..", "io.javalin..")
                .because("a service says no with a Refusal; web maps it to a status code once")
                .check(classes);
    }

    /** Stored JSON (a turn's codes, flags and feedback; recodes) is read and written by SessionRows alone. */
    @Test
    void storageReadsStoredJsonInOnePlace() {
        noClasses().that().resideInAPackage("org.changetalk.storage..")
                .and().doNotHaveFullyQualifiedName("org.changetalk.storage.SessionRows")
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
                .because("one reader and one writer turn stored rows into records and back")
                .check(classes);
    }

    @Test
    void domainPackagesDoNotBuildJsonTrees() {
        noClasses().that().resideInAnyPackage(NO_JSON_TREES)
                .and().doNotHaveFullyQualifiedName(GOLD_EXPORT)
                .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson.databind.node..")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.fasterxml.jackson.databind.JsonNode")
                .because("JSON is written at the edges, not in the domain model")
                .check(classes);
    }
}
