package be.brugwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TimeZoneUnitTests {

    final TimeZone before = TimeZone.getDefault();

    @AfterEach
    void putTheZoneBack() {
        TimeZone.setDefault(before);
    }

    @Test
    void showsTimesInBrusselsUnlessToldOtherwise() {
        TimeZone.setDefault(TimeZone.getTimeZone("UTC"));

        BrugwerkApplication.useTheUsersTimeZone(null);

        assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("Europe/Brussels"));
    }

    @Test
    void takesTheConfiguredZone() {
        BrugwerkApplication.useTheUsersTimeZone(" America/Montreal ");

        assertThat(ZoneId.systemDefault()).isEqualTo(ZoneId.of("America/Montreal"));
    }
}
