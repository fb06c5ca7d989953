package be.brugwerk.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Which map version stands beside a measurement: one of its own day, the latest of those, or else the nearest in time. */
class NearestMapVersionUnitTests {

    private static final ZoneId BRUSSELS = ZoneId.of("Europe/Brussels");

    @Test
    void ofTwoVersionsOnTheMeasurementsDayTheLaterCountsWhateverTheTimeOfDay() {
        NetworkFigures morning = version("2026-09-03T07:00:00Z", 1);
        NetworkFigures evening = version("2026-09-03T20:00:00Z", 3);

        assertThat(OutcomeManagement.nearest(List.of(morning, evening), LocalDate.of(2026, 9, 3), BRUSSELS))
                .isEqualTo(evening);
        assertThat(OutcomeManagement.nearest(List.of(evening, morning), LocalDate.of(2026, 9, 3), BRUSSELS))
                .isEqualTo(evening);
    }

    @Test
    void aVersionOnTheDayBeatsALaterOneOnTheNextDay() {
        NetworkFigures sameDay = version("2026-09-03T07:00:00Z", 1);
        NetworkFigures nextDay = version("2026-09-04T07:00:00Z", 3);

        assertThat(OutcomeManagement.nearest(List.of(sameDay, nextDay), LocalDate.of(2026, 9, 3), BRUSSELS))
                .isEqualTo(sameDay);
    }

    @Test
    void beforeTheVersionsTheEarliestIsNearest() {
        NetworkFigures morning = version("2026-09-03T07:00:00Z", 1);
        NetworkFigures evening = version("2026-09-03T20:00:00Z", 3);

        assertThat(OutcomeManagement.nearest(List.of(evening, morning), LocalDate.of(2026, 9, 2), BRUSSELS))
                .isEqualTo(morning);
        assertThat(OutcomeManagement.nearest(List.of(morning, evening), LocalDate.of(2026, 9, 5), BRUSSELS))
                .isEqualTo(evening);
    }

    @Test
    void daysAreCountedInTheOrganisationsZone() {
        // 23:30 UTC on the 2nd is already the 3rd in Brussels.
        NetworkFigures lateInUtc = version("2026-09-02T23:30:00Z", 1);
        NetworkFigures twoDaysBefore = version("2026-09-01T12:00:00Z", 3);

        assertThat(OutcomeManagement.nearest(List.of(twoDaysBefore, lateInUtc), LocalDate.of(2026, 9, 3), BRUSSELS))
                .isEqualTo(lateInUtc);
    }

    private static NetworkFigures version(String takenAt, int members) {
        return new NetworkFigures(UUID.randomUUID(), Instant.parse(takenAt), members, members, members, null, Map.of());
    }
}
