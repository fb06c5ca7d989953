package be.brugwerk.coaching;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.matching.PairEnded;
import be.brugwerk.matching.PairStarted;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.support.ModuleTest;
import be.brugwerk.support.TenantTableFixtures;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.Scenario;

/**
 * The coaching module with the modules it depends on (system, people, network, matching), on its own embedded
 * database: its reaction to matching's {@link PairStarted} and {@link PairEnded}, which put the buddy pair on the
 * timeline of the participant's open trajectory.
 */
@ModuleTest
class CoachingModuleTests {

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Test
    void putsABuddyPairThatStartsAndEndsOnTheOpenTrajectorysTimeline(Scenario scenario) {
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        UUID organisation = UUID.randomUUID();
        new TenantTableFixtures(owner).fillEveryTenantTable(organisation);
        UUID trajectory = owner.sql("select id from trajectory where organisation_id = ?")
                .param(organisation)
                .query(UUID.class)
                .single();
        ParticipantId participant = new ParticipantId(owner.sql("select participant_id from trajectory where id = ?")
                .param(trajectory)
                .query(UUID.class)
                .single());
        UUID pair = UUID.randomUUID();

        scenario.publish(new PairStarted(organisation, pair, participant, LocalDate.of(2026, 3, 2)))
                .andWaitForStateChange(() -> onTimeline(owner, trajectory, pair), row -> !row.isEmpty())
                .andVerify(row -> {
                    assertThat(row).containsEntry("started_on", java.sql.Date.valueOf("2026-03-02"));
                    assertThat(row.get("ended_on")).isNull();
                });

        scenario.publish(new PairEnded(organisation, pair, participant, LocalDate.of(2026, 6, 30), true))
                .andWaitForStateChange(() -> onTimeline(owner, trajectory, pair), row -> row.get("ended_on") != null)
                .andVerify(row -> {
                    assertThat(row).containsEntry("started_on", java.sql.Date.valueOf("2026-03-02"));
                    assertThat(row).containsEntry("ended_on", java.sql.Date.valueOf("2026-06-30"));
                    assertThat(row).containsEntry("stopped_early", true);
                });
    }

    private static Map<String, Object> onTimeline(JdbcClient owner, UUID trajectory, UUID pair) {
        return owner.sql("""
                        select started_on, ended_on, stopped_early from trajectory_buddy_pair
                        where trajectory_id = ? and pair_id = ?""").params(trajectory, pair).query().listOfRows().stream()
                .findFirst()
                .orElse(Map.of());
    }
}
