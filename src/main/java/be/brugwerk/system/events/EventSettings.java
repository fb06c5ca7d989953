package be.brugwerk.system.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How unfinished reactions to events are tried again.
 *
 * @param resubmitAfter how old an unfinished publication must be before it is tried again: longer than a listener
 *        normally takes, so one still running is not started twice ({@code BRUGWERK_EVENTS_RESUBMIT_AFTER}, default
 *        1 minute)
 * @param resubmitEvery how often the registry is looked at for them (default 1 minute)
 */
@ConfigurationProperties("brugwerk.events")
record EventSettings(Duration resubmitAfter, Duration resubmitEvery) {

    EventSettings {
        resubmitAfter = resubmitAfter == null ? Duration.ofMinutes(1) : resubmitAfter;
        resubmitEvery = resubmitEvery == null ? Duration.ofMinutes(1) : resubmitEvery;
        if (resubmitAfter.isNegative() || resubmitEvery.isNegative() || resubmitEvery.isZero()) {
            throw new IllegalArgumentException("brugwerk.events durations must be positive");
        }
    }
}
