package be.brugwerk;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.system.PathAccess;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.lang.reflect.AnnotatedElement;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The one authorisation model (docs/adr/0006-one-authorisation-model.md): the module's API decides who may, and a
 * controller whose paths name a thing (a participant, a trajectory, a programme) hands its ids to the module's check
 * through {@link PathAccess}, so that whoever may not reach the thing is refused before anything sent is read. No
 * controller decides by role itself; the one controller that names a thing without {@link PathAccess} is the ADR's
 * stated exception, listed by name: a new controller that decides by role itself, or names a thing without
 * {@link PathAccess}, fails here.
 */
class AuthorisationModelTests {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.brugwerk");

    /**
     * Controllers whose paths name a thing without {@link PathAccess}: only the stated exceptions of ADR 0006
     * (section "Stated exceptions"), each with why nothing is read before the module decides.
     */
    private static final Map<String, String> NAMING_WITHOUT_PATH_ACCESS = Map.of(
            "be.brugwerk.matching.web.SignUpController",
            "ADR 0006, stated exceptions: the public sign-up of a would-be buddy; nobody is signed in and the path's "
                    + "programme is public, the programme decides if it takes sign-ups");

    @Test
    void controllersLeaveRoleRulesToTheModuleApi() {
        Set<String> deciding = new TreeSet<>();
        for (JavaClass controller : controllers()) {
            boolean asksTheRole = controller.getMethodCallsFromSelf().stream().anyMatch(call -> {
                String owner = call.getTargetOwner().getName();
                String name = call.getName();
                return (owner.equals(Tenancy.class.getName()) && name.equals("requireRole"))
                        || (owner.equals(SignedInUser.class.getName()) && name.equals("hasRole"));
            });
            if (asksTheRole) {
                deciding.add(controller.getName());
            }
        }
        assertThat(deciding)
                .as("controllers that call Tenancy.requireRole or SignedInUser.hasRole: ask the module API instead, "
                        + "its may...() answers for what a page shows (ADR 0006)")
                .isEmpty();
    }

    @Test
    void controllersWhosePathsNameAThingLetTheModuleDecideBeforeTheInputIsRead() {
        Set<String> naming = new TreeSet<>();
        for (JavaClass controller : controllers()) {
            Class<?> type = controller.reflect();
            boolean namesAThing = Stream.concat(Stream.of(type), Arrays.stream(type.getDeclaredMethods()))
                    .flatMap(AuthorisationModelTests::paths)
                    .anyMatch(path -> path.contains("{"));
            if (namesAThing && !PathAccess.class.isAssignableFrom(type)) {
                naming.add(controller.getName());
            }
        }
        assertThat(naming)
                .as("controllers whose paths name a thing without implementing PathAccess (ADR 0006, ordering); "
                        + "one that implements it leaves NAMING_WITHOUT_PATH_ACCESS")
                .isEqualTo(new TreeSet<>(NAMING_WITHOUT_PATH_ACCESS.keySet()));
    }

    @Test
    void findsTheControllersThatHandThePathToTheirModule() {
        // the rules above must look at something: many controllers, most of them naming things through PathAccess
        long handing = controllers().stream()
                .filter(controller -> controller.isAssignableTo(PathAccess.class))
                .count();
        assertThat(controllers()).hasSizeGreaterThan(20);
        assertThat(handing).isGreaterThan(20);
    }

    private static Set<JavaClass> controllers() {
        Set<JavaClass> controllers = new java.util.HashSet<>();
        PRODUCTION.stream()
                .filter(type -> type.isMetaAnnotatedWith(Controller.class))
                .forEach(controllers::add);
        return controllers;
    }

    private static Stream<String> paths(AnnotatedElement element) {
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(element, RequestMapping.class);
        return mapping == null
                ? Stream.empty()
                : Stream.concat(Arrays.stream(mapping.path()), Arrays.stream(mapping.value()));
    }
}
