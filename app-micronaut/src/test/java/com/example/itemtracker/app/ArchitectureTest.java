package com.example.itemtracker.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/**
 * The dependency rule of DEVELOPERS.md: core depends on nothing, the shared SQL module on core,
 * adapters on core and that module only, wiring only in the app. Every rule fails when the package
 * it guards is empty (ArchUnit's default), so a renamed package cannot make it pass vacuously.
 */
class ArchitectureTest {

    private static final String BASE = "com.example.itemtracker.";
    private static final String[] ADAPTERS = {"jdbc", "ses", "dataapi"};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
            // Test-jars (core's contract suite, the fakes) are test code too.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("com.example.itemtracker");

    @Test
    void coreDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage(BASE + "core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(BASE + "core..", "java..")
                .check(classes);
    }

    @Test
    void theSharedSqlModuleDependsOnCoreAndTheJdkOnly() {
        classes().that().resideInAPackage(BASE + "sql..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(BASE + "sql..", BASE + "core..", "java..")
                .check(classes);
    }

    @ParameterizedTest
    @ValueSource(strings = {"jdbc", "ses", "dataapi"})
    void anAdapterNeverDependsOnAnotherAdapterTheAppOrTheFramework(String adapter) {
        String[] others = Arrays.stream(ADAPTERS).filter(other -> !other.equals(adapter))
                .map(other -> BASE + "adapter." + other + "..").toArray(String[]::new);
        noClasses().that().resideInAPackage(BASE + "adapter." + adapter + "..")
                .should().dependOnClassesThat().resideInAnyPackage(others)
                .orShould().dependOnClassesThat().resideInAPackage(BASE + "app..")
                .orShould().dependOnClassesThat().resideInAPackage("io.micronaut..")
                .check(classes);
    }

    /** Storage details live in their adapter: H2's file, URL and errors in EmbeddedH2, the drivers' settings in DriverTimeouts. */
    @Test
    void theApplicationUsesNoDatabaseDriversInternals() {
        noClasses().that().resideInAPackage(BASE + "app..")
                .should().dependOnClassesThat().resideInAnyPackage("org.h2..", "org.postgresql..", "org.mariadb..", "com.mysql..")
                .check(classes);
    }

    @Test
    void nothingOutsideTheAppDependsOnIt() {
        noClasses().that().resideOutsideOfPackage(BASE + "app..")
                .should().dependOnClassesThat().resideInAPackage(BASE + "app..")
                .check(classes);
    }
}
