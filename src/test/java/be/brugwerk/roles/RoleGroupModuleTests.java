package be.brugwerk.roles;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.support.ModuleTest;
import be.brugwerk.support.SignedIn;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.system.Role;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.AssertablePublishedEvents;

/**
 * The roles module on its own database: the agreement that brings a collective role's group to its minimum publishes
 * {@link RoleGroupFormed}, naming the group's takings and participants; the agreements before it publish none.
 */
@ModuleTest
@ExtendWith(SignedIn.class)
@Import(TestAccounts.class)
class RoleGroupModuleTests {

    @Autowired
    RoleGroupManagement groups;

    @Autowired
    RoleTakingManagement takings;

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Test
    void theAgreementThatCompletesTheGroupPublishesThatItIsFormed(AssertablePublishedEvents events) {
        UUID organisation = accounts.organisation("Role group module tests");
        Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        ParticipantId amina =
                new ParticipantId(accounts.consentedParticipant(organisation, "Amina", "{Nederlands}", coordinator));
        ParticipantId bram =
                new ParticipantId(accounts.consentedParticipant(organisation, "Bram", "{Nederlands}", coordinator));
        UUID actor = UUID.randomUUID();
        UUID role = UUID.randomUUID();
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        owner.sql("""
                insert into neighbourhood_actor (id, organisation_id, version, source, name, kind, latitude, longitude,
                    changed_at, changed_by)
                values (?, ?, 1, 'MANUAL', 'Community kitchen', 'MEETING_PLACE', 51.05, 3.72, now(), ?)""").params(actor, organisation, coordinator.id()).update();
        owner.sql("""
                insert into valued_role (id, organisation_id, actor_id, version, title, talents, days, languages,
                    capacity, collective, minimum_group, gains, learning, taken, closed, changed_at, changed_by)
                values (?, ?, ?, 1, 'Cook together', '{COOKING}', '{}', '{}', 4, true, 2, '{LIGHT_TIES}', '{}', 0,
                    false, now(), ?)""").params(role, organisation, actor, coordinator.id()).update();
        SignedIn.as(coordinator);

        List<RoleTakingView> proposed = groups.proposeTogether(role, List.of(amina, bram));
        for (RoleTakingView taking : proposed) {
            takings.choose(taking.id(), 1, true);
        }
        takings.agree(proposed.get(0).id(), 2);
        assertThat(events.ofType(RoleGroupFormed.class)).as("one of two agreed").isEmpty();

        takings.agree(proposed.get(1).id(), 2);

        assertThat(events.ofType(RoleGroupFormed.class)).singleElement().satisfies(formed -> {
            assertThat(formed.organisationId()).isEqualTo(organisation);
            assertThat(formed.roleId()).isEqualTo(role);
            assertThat(formed.actorId()).isEqualTo(actor);
            assertThat(formed.minimumGroup()).isEqualTo(2);
            assertThat(formed.takingIds())
                    .containsExactlyInAnyOrder(
                            proposed.get(0).id(), proposed.get(1).id());
            assertThat(formed.participants()).containsExactlyInAnyOrder(amina, bram);
            assertThat(formed.formedBy()).isEqualTo(coordinator.id());
        });
        RoleGroupView group = groups.group(role);
        assertThat(group.size()).isEqualTo(2);
        assertThat(group.formed()).isTrue();
    }
}
