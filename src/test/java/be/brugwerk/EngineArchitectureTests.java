package be.brugwerk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/**
 * The engines speak no framework: they could be published as a library tomorrow. Every engine package must exist and
 * hold code, so the rule can never pass by looking at nothing (a moved or missing engine fails here).
 */
class EngineArchitectureTests {

    static final List<String> ENGINES = List.of(
            "be.brugwerk.network.analysis",
            "be.brugwerk.matching.engine",
            "be.brugwerk.coaching.scoring",
            "be.brugwerk.roles.engine");

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.brugwerk");

    @ParameterizedTest
    @FieldSource("ENGINES")
    void usesNoSpringJdbcOrServletTypes(String engine) {
        assertThat(PRODUCTION.stream().filter(type -> type.getPackageName().startsWith(engine)))
                .as(
                        "the engine package %s must hold the engine, so the rule never passes by looking at nothing",
                        engine)
                .isNotEmpty();
        noClasses()
                .that()
                .resideInAPackage(engine + "..")
                .and()
                .doNotHaveSimpleName("package-info") // carries only the module's named-interface marker
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "java.sql..",
                        "javax.sql..",
                        "jakarta.servlet..",
                        "jakarta.persistence..",
                        "tools.jackson..",
                        "com.fasterxml.jackson..")
                .check(PRODUCTION);
    }
}
