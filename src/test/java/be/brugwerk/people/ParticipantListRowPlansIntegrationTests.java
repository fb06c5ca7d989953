package be.brugwerk.people;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.QueryPlans;
import be.brugwerk.support.SqlStatements;
import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import be.brugwerk.system.database.DatabaseConnections;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the participant list's statements do for each row of a page (docs/region-scale.md, "The participant list's
 * rows"): the organisation's legal basis is read once per statement (an InitPlan), not once per participant (a
 * SubPlan), and the caseload and consent statements check row-level security's organisation once (a one-time filter)
 * instead of on every row they read, because they name the organisation themselves. Explained as the application
 * role with the organisation set, as generic plans (as a prepared statement is planned once for all).
 */
@FullStackTest
class ParticipantListRowPlansIntegrationTests {

    private static final String RLS = "brugwerk_current_organisation()";

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    @Autowired
    DatabaseConnections connections;

    @Test
    void readsTheLegalBasisAndChecksTheOrganisationOncePerStatement() throws SQLException {
        JdbcClient owner = accounts.owner();
        UUID organisation = accounts.organisation("Participant list row plans");
        Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        Account professional = accounts.account(organisation, Role.PROFESSIONAL);
        write(owner, organisation, professional);
        List<Executed> ran = listShownTo(coordinator);

        String list = plan(ran, "from participant p where", organisation);
        assertThat(list).contains("legal_basis");
        assertThat(list.indexOf("InitPlan"))
                .as("the legal basis is read once, in an InitPlan before any per-row SubPlan:\n%s", list)
                .isGreaterThanOrEqualTo(0)
                .isLessThan(list.indexOf("legal_basis"));
        assertThat(list.indexOf("SubPlan") < 0 || list.indexOf("legal_basis") < list.indexOf("SubPlan"))
                .as("no SubPlan reads the legal basis:\n%s", list)
                .isTrue();

        for (String statement : List.of("from caseload_assignment a", "shared_with from consent")) {
            String plan = plan(ran, statement, organisation);
            List<String> checks = Arrays.stream(plan.split("\n"))
                    .filter(line -> line.contains(RLS))
                    .toList();
            assertThat(checks).as("%s:\n%s", statement, plan).isNotEmpty();
            assertThat(checks)
                    .as("row-level security's organisation checked once, not per row read (%s):\n%s", statement, plan)
                    .allMatch(line -> line.strip().startsWith("One-Time Filter:"));
        }
    }

    @Test
    void looksUpTheGroundOncePerRowWhereTheVisibilityDemandsIt() throws SQLException {
        JdbcClient owner = accounts.owner();
        UUID organisation = accounts.organisation("Participant list ground once");
        Account professional = accounts.account(organisation, Role.PROFESSIONAL);
        write(owner, organisation, professional);
        List<Executed> ran = listShownTo(professional);

        String list = plan(ran, "from participant p where", organisation);
        long consentLookups = Arrays.stream(list.split("\n"))
                .filter(line -> line.contains(" on consent "))
                .count();
        assertThat(consentLookups)
                .as(
                        "a social worker's rows all have a ground, so it is looked up once per row, not again for the"
                                + " select list:\n%s",
                        list)
                .isEqualTo(1);
    }

    /** The statements of the participant list shown to {@code account}, who sees all six of {@link #write}. */
    private List<Executed> listShownTo(Account account) {
        WebSession session = accounts.signedIn(account);
        return statements.during(() -> {
            var page = session.get("/participants");
            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(page.body()).contains("Rij 1", "Rij 6", "participant-id");
        });
    }

    /** Six participants, each with a processing consent and on the professional's caseload. */
    private static void write(JdbcClient owner, UUID organisation, Account professional) {
        owner.sql("""
                insert into participant (id, organisation_id, name, municipality, created_at)
                select gen_random_uuid(), :organisation, 'Rij ' || g, 'Gent',
                       timestamptz '2025-01-01 00:00:00+00' + g * interval '1 minute'
                from generate_series(1, 6) g""").param("organisation", organisation).update();
        owner.sql("""
                insert into consent (id, organisation_id, participant_id, purpose, given_at, recorded_by)
                select gen_random_uuid(), p.organisation_id, p.id, 'PROCESSING', p.created_at, :account
                from participant p where p.organisation_id = :organisation""")
                .param("organisation", organisation)
                .param("account", professional.id())
                .update();
        owner.sql("""
                insert into caseload_assignment (organisation_id, participant_id, account_id, assigned_at, assigned_by)
                select p.organisation_id, p.id, :account, p.created_at, :account
                from participant p where p.organisation_id = :organisation""")
                .param("organisation", organisation)
                .param("account", professional.id())
                .update();
    }

    /** The generic plan of the one statement the page ran that contains {@code fragment}. */
    private String plan(List<Executed> ran, String fragment, UUID organisation) throws SQLException {
        List<String> matching = ran.stream()
                .map(Executed::sql)
                .filter(sql -> sql.contains(fragment))
                .toList();
        assertThat(matching).as(fragment).hasSize(1);
        return QueryPlans.generic(connections, matching.get(0), organisation);
    }
}
