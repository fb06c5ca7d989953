package be.brugwerk;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One clock and one zone: "now" and "today" come from the application's {@link java.time.Clock} bean, whose zone is
 * {@code BRUGWERK_TIME_ZONE} (Europe/Brussels by default), so tests can move time and a server in UTC still closes a
 * day at midnight in Brussels. Only the time configuration ({@link BrugwerkApplication}, which sets the zone, and
 * {@code system.SystemConfiguration}, which makes the clock) names a zone or asks the system for the time.
 */
class TimeArchitectureTests {

    private static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("be.brugwerk");

    private static final List<Class<?>> WITH_NOW = List.of(
            LocalDate.class, LocalDateTime.class, Instant.class, Year.class, ZonedDateTime.class, OffsetDateTime.class);

    @Test
    void onlyTheTimeConfigurationReadsTheSystemClockOrNamesAZone() {
        rule().check(PRODUCTION);
    }

    @Test
    void theRuleSeesACallToLocalDateNow() {
        // the rule must be able to fail: a class of this test's own that asks LocalDate.now() is caught
        JavaClasses offender = new ClassFileImporter().importClasses(AsksTheSystemForToday.class);
        EvaluationResult result = rule().evaluate(offender);
        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("LocalDate.now()"));
    }

    private static ArchRule rule() {
        return noClasses()
                .that()
                .doNotHaveFullyQualifiedName(BrugwerkApplication.class.getName())
                .and()
                .doNotHaveFullyQualifiedName("be.brugwerk.system.SystemConfiguration")
                .should()
                .callMethodWhere(systemTimeOrZone())
                .as("no class but the time configuration calls LocalDate.now(), Instant.now(), ZoneId.of(...) or "
                        + "ZoneId.systemDefault(); take the Clock bean");
    }

    private static DescribedPredicate<JavaCall<?>> systemTimeOrZone() {
        return DescribedPredicate.describe("the system clock without a Clock, or a zone by name", call -> {
            String owner = call.getTargetOwner().getName();
            String name = call.getName();
            boolean noArgumentNow = name.equals("now")
                    && call.getTarget().getRawParameterTypes().isEmpty()
                    && WITH_NOW.stream().anyMatch(type -> type.getName().equals(owner));
            boolean zone = owner.equals(ZoneId.class.getName()) && (name.equals("of") || name.equals("systemDefault"));
            return noArgumentNow || zone;
        });
    }

    static final class AsksTheSystemForToday {
        LocalDate today() {
            return LocalDate.now();
        }
    }
}
