package be.brugwerk.network;

import static be.brugwerk.network.MapFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.network.MapDocument.MemberEntry;
import be.brugwerk.network.MapDocument.TieEntry;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.network.map.NetworkMaps;
import be.brugwerk.network.map.WorkingCopy;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.support.ModuleTest;
import be.brugwerk.support.SignedIn;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Role;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The network module with only the modules it depends on (people, system), on a real embedded PostgreSQL with
 * row-level security: a participant's working copy loaded, changed by its rules and saved through the module API, as
 * the people module decides who may. Two tests moved here from the full-stack NetworkMapIntegrationTests, where they
 * went through HTTP: a late change and a member of another map are refused and change nothing stored. How the API
 * answers those refusals (409; a problem naming the field) is the controller slice's (NetworkMapApiControllerTests);
 * who may reach a map stays full-stack.
 */
@ModuleTest
@ExtendWith(SignedIn.class)
@Import(TestAccounts.class)
class NetworkModuleTests {

    @Autowired
    NetworkMapManagement management;

    @Autowired
    NetworkMaps maps;

    @Autowired
    TestAccounts accounts;

    @Autowired
    MessageSource messages;

    @Autowired
    TransactionTemplate transactions;

    UUID organisation;
    Account coordinator;
    Account coach;
    ParticipantId participant;
    UUID sister;
    UUID neighbour;

    /** Fresh for every test: one instance runs them all (per class), and a member belongs to one map for good. */
    @BeforeEach
    void aParticipantWithACoach() {
        sister = UUID.randomUUID();
        neighbour = UUID.randomUUID();
        organisation = accounts.organisation("Network module tests");
        coordinator = accounts.account(organisation, Role.COORDINATOR);
        coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        participant = new ParticipantId(
                accounts.consentedParticipant(organisation, "Mapped", "{Nederlands}", coordinator, coach));
    }

    @Test
    void refusesAChangeMadeOnAnOlderVersion() {
        signedInAs(coach);
        management.save(participant, twoMembers(0, Ring.INNER));
        signedInAs(coordinator);
        assertThat(management.save(participant, twoMembers(1, Ring.MIDDLE)).version())
                .isEqualTo(2);

        signedInAs(coach);
        assertThatThrownBy(() -> management.save(participant, twoMembers(1, Ring.OUTER)))
                .isInstanceOf(VersionConflict.class)
                .hasMessageContaining("changed by someone else");

        assertThat(management.workingCopy(participant).members())
                .extracting(MemberEntry::ring)
                .containsExactly(Ring.MIDDLE, Ring.MIDDLE)
                .doesNotContain(Ring.OUTER);
    }

    @Test
    void refusesToTakeOverAMemberOfAnotherMap() {
        signedInAs(coach);
        management.save(participant, twoMembers(0, Ring.INNER));
        ParticipantId other =
                new ParticipantId(accounts.consentedParticipant(organisation, "Other", "{Nederlands}", coordinator));

        signedInAs(coordinator);
        assertThatThrownBy(() -> management.save(other, twoMembers(0, Ring.OUTER)))
                .isInstanceOfSatisfying(Refusal.class, refused -> {
                    assertThat(refused.field()).isEqualTo("members[0].id");
                    assertThat(messages.getMessage(refused.messageKey(), refused.arguments(), Locale.ENGLISH))
                            .contains("another map");
                });

        signedInAs(coach);
        assertThat(management.workingCopy(participant).members())
                .extracting(MemberEntry::ring)
                .first()
                .isEqualTo(Ring.INNER);
        signedInAs(coordinator);
        assertThat(management.workingCopy(other).version()).isZero();
    }

    @Test
    void refusesTheSecondOfTwoChangesReadAtTheSameVersionThoughEachPassedTheCheckWhenItWasMade() {
        signedInAs(coach);
        management.save(participant, twoMembers(0, Ring.INNER));
        WorkingCopy first = load();
        WorkingCopy second = load();
        first.redraw(twoMembers(1, Ring.MIDDLE), LocalDate.of(2026, 3, 2));
        second.redraw(twoMembers(1, Ring.OUTER), LocalDate.of(2026, 3, 2));

        inTransaction(() -> maps.save(organisation, first, coach.id(), Instant.parse("2026-03-02T09:00:00Z")));

        assertThatThrownBy(() -> inTransaction(
                        () -> maps.save(organisation, second, coach.id(), Instant.parse("2026-03-02T09:00:01Z"))))
                .isInstanceOf(VersionConflict.class);
        MapDocument stored = management.workingCopy(participant);
        assertThat(stored.version()).isEqualTo(2);
        assertThat(stored.members()).extracting(MemberEntry::ring).first().isEqualTo(Ring.MIDDLE);
    }

    private WorkingCopy load() {
        return transactions.execute(tx -> maps.load(participant));
    }

    private void inTransaction(Runnable work) {
        transactions.executeWithoutResult(tx -> work.run());
    }

    private void signedInAs(Account account) {
        SignedIn.as(account);
        assertThat(Tenancy.currentOrganisation()).contains(organisation);
    }

    /** The sister on {@code ring} and a dormant neighbour, tied, as drawn on {@code version}. */
    private MapDocument twoMembers(int version, Ring ring) {
        return new MapDocument(
                version,
                List.of(
                        member(
                                sister,
                                "Zus",
                                RelationCategory.FAMILY,
                                ring,
                                Map.of(
                                        SupportFunction.AFFECTIVE,
                                        SupportDirection.BOTH,
                                        SupportFunction.MATERIAL,
                                        SupportDirection.RECEIVES),
                                RelationshipStatus.ACTIVE,
                                null),
                        member(
                                neighbour,
                                "Buurman",
                                RelationCategory.NEIGHBOUR,
                                Ring.MIDDLE,
                                Map.of(SupportFunction.CONNECTING, SupportDirection.BOTH),
                                RelationshipStatus.DORMANT,
                                LocalDate.of(2025, 6, 1))),
                List.of(new TieEntry(sister, neighbour, null)));
    }
}
