package be.brugwerk.coaching;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Long trajectory lists written as the database owner, and the order the list must show them in. */
final class TrajectoryListFixtures {

    private TrajectoryListFixtures() {}

    /**
     * {@code count} participants processed on a public task, each with a trajectory coached by {@code coach} that
     * started on day g / 3 of 2026 (three a day); participant g is archived where {@code archived} (SQL of g) holds.
     */
    static void write(JdbcClient owner, UUID organisation, UUID coach, int count, String archived) {
        owner.sql("insert into legal_basis (organisation_id, purpose, basis) values (?, 'PROCESSING', 'PUBLIC_TASK')")
                .param(organisation)
                .update();
        owner.sql("""
                insert into participant (id, organisation_id, name, created_at, archived_at)
                select gen_random_uuid(), :organisation, 'Traject ' || g, timestamptz '2026-01-01 00:00:00+00',
                       case when %s then timestamptz '2026-02-01 00:00:00+00' end
                from generate_series(1, :count) g""".formatted(archived))
                .param("organisation", organisation)
                .param("count", count)
                .update();
        owner.sql("""
                insert into trajectory (id, organisation_id, participant_id, coach_id, started_on, created_at, created_by)
                select gen_random_uuid(), p.organisation_id, p.id, :coach,
                       date '2026-01-01' + (cast(substring(p.name from 9) as integer) / 3),
                       timestamptz '2026-01-01 00:00:00+00', :coach
                from participant p where p.organisation_id = :organisation""").param("organisation", organisation).param("coach", coach).update();
    }

    /** The organisation's trajectories of participants not archived, newest first, as the database orders them. */
    static List<String> expected(JdbcClient owner, UUID organisation) {
        return owner.sql("""
                select t.id from trajectory t join participant p on p.id = t.participant_id
                where t.organisation_id = ? and p.archived_at is null order by t.started_on desc, t.id desc""").param(organisation).query(UUID.class).list().stream()
                .map(UUID::toString)
                .toList();
    }
}
