package be.brugwerk.system;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A date of something that happened in a person's life: from {@value #EARLIEST} until today, never in the future.
 * Null is allowed (use {@code @NotNull} where a date is required). Today is read from the application's clock.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = SensibleDateValidator.class)
public @interface SensibleDate {

    String EARLIEST = "1900-01-01";

    String message() default "must be a date from " + EARLIEST + " until today";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
