package be.brugwerk.network;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.BrugwerkApplication;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The network module's shape: the engine does not know its command line, and other modules reach the engine
 * and the command line through named interfaces. (That the engine speaks no framework is the project-wide
 * EngineArchitectureTests; that modules keep their boundaries, ModularityTests.)
 */
class NetworkArchitectureTests {

    private static final JavaClasses NETWORK = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.brugwerk.network");

    @Test
    void keepsTheEngineIndependentOfTheCommandLine() {
        noClasses()
                .that()
                .resideInAPackage("be.brugwerk.network.analysis..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("be.brugwerk.network.cli..")
                .check(NETWORK);
    }

    @Test
    void publishesTheEngineAsANamedInterfaceOfAVerifiedModule() {
        ApplicationModules modules = ApplicationModules.of(BrugwerkApplication.class); // verified in ModularityTests

        ApplicationModule network = modules.getModuleByName("network").orElseThrow();
        assertThat(network.getDisplayName()).isEqualTo("Network maps");
        assertThat(network.getNamedInterfaces().getByName("analysis")).isPresent();
        assertThat(network.getNamedInterfaces().getByName("cli")).isPresent();
    }
}
