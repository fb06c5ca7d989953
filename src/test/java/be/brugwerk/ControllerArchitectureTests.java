package be.brugwerk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.TryCatchBlock;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;

/**
 * Controllers let what they do not expect fail: no controller catches {@link RuntimeException}, {@link Exception}
 * or {@link Throwable} (which would turn a bug into a page that pretends all is well). A refused input is a typed
 * {@link be.brugwerk.system.Refusal}, which a controller may catch to show it beside the field.
 */
class ControllerArchitectureTests {

    private static final Set<String> TOO_BROAD =
            Set.of(RuntimeException.class.getName(), Exception.class.getName(), Throwable.class.getName());

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.brugwerk");

    @Test
    void noControllerCatchesRuntimeExceptionOrBroader() {
        ArchRule rule = classes()
                .that()
                .areMetaAnnotatedWith(Controller.class)
                .should(catchNothingTooBroad())
                .as("no controller catches RuntimeException, Exception or Throwable");
        rule.check(PRODUCTION);
    }

    @Test
    void findsTheControllersAndTheirCatchBlocks() {
        // the rule above must look at something: controllers, some of which catch a narrower exception
        long controllers = PRODUCTION.stream()
                .filter(type -> type.isMetaAnnotatedWith(Controller.class))
                .count();
        long catching = PRODUCTION.stream()
                .filter(type -> type.isMetaAnnotatedWith(Controller.class))
                .flatMap(type -> type.getCodeUnits().stream())
                .mapToLong(unit -> unit.getTryCatchBlocks().size())
                .sum();
        assertThat(controllers).isGreaterThan(20);
        assertThat(catching).isGreaterThan(10);
    }

    private static ArchCondition<JavaClass> catchNothingTooBroad() {
        return new ArchCondition<>("catch nothing broader than a typed exception") {
            @Override
            public void check(JavaClass controller, ConditionEvents events) {
                for (JavaCodeUnit unit : controller.getCodeUnits()) {
                    for (TryCatchBlock block : unit.getTryCatchBlocks()) {
                        for (JavaClass caught : block.getCaughtThrowables()) {
                            if (TOO_BROAD.contains(caught.getName())) {
                                events.add(SimpleConditionEvent.violated(
                                        controller,
                                        controller.getName() + "."
                                                + unit.getName() + " catches " + caught.getSimpleName() + " at "
                                                + block.getSourceCodeLocation()));
                            }
                        }
                    }
                }
            }
        };
    }
}
