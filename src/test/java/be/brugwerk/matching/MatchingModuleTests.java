package be.brugwerk.matching;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.people.ConsentPurpose;
import be.brugwerk.people.ConsentWithdrawn;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.support.ModuleTest;
import be.brugwerk.support.TenantTableFixtures;
import java.time.Instant;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;

/**
 * The matching module with the modules it depends on, on its own embedded database: its reaction to people's
 * {@link ConsentWithdrawn} event, published the way Modulith's {@link Scenario} publishes it. As {@link ModuleTest},
 * but with the dependencies of its dependencies too: a run reads participants' homes through {@code places}, which
 * needs {@code network} and {@code neighbourhood}.
 */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(
        properties = {
            "brugwerk.database.data-dir=target/module-test-database",
            "brugwerk.database.embedded-fresh=true",
            "brugwerk.demo=false"
        })
class MatchingModuleTests {

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Test
    void notesARunningPairWhoseParticipantWithdrewTheirConsentToMatching(Scenario scenario) {
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        UUID organisation = UUID.randomUUID();
        new TenantTableFixtures(owner).fillEveryTenantTable(organisation);
        UUID pair = owner.sql("select id from buddy_pair where organisation_id = ?")
                .param(organisation)
                .query(UUID.class)
                .single();
        UUID participant = owner.sql("select participant_id from buddy_pair where id = ?")
                .param(pair)
                .query(UUID.class)
                .single();
        owner.sql("update buddy_pair set status = 'ACTIVE' where id = ?")
                .param(pair)
                .update();

        scenario.publish(new ConsentWithdrawn(
                        organisation,
                        new ParticipantId(participant),
                        ConsentPurpose.MATCHING,
                        Instant.parse("2026-03-02T09:00:00Z")))
                .andWaitForStateChange(
                        () -> owner.sql("""
                        select participant_consent_withdrawn_at is not null from buddy_pair where id = ?""").param(pair).query(Boolean.class).single(), Boolean::booleanValue)
                .andVerify(noted -> assertThat(noted).isTrue());
    }
}
