package be.brugwerk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The engines speak no framework: they could be published as a library tomorrow. Once an engine's module
 * exists, the engine package must exist and hold code, so the rule can never pass by looking at nothing.
 */
class EngineArchitectureTests {

    static final List<String> ENGINES = List.of("be.brugwerk.network.analysis", "be.brugwerk.matching.engine",
            "be.brugwerk.coaching.scoring");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("be.brugwerk");

    @ParameterizedTest
    @FieldSource("ENGINES")
    void usesNoSpringJdbcOrServletTypes(String engine) {
        String module = engine.substring(0, engine.lastIndexOf('.'));
        boolean moduleExists = PRODUCTION.stream().anyMatch(type -> type.getPackageName().startsWith(module));
        if (!moduleExists) {
            return; // the module's issue has not landed yet: nothing to hold to the rule
        }
        assertThat(PRODUCTION.stream().filter(type -> type.getPackageName().startsWith(engine)))
                .as("module %s exists, so its engine package %s must hold the engine", module, engine)
                .isNotEmpty();
        noClasses().that().resideInAPackage(engine + "..")
                .and().doNotHaveSimpleName("package-info") // carries only the module's named-interface marker
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta.servlet..", "jakarta.persistence..", "tools.jackson..",
                        "com.fasterxml.jackson..")
                .check(PRODUCTION);
    }
}
