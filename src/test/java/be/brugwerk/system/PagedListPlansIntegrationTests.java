package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.QueryPlans;
import be.brugwerk.support.SqlStatements;
import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.database.DatabaseConnections;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The plans of the paged lists' queries (participants, trajectories) at region size: an organisation of 500
 * participants among twenty others of the same size (docs/region-scale.md). Each page's statement, as the page ran it,
 * is explained as the application role with the organisation set (row-level security in the plan) as a generic plan
 * (its parameters unknown, as a prepared statement is planned once for all): none reads the participant or trajectory
 * table sequentially. The plans go to {@code target/paged-list-plans.md}; docs/query-plans.md quotes them.
 */
@FullStackTest
class PagedListPlansIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    @Autowired
    DatabaseConnections connections;

    @Test
    void answersEveryPagedListFromAnIndex() throws SQLException, IOException {
        JdbcClient owner = accounts.owner();
        UUID organisation = accounts.organisation("Paged list plans");
        Account coordinatorAccount = accounts.account(organisation, Role.COORDINATOR);
        Account professionalAccount = accounts.account(organisation, Role.PROFESSIONAL);
        write(owner, organisation, professionalAccount);
        for (int i = 0; i < 20; i++) {
            UUID other = accounts.organisation("Paged list plans elsewhere " + i);
            write(owner, other, accounts.account(other, Role.PROFESSIONAL));
        }
        owner.sql("analyze participant").update();
        owner.sql("analyze trajectory").update();
        owner.sql("analyze caseload_assignment").update();
        owner.sql("analyze trajectory_step").update();
        owner.sql("analyze consent").update();
        WebSession coordinator = accounts.signedIn(coordinatorAccount);
        WebSession professional = accounts.signedIn(professionalAccount);
        UUID deepParticipant =
                owner.sql("""
                select id from participant where organisation_id = ? and archived_at is null
                order by created_at desc, id desc offset 300 limit 1""").param(organisation).query(UUID.class).single();
        UUID deepTrajectory =
                owner.sql("""
                select id from trajectory where organisation_id = ? order by started_on desc, id desc offset 200 limit 1""").param(organisation).query(UUID.class).single();

        Map<String, String> pages = new LinkedHashMap<>();
        pages.put("participants, coordinator, first page", "/participants");
        pages.put("participants, coordinator, 300 rows deep", "/participants?after=" + deepParticipant);
        pages.put("participants, coordinator, search", "/participants?q=kastanje");
        pages.put("participants, social worker (own caseload)", "professional:/participants");
        pages.put("trajectories, coordinator, first page", "/trajectories");
        pages.put("trajectories, coordinator, 200 rows deep", "/trajectories?after=" + deepTrajectory);
        pages.put("trajectory start, coordinator, choice by name", "/trajectories/new");
        StringBuilder plans = new StringBuilder();
        for (Map.Entry<String, String> page : pages.entrySet()) {
            WebSession session = page.getValue().startsWith("professional:") ? professional : coordinator;
            String address = page.getValue().replace("professional:", "");
            assertThat(session.get(address).statusCode()).isEqualTo(200);
            List<Executed> ran = statements.during(
                    () -> assertThat(session.get(address).statusCode()).isEqualTo(200));
            String query = ran.stream()
                    .map(Executed::sql)
                    .filter(sql -> sql.contains("from participant p where") || sql.contains("from trajectory t"))
                    .filter(sql -> sql.contains("limit"))
                    .filter(sql -> !address.equals("/trajectories/new") || sql.contains("order by lower(p.name)"))
                    .findFirst()
                    .orElseThrow();
            String plan = genericPlan(query, organisation);
            assertThat(plan).as(page.getKey()).doesNotContain("Seq Scan on participant p", "Seq Scan on trajectory t");
            if (address.startsWith("/trajectories") && !address.equals("/trajectories/new")) {
                // the row's current step from the partial index of the unfinished steps (V14_97): on region data an
                // index-only scan of one entry a row; here, on tables never vacuumed, a bitmap scan of the same index
                assertThat(plan)
                        .as(page.getKey())
                        .containsPattern("(Index Only Scan using|on) trajectory_step_current");
            }
            if (address.equals("/trajectories/new")) {
                // the first participants in name order from the index in that order (V15_4), not all of the
                // organisation's read, checked and sorted to keep a few
                assertThat(plan).as(page.getKey()).contains("participant_name_order");
            }
            plans.append("#### ")
                    .append(page.getKey())
                    .append(" (`")
                    .append(address.replaceAll("[0-9a-f-]{36}", "…"))
                    .append("`)\n\n```\n")
                    .append(plan)
                    .append("```\n\n");
        }
        Path out = Path.of("target", "paged-list-plans.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, plans.toString());
    }

    /**
     * 500 participants processed on a public task, registered one a minute in groups of three, named "Kastanje g" for
     * even g and "Linde g" for odd, every tenth archived; a trajectory for each of the first 300, three starting a day,
     * with ten steps of which the first three done (as the region data has); the first 40 on the social worker's
     * caseload.
     */
    private static void write(JdbcClient owner, UUID organisation, Account professional) {
        owner.sql("insert into legal_basis (organisation_id, purpose, basis) values (?, 'PROCESSING', 'PUBLIC_TASK')")
                .param(organisation)
                .update();
        owner.sql("""
                insert into participant (id, organisation_id, name, municipality, created_at, archived_at)
                select gen_random_uuid(), :organisation, case when g % 2 = 0 then 'Kastanje ' else 'Linde ' end || g,
                       'Gent', timestamptz '2025-01-01 00:00:00+00' + (g / 3) * interval '1 minute',
                       case when g % 10 = 0 then timestamptz '2026-02-01 00:00:00+00' end
                from generate_series(1, 500) g""").param("organisation", organisation).update();
        owner.sql("""
                insert into trajectory (id, organisation_id, participant_id, coach_id, started_on, created_at, created_by)
                select gen_random_uuid(), p.organisation_id, p.id, :coach,
                       date '2025-01-01' + (cast(substring(p.name from ' (\\d+)$') as integer) / 3),
                       timestamptz '2025-01-01 00:00:00+00', :coach
                from participant p where p.organisation_id = :organisation
                  and cast(substring(p.name from ' (\\d+)$') as integer) <= 300""")
                .param("organisation", organisation)
                .param("coach", professional.id())
                .update();
        owner.sql("""
                insert into trajectory_step (id, trajectory_id, organisation_id, position, default_step, status)
                select gen_random_uuid(), t.id, t.organisation_id, s, s, case when s <= 3 then 'DONE' else 'NOT_STARTED' end
                from trajectory t, generate_series(1, 10) s where t.organisation_id = :organisation""").param("organisation", organisation).update();
        owner.sql("""
                insert into caseload_assignment (organisation_id, participant_id, account_id, assigned_at, assigned_by)
                select p.organisation_id, p.id, :account, p.created_at, :account from participant p
                where p.organisation_id = :organisation and cast(substring(p.name from ' (\\d+)$') as integer) <= 40""")
                .param("organisation", organisation)
                .param("account", professional.id())
                .update();
    }

    /** EXPLAIN (GENERIC_PLAN) of the statement as the application role, with the organisation set as the application sets it. */
    private String genericPlan(String query, UUID organisation) throws SQLException {
        return QueryPlans.generic(connections, query, organisation);
    }
}
