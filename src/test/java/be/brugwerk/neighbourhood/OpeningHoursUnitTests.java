package be.brugwerk.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.system.Refusal;
import java.time.DayOfWeek;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OpeningHoursUnitTests {

    @Test
    void readsRangesPerDaySortedAndStoresThemAsTheyAreShown() {
        OpeningHours hours = OpeningHours.parse(
                Map.of(DayOfWeek.SATURDAY, "14:00-16:00, 9.30-12:00", DayOfWeek.MONDAY, " "), DayOfWeek::name);

        assertThat(hours.openOn(DayOfWeek.SATURDAY)).isTrue();
        assertThat(hours.openOn(DayOfWeek.MONDAY)).isFalse();
        assertThat(hours.text(DayOfWeek.SATURDAY)).isEqualTo("09:30-12:00, 14:00-16:00");
        assertThat(OpeningHours.restore(hours.stored())).isEqualTo(hours);
        assertThat(OpeningHours.restore(null)).isEqualTo(OpeningHours.NONE);
    }

    @Test
    void refusesUnreadableBackwardsAndOverlappingRangesNamingTheDay() {
        assertThatThrownBy(() -> OpeningHours.parse(Map.of(DayOfWeek.SUNDAY, "morning"), d -> "hours" + d))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.field()).isEqualTo("hoursSUNDAY");
                    assertThat(r.messageKey()).isEqualTo("neighbourhood.hours.unreadable");
                });
        assertThatThrownBy(() -> OpeningHours.parse(Map.of(DayOfWeek.SUNDAY, "25:00-26:00"), DayOfWeek::name))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("neighbourhood.hours.unreadable"));
        assertThatThrownBy(() -> OpeningHours.parse(Map.of(DayOfWeek.SUNDAY, "12:00-09:00"), DayOfWeek::name))
                .isInstanceOfSatisfying(
                        Refusal.class,
                        r -> assertThat(r.messageKey()).isEqualTo("neighbourhood.hours.endsBeforeItBegins"));
        assertThatThrownBy(
                        () -> OpeningHours.parse(Map.of(DayOfWeek.SUNDAY, "09:00-12:00, 11:00-13:00"), DayOfWeek::name))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.messageKey()).isEqualTo("neighbourhood.hours.overlap"));
    }
}
