package be.brugwerk.people;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.ModuleTest;
import be.brugwerk.support.SignedIn;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.system.Role;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.Scenario;

/**
 * The people module with only the system module, on its own embedded database: what it tells other modules. A consent
 * withdrawn and a participant archived are published as events (which matching and coaching react to, tested in
 * their own module tests), and the module's own state follows.
 */
@ModuleTest
@ExtendWith(SignedIn.class)
@Import(TestAccounts.class)
class PeopleModuleTests {

    @Autowired
    ParticipantManagement participants;

    @Autowired
    TestAccounts accounts;

    @Test
    void publishesTheWithdrawalOfAConsentAndNoLongerCountsIt(Scenario scenario) {
        UUID organisation = accounts.organisation("People module tests");
        Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        ParticipantId participant = new ParticipantId(
                accounts.consentedParticipant(organisation, "Withdrawing", "{Nederlands}", coordinator));
        SignedIn.as(coordinator);

        scenario.stimulate(() -> participants.withdrawConsent(participant, ConsentPurpose.SHARING))
                .andWaitForEventOfType(ConsentWithdrawn.class)
                .matching(withdrawn -> withdrawn.participant().equals(participant))
                .toArriveAndVerify(withdrawn -> {
                    assertThat(withdrawn.organisationId()).isEqualTo(organisation);
                    assertThat(withdrawn.purpose()).isEqualTo(ConsentPurpose.SHARING);
                });

        assertThat(participants.get(participant).consents())
                .containsExactly(ConsentPurpose.PROCESSING)
                .doesNotContain(ConsentPurpose.SHARING);
    }

    @Test
    void publishesAnArchivedParticipantWhoLeavesTheList(Scenario scenario) {
        UUID organisation = accounts.organisation("People module tests");
        Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        ParticipantId participant =
                new ParticipantId(accounts.consentedParticipant(organisation, "Leaving", "{Nederlands}", coordinator));
        SignedIn.as(coordinator);
        assertThat(participants.list("Leaving")).extracting(ParticipantView::id).containsExactly(participant);

        scenario.stimulate(() -> participants.archive(participant))
                .andWaitForEventOfType(ParticipantArchived.class)
                .matching(archived -> archived.participant().equals(participant))
                .toArriveAndVerify(
                        archived -> assertThat(archived.organisationId()).isEqualTo(organisation));

        assertThat(participants.list("Leaving")).isEmpty();
    }
}
