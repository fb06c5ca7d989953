package be.brugwerk.system;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.beans.factory.annotation.Autowired;

/** Checks {@link SensibleDate}: {@link DateRange#PAST}, between 1900-01-01 and today by the application's clock. */
public class SensibleDateValidator implements ConstraintValidator<SensibleDate, LocalDate> {

    private final Clock clock;

    /** Outside Spring (a plain validator), today is the system's. */
    public SensibleDateValidator() {
        this(Clock.systemDefaultZone());
    }

    @Autowired
    public SensibleDateValidator(Clock clock) {
        this.clock = clock;
    }

    @Override
    public boolean isValid(LocalDate date, ConstraintValidatorContext context) {
        return DateRange.PAST.contains(date, LocalDate.now(clock));
    }
}
