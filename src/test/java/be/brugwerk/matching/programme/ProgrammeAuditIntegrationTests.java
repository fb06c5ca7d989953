package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Reads and writes of personal data in a programme leave audit rows naming ids only, by whom they were done. */
@FullStackTest
class ProgrammeAuditIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Test
    void auditsWhoReadAndChangedWhom() {
        Account coordinatorAccount = accounts.account(accounts.organisation("Audit"), Role.COORDINATOR);
        WebSession coordinator = new WebSession(port);
        assertThat(coordinator.signIn(coordinatorAccount.email(), TestAccounts.PASSWORD))
                .isTrue();
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Audited");
        UUID amina = programme.waitingParticipant("Amina", true);
        UUID lotte = programme
                .approvedBuddy("Lotte", "lotte-" + UUID.randomUUID() + "@test.brugwerk")
                .id();
        programme.run();
        UUID pair = owner().sql("select id from buddy_pair where programme_id = ?")
                .param(programme.programme)
                .query(UUID.class)
                .single();
        coordinator.post(
                "/programmes/" + programme.programme + "/pairs/" + pair + "/reject", Map.of("reason", "Known"));
        coordinator.get("/programmes/" + programme.programme);

        List<String> trail = owner().sql("""
                select action || ' ' || subject_type || ' ' || array_to_string(subject_ids, ',') from audit_event
                where account_id = ? order by id""")
                .param(coordinatorAccount.id())
                .query(String.class)
                .list();

        assertThat(trail)
                .contains(
                        "CREATE waiting_entry " + amina,
                        "CREATE buddy " + lotte,
                        "UPDATE buddy " + lotte,
                        "READ participant " + amina,
                        "CREATE buddy_pair " + pair,
                        "UPDATE buddy_pair " + pair);
        assertThat(trail).anyMatch(line -> line.startsWith("LIST participant") && line.contains(amina.toString()));
        assertThat(trail).anyMatch(line -> line.startsWith("LIST buddy") && line.contains(lotte.toString()));
        assertThat(String.join("\n", trail)).doesNotContain("Amina").doesNotContain("Lotte");
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }
}
