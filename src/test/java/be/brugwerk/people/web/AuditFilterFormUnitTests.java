package be.brugwerk.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The audit page's participant filter reads an id by the one rule of every form ({@code ParticipantId.typed}). */
class AuditFilterFormUnitTests {

    static final String ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    private static AuditFilterForm.Parsed participant(String typed) {
        return new AuditFilterForm("", typed, "", "", "").parse(ZoneId.of("Europe/Brussels"));
    }

    @Test
    void refusesAShortFormThatWouldNameAnotherId() {
        AuditFilterForm.Parsed parsed = participant("1-2-3-4-5");
        assertThat(parsed.errors()).containsEntry("participant", "audit.filter.participant.invalid");
        assertThat(parsed.filter().subject()).isNull();
    }

    @Test
    void filtersOnAnIdPastedWithANonBreakingSpace() {
        AuditFilterForm.Parsed parsed = participant("\u00A0" + ID.toUpperCase(java.util.Locale.ROOT) + "\u200B");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.filter().subject()).isEqualTo(UUID.fromString(ID));
    }

    @Test
    void aFieldWithOnlyANonBreakingSpaceFiltersOnNobody() {
        AuditFilterForm.Parsed parsed = participant("\u00A0");
        assertThat(parsed.errors()).isEmpty();
        assertThat(parsed.filter().subject()).isNull();
    }
}
