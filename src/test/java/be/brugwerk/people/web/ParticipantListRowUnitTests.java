package be.brugwerk.people.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.people.ParticipantDetails;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.people.ParticipantView.CaseloadMember;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * The participant list's row holds what its cells show: a caseload of active members as their names in the caseload's
 * order, as the loop drew them; with a deactivated member no joined text, so that the page draws the members and the
 * badge.
 */
class ParticipantListRowUnitTests {

    private static final UUID ID = UUID.fromString("0b6f1d2e-4c1a-4f3e-9a7d-2f1e3c4b5a69");

    @Test
    void holdsTheCellsOfTheRow() {
        ParticipantListRow row = ParticipantListRow.of(participant(
                List.of(member("Sara Peeters", true), member("Jan De Smet", true), member("Ali Yilmaz", true))));

        assertThat(row.id()).isEqualTo(ID.toString());
        assertThat(row.name()).isEqualTo("An Janssens");
        assertThat(row.municipality()).isEqualTo("Gent");
        assertThat(row.restricted()).isFalse();
        assertThat(row.activeCaseload()).isEqualTo("Sara Peeters, Jan De Smet, Ali Yilmaz");
    }

    @Test
    void anEmptyCaseloadIsAnEmptyText() {
        assertThat(ParticipantListRow.of(participant(List.of())).activeCaseload())
                .isEmpty();
    }

    @Test
    void aDeactivatedMemberLeavesTheCaseloadToBeDrawnMemberByMember() {
        List<CaseloadMember> caseload = List.of(member("Sara Peeters", true), member("Jan De Smet", false));

        ParticipantListRow row = ParticipantListRow.of(participant(caseload));

        assertThat(row.activeCaseload()).isNull();
        assertThat(row.caseload()).isEqualTo(caseload);
    }

    private static ParticipantView participant(List<CaseloadMember> caseload) {
        ParticipantDetails details =
                new ParticipantDetails("An Janssens", 1990, List.of(), "Gent", null, null, Set.of());
        return new ParticipantView(
                new ParticipantId(ID), details, false, Instant.EPOCH, 1, caseload, Set.of(), Set.of(), false);
    }

    private static CaseloadMember member(String name, boolean active) {
        return new CaseloadMember(UUID.randomUUID(), name, "PROFESSIONAL", active);
    }
}
