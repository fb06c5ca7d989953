package be.brugwerk.matching;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * JSON stays at the module's edge, in the command line. (That the engine speaks no framework is the project-wide
 * EngineArchitectureTests; that modules keep their boundaries, ModularityTests.)
 */
class MatchingArchitectureUnitTests {

    private static final JavaClasses MATCHING = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.brugwerk.matching");

    @Test
    void keepsJsonInTheCommandLine() {
        noClasses()
                .that()
                .resideOutsideOfPackage("be.brugwerk.matching.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..")
                .check(MATCHING);
    }
}
