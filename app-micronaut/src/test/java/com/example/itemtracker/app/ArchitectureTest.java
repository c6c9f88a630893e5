package com.example.itemtracker.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import java.util.Arrays;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The dependency rule of DEVELOPERS.md: core depends on nothing, adapters only on core, wiring only in the app. */
class ArchitectureTest {

    private static final String[] ADAPTERS = {"jdbc", "ses", "dataapi"};

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TEST_FIXTURES)
            // Test-jars (core's contract suite) are test code too.
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("com.example.itemtracker");

    @Test
    void coreDependsOnNothingButTheJdk() {
        classes().that().resideInAPackage("com.example.itemtracker.core..")
                .should().onlyDependOnClassesThat().resideInAnyPackage("com.example.itemtracker.core..", "java..")
                .check(classes);
    }

    @Test
    void adaptersDependOnCoreAndTheirTechnologyNeverOnEachOtherOrTheApp() {
        for (String adapter : ADAPTERS) {
            String[] others = Arrays.stream(ADAPTERS).filter(other -> !other.equals(adapter))
                    .map(other -> "com.example.itemtracker.adapter." + other + "..").toArray(String[]::new);
            noClasses().that().resideInAPackage("com.example.itemtracker.adapter." + adapter + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(others)
                    .orShould().dependOnClassesThat().resideInAPackage("com.example.itemtracker.app..")
                    .orShould().dependOnClassesThat().resideInAPackage("io.micronaut..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    @Test
    void nothingOutsideTheAppDependsOnIt() {
        noClasses().that().resideOutsideOfPackage("com.example.itemtracker.app..")
                .should().dependOnClassesThat().resideInAPackage("com.example.itemtracker.app..")
                .check(classes);
    }
}
