package be.brugwerk.matching.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.matching.engine.Buddy;
import be.brugwerk.matching.engine.LanguageLevel;
import be.brugwerk.matching.engine.LanguageSkill;
import be.brugwerk.matching.engine.Participant;
import java.time.LocalDate;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

class YearOfArrivalsUnitTests {

    @Test
    void generatesTheSameYearForTheSameSeed() {
        assertThat(YearOfArrivals.generate(7, 2027, 300, 100)).isEqualTo(YearOfArrivals.generate(7, 2027, 300, 100));
    }

    @Test
    void generatesAnotherYearForAnotherSeed() {
        assertThat(YearOfArrivals.generate(8, 2027, 300, 100)).isNotEqualTo(YearOfArrivals.generate(7, 2027, 300, 100));
    }

    @Test
    void spreadsExactlyTheRequestedArrivalsOverTheYearInOrderOfArrival() {
        YearOfArrivals year = YearOfArrivals.generate(7, 2027, 300, 100);

        assertThat(year.newcomers())
                .hasSize(300)
                .extracting(Participant::waitingSince)
                .allMatch(day -> day.getYear() == 2027)
                .isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(year.buddies())
                .hasSize(100)
                .extracting(ArrivingBuddy::approvedOn)
                .allMatch(day -> day.getYear() == 2027)
                .isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(year.newcomers())
                .extracting(Participant::id)
                .doesNotHaveDuplicates()
                .startsWith("n00001");
        assertThat(year.buddies())
                .extracting(arriving -> arriving.buddy().id())
                .doesNotHaveDuplicates()
                .startsWith("b00001");
        assertThat(year.newcomers().get(0).waitingSince()).isBefore(LocalDate.of(2027, 3, 1));
    }

    @Test
    void givesNewcomersAFirstLanguageAndBuddiesDutchAndOneToThreePlaces() {
        YearOfArrivals year = YearOfArrivals.generate(7, 2027, 300, 100);

        assertThat(year.newcomers())
                .allMatch(newcomer -> newcomer.profile().languages().get(0).level() == LanguageLevel.NATIVE);
        assertThat(year.buddies())
                .extracting(ArrivingBuddy::buddy)
                .allMatch(buddy -> buddy.profile().languages().stream()
                        .map(LanguageSkill::language)
                        .anyMatch("nl"::equals))
                .extracting(Buddy::capacity)
                .containsOnly(1, 2, 3);
    }
}
