package be.brugwerk.talents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.support.ModuleTest;
import be.brugwerk.support.SignedIn;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.system.Role;
import be.brugwerk.system.VersionConflict;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/**
 * The talents module with the modules it depends on, on its own embedded database: a talent card saved through the
 * module API becomes a version of its own, kept with who saved it, and a save made on an older version is refused
 * and stores nothing.
 */
@ModuleTest
@ExtendWith(SignedIn.class)
@Import(TestAccounts.class)
class TalentsModuleTests {

    @Autowired
    TalentCardManagement cards;

    @Autowired
    TestAccounts accounts;

    @Test
    void keepsEverySavedCardAsAVersionAndRefusesALateSave() {
        UUID organisation = accounts.organisation("Talents module tests");
        Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        ParticipantId participant = new ParticipantId(
                accounts.consentedParticipant(organisation, "Talented", "{Nederlands}", coordinator, coach));
        SignedIn.as(coach);
        TalentEntry.Input cooking = new TalentEntry.Input(
                "SKILL", "HANDS", "SOCIAL_INCLUSION", "COOKING", "Syrian dishes for twenty", true, false);
        TalentEntry.Input patience =
                new TalentEntry.Input("STRENGTH", "HEART", "", "", "Patient with children", false, false);

        assertThat(cards.save(participant, 0, List.of(cooking), TakingPart.UNKNOWN)
                        .version())
                .isEqualTo(1);
        assertThat(cards.save(participant, 1, List.of(cooking, patience), TakingPart.UNKNOWN)
                        .version())
                .isEqualTo(2);
        assertThatThrownBy(() -> cards.save(participant, 1, List.of(patience), TakingPart.UNKNOWN))
                .isInstanceOf(VersionConflict.class);

        assertThat(cards.versions(participant))
                .extracting(CardVersion::version, CardVersion::entries, CardVersion::savedBy)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 1, "Test VOLUNTEER_COACH"),
                        org.assertj.core.groups.Tuple.tuple(2, 2, "Test VOLUNTEER_COACH"));
        assertThat(cards.version(participant, 1).entries())
                .extracting(TalentEntry::text)
                .containsExactly("Syrian dishes for twenty");
        assertThat(cards.current(participant).entries())
                .extracting(TalentEntry::text)
                .containsExactlyInAnyOrder("Syrian dishes for twenty", "Patient with children");
    }
}
