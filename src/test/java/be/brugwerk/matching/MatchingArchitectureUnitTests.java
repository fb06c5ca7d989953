package be.brugwerk.matching;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleName;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import be.brugwerk.BrugwerkApplication;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

class MatchingArchitectureUnitTests {

    private static final JavaClasses MATCHING = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.brugwerk.matching");

    @Test
    void keepsTheEngineFreeOfFrameworks() {
        // package-info carries the Modulith @NamedInterface marker, which is metadata, not a dependency of the code
        noClasses().that().resideInAPackage("be.brugwerk.matching.engine..").and(not(simpleName("package-info")))
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..", "jakarta.servlet..",
                        "javax.servlet..", "com.fasterxml.jackson..", "tools.jackson..")
                .check(MATCHING);
    }

    @Test
    void keepsJsonInTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("be.brugwerk.matching.cli..").should().dependOnClassesThat()
                .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..").check(MATCHING);
    }

    @Test
    void keepsTheModuleStructureValid() {
        ApplicationModules.of(BrugwerkApplication.class).verify();
    }
}
