package be.brugwerk.network;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import be.brugwerk.BrugwerkApplication;

/**
 * The network engine speaks no framework (STYLE.md, principle 4), and the network module fits the
 * modular structure. The engine's package-info is exempt: it only carries the Modulith metadata that
 * publishes the package as a named interface.
 */
class NetworkArchitectureTests {

    private static final JavaClasses NETWORK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.brugwerk.network");

    @Test
    void keepsTheEngineFreeOfSpringJdbcServletAndJackson() {
        noClasses().that().resideInAPackage("be.brugwerk.network.analysis..")
                .and().doNotHaveSimpleName("package-info")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..",
                        "javax.sql..", "jakarta.servlet..", "javax.servlet..", "tools.jackson..",
                        "com.fasterxml.jackson..")
                .check(NETWORK);
    }

    @Test
    void keepsTheEngineIndependentOfTheCommandLine() {
        noClasses().that().resideInAPackage("be.brugwerk.network.analysis..")
                .should().dependOnClassesThat().resideInAPackage("be.brugwerk.network.cli..")
                .check(NETWORK);
    }

    @Test
    void publishesTheEngineAsANamedInterfaceOfAVerifiedModule() {
        ApplicationModules modules = ApplicationModules.of(BrugwerkApplication.class);
        modules.verify();

        ApplicationModule network = modules.getModuleByName("network").orElseThrow();
        assertThat(network.getDisplayName()).isEqualTo("Network maps");
        assertThat(network.getNamedInterfaces().getByName("analysis")).isPresent();
        assertThat(network.getNamedInterfaces().getByName("cli")).isPresent();
    }
}
