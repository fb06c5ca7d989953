package be.brugwerk.support;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.support.SqlStatements.Parameter;
import be.brugwerk.system.Role;
import be.brugwerk.system.database.DatabaseConnections;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A statement a request ran, replayed through {@link Executed#bindTo}, is bound as the application bound it: an array
 * literal of {@code Pg.array}, sent untyped, is typed by PostgreSQL as the array its cast names, as it was for the
 * application, so the replayed plan is the application's. Bound by its value alone, it was a {@code varchar} that the
 * cast turned into an array at run time.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SqlStatementsIntegrationTests {

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    @Autowired
    DatabaseConnections connections;

    UUID organisation;
    Executed byIds;

    /** A coordinator's trajectory list: its participants are read by the ids of the page's trajectories. */
    @BeforeAll
    void aListThatReadsRowsByAnArrayOfIds() {
        organisation = accounts.organisation("Replayed statements");
        JdbcClient owner = accounts.owner();
        UUID coordinator = accounts.account(organisation, Role.COORDINATOR).id();
        owner.sql("insert into legal_basis (organisation_id, purpose, basis) values (?, 'PROCESSING', 'PUBLIC_TASK')")
                .param(organisation)
                .update();
        for (String name : List.of("Amina", "Bram", "Chloé")) {
            UUID participant = UUID.randomUUID();
            owner.sql("insert into participant (id, organisation_id, name, created_at) values (?, ?, ?, now())")
                    .params(participant, organisation, name)
                    .update();
            owner.sql("""
                    insert into trajectory (id, organisation_id, participant_id, coach_id, started_on, created_at,
                                            created_by)
                    values (gen_random_uuid(), ?, ?, ?, current_date, now(), ?)""")
                    .params(organisation, participant, coordinator, coordinator)
                    .update();
        }
        WebSession session = accounts.signedIn(organisation, Role.COORDINATOR);
        List<Executed> ran = statements.during(() -> session.get("/trajectories"));
        byIds = ran.stream()
                .filter(s -> s.largestArray() == 3 && s.sql().contains("as uuid[]"))
                .findFirst()
                .orElseThrow(
                        () -> new AssertionError("no statement given the three ids:" + SqlStatements.describe(ran)));
    }

    @Test
    void recordsTheSqlTypeAnArrayLiteralWasBoundWith() {
        Parameter array = arrayLiteral();

        assertThat(array.setter().getName()).isEqualTo("setObject");
        assertThat(array.sqlType()).hasValue(Types.OTHER);
    }

    @Test
    void bindsAReplayedArrayLiteralAsTheArrayItsCastNames() throws SQLException {
        try (Connection connection = QueryPlans.appConnection(connections, organisation);
                PreparedStatement again = connection.prepareStatement(byIds.sql())) {
            byIds.bindTo(again);

            assertThat(again.getParameterMetaData()
                            .getParameterTypeName(arrayLiteral().index()))
                    .isEqualTo("_uuid");
            connection.rollback();
        }
    }

    @Test
    void replaysThePlanWithTheArrayAsAConstantOfItsType() throws SQLException {
        List<String> plan = new ArrayList<>();
        try (Connection connection = QueryPlans.appConnection(connections, organisation);
                PreparedStatement explain = connection.prepareStatement("explain (costs off) " + byIds.sql())) {
            byIds.bindTo(explain);
            try (ResultSet rows = explain.executeQuery()) {
                while (rows.next()) {
                    plan.add(rows.getString(1));
                }
            }
            connection.rollback();
        }

        assertThat(String.join("\n", plan)).contains("}'::uuid[]").doesNotContain("character varying");
    }

    private Parameter arrayLiteral() {
        return byIds.bound().stream()
                .filter(p -> p.value() instanceof String text && text.startsWith("{"))
                .findFirst()
                .orElseThrow();
    }
}
