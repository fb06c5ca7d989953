package be.brugwerk.roles;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.support.ModuleTest;
import be.brugwerk.support.TenantTableFixtures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/**
 * The roles module with the modules it depends on, on its own embedded database: what follows a
 * {@link RoleTakingStarted}. The participant's open trajectory gets an action named by the role's title, and, as the
 * participant agreed, the role's actor joins their network map as a light tie whose id is the taking's; publishing the
 * same start again adds neither twice. A {@link RoleTakingHeld} adds a small success and completes the action, once.
 */
@ModuleTest
class RolesModuleTests {

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Test
    void putsATakenRoleOnTheTrajectoryAndItsActorOnTheMapOnce(Scenario scenario) {
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        UUID organisation = UUID.randomUUID();
        new TenantTableFixtures(owner).fillEveryTenantTable(organisation);
        Map<String, Object> taking = owner.sql("""
                        select t.id, t.participant_id, t.role_id, r.actor_id, t.proposed_by from role_taking t
                        join valued_role r on r.id = t.role_id where t.organisation_id = ?""").param(organisation).query().singleRow();
        UUID takingId = (UUID) taking.get("id");
        // the fixture's map holds members at the default version 0; the application's first save makes version 1
        owner.sql("update network_map set version = 1 where participant_id = ?")
                .param(taking.get("participant_id"))
                .update();
        RoleTakingStarted started = new RoleTakingStarted(
                organisation,
                takingId,
                new ParticipantId((UUID) taking.get("participant_id")),
                (UUID) taking.get("role_id"),
                (UUID) taking.get("actor_id"),
                true,
                LocalDate.of(2026, 3, 2),
                (UUID) taking.get("proposed_by"));

        scenario.publish(started)
                .andWaitForStateChange(
                        () -> reactions(owner, takingId), seen -> seen.equals(Map.of("actions", 1L, "members", 1L)))
                .andVerify(seen -> assertThat(seen).containsEntry("actions", 1L).containsEntry("members", 1L));
        assertThat(owner.sql("select description from coaching_action where role_taking_id = ?")
                        .param(takingId)
                        .query(String.class)
                        .single())
                .isEqualTo("Fixture");
        assertThat(owner.sql("select light_tie from network_member where id = ?")
                        .param(takingId)
                        .query(Boolean.class)
                        .single())
                .isTrue();

        scenario.publish(started)
                .andWaitForStateChange(
                        () -> owner.sql("select count(*) from event_publication where serialized_event like ?")
                                .param("%" + takingId + "%")
                                .query(Long.class)
                                .single(),
                        open -> open == 0)
                .andVerify(
                        open -> assertThat(reactions(owner, takingId)).isEqualTo(Map.of("actions", 1L, "members", 1L)));
    }

    @Test
    void aTakingThatHoldsIsASmallSuccessOnTheTrajectoryAndItsActionIsDoneOnce(Scenario scenario) {
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        UUID organisation = UUID.randomUUID();
        new TenantTableFixtures(owner).fillEveryTenantTable(organisation);
        Map<String, Object> taking = owner.sql("""
                        select t.id, t.participant_id, t.role_id, r.actor_id, t.proposed_by from role_taking t
                        join valued_role r on r.id = t.role_id where t.organisation_id = ?""").param(organisation).query().singleRow();
        UUID takingId = (UUID) taking.get("id");
        ParticipantId participant = new ParticipantId((UUID) taking.get("participant_id"));
        LocalDate startedOn = LocalDate.of(2026, 3, 2);
        LocalDate heldOn = startedOn.plusWeeks(9);
        scenario.publish(new RoleTakingStarted(
                        organisation,
                        takingId,
                        participant,
                        (UUID) taking.get("role_id"),
                        (UUID) taking.get("actor_id"),
                        false,
                        startedOn,
                        (UUID) taking.get("proposed_by")))
                .andWaitForStateChange(() -> action(owner, takingId), seen -> seen.startsWith("OPEN"))
                .andVerify(seen -> assertThat(seen).isEqualTo("OPEN|null"));
        RoleTakingHeld held =
                new RoleTakingHeld(organisation, takingId, participant, (UUID) taking.get("role_id"), heldOn);

        scenario.publish(held)
                .andWaitForStateChange(() -> action(owner, takingId), seen -> seen.startsWith("DONE"))
                .andVerify(seen -> assertThat(seen).isEqualTo("DONE|" + heldOn));
        assertThat(successes(owner, takingId)).containsExactly(heldOn + "|Fixture");

        scenario.publish(held)
                .andWaitForStateChange(
                        () -> owner.sql("select count(*) from event_publication where serialized_event like ?")
                                .param("%" + takingId + "%")
                                .query(Long.class)
                                .single(),
                        open -> open == 0)
                .andVerify(open -> assertThat(successes(owner, takingId))
                        .as("published again, nothing is added")
                        .containsExactly(heldOn + "|Fixture"));
    }

    private static String action(JdbcClient owner, UUID taking) {
        return owner.sql("select status || '|' || coalesce(cast(done_on as text), 'null') from coaching_action"
                        + " where role_taking_id = ?")
                .param(taking)
                .query(String.class)
                .optional()
                .orElse("");
    }

    private static List<String> successes(JdbcClient owner, UUID taking) {
        return owner.sql("select occurred_on || '|' || description from coaching_success where role_taking_id = ?")
                .param(taking)
                .query(String.class)
                .list();
    }

    private static Map<String, Long> reactions(JdbcClient owner, UUID taking) {
        return Map.of(
                "actions",
                owner.sql("select count(*) from coaching_action where role_taking_id = ?")
                        .param(taking)
                        .query(Long.class)
                        .single(),
                "members",
                owner.sql("select count(*) from network_member where id = ?")
                        .param(taking)
                        .query(Long.class)
                        .single());
    }
}
