package be.brugwerk.matching.programme;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Long lists of a programme written straight into the database (as the owner), for the paging and plan tests. */
final class ProgrammeListFixtures {

    private ProgrammeListFixtures() {}

    /**
     * {@code count - 1} more programmes of the coordinator (named in 7 repeating names); in the first, {@code count}
     * buddies (every third an applicant, the others approved, names repeating in 40), {@code count} participants on
     * the waiting list (three entering a day) and a pair for each of them (proposed three a minute, every fourth
     * rejected).
     */
    static void write(JdbcClient owner, UUID organisation, UUID programme, UUID coordinator, int count) {
        owner.sql("""
                with copies as (
                    insert into programme
                    select (jsonb_populate_record(null::programme, to_jsonb(p)
                            || jsonb_build_object('id', gen_random_uuid(), 'name', 'Programma ' || (g % 7)))).*
                    from programme p, generate_series(2, :count) g where p.id = :programme
                    returning id, organisation_id)
                insert into programme_coordinator (programme_id, account_id, organisation_id)
                select id, :coordinator, organisation_id from copies""")
                .param("programme", programme)
                .param("coordinator", coordinator)
                .param("count", count)
                .update();
        owner.sql("insert into legal_basis (organisation_id, purpose, basis) values (?, 'PROCESSING', 'PUBLIC_TASK')")
                .param(organisation)
                .update();
        owner.sql("""
                with rows as (select g, gen_random_uuid() as buddy, gen_random_uuid() as intake
                              from generate_series(1, :count) g),
                     intakes as (insert into intake (id, organisation_id, age, gender)
                                 select intake, :organisation, 50, 'MAN' from rows)
                insert into buddy (id, organisation_id, programme_id, name, email, status, capacity, intake_id,
                                   applied_at, consent_given_at)
                select buddy, :organisation, :programme, 'Buddy ' || (g % 40), buddy || '@buddies.test',
                       case when g % 3 = 0 then 'APPLIED' else 'APPROVED' end, 3, intake,
                       timestamptz '2026-01-01 00:00Z', timestamptz '2026-01-01 00:00Z'
                from rows""")
                .param("organisation", organisation)
                .param("programme", programme)
                .param("count", count)
                .update();
        waiting(owner, organisation, programme, count);
        owner.sql("""
                insert into buddy_pair (id, organisation_id, programme_id, waiting_entry_id, participant_id, buddy_id,
                                        status, score, fixed_by_coordinator, proposed_at)
                select gen_random_uuid(), w.organisation_id, w.programme_id, w.id, w.participant_id,
                       (select b.id from buddy b where b.programme_id = w.programme_id order by b.id limit 1),
                       case when w.n % 4 = 0 then 'REJECTED' else 'PROPOSED' end, 1, false,
                       timestamptz '2026-02-01 00:00Z' + (w.n / 3) * interval '1 minute'
                from (select w.*, row_number() over (order by w.entered_on, w.participant_id) as n
                      from waiting_entry w where w.programme_id = :programme) w""").param("programme", programme).update();
    }

    /**
     * {@code count} participants on the programme's waiting list, {@code WAITING}, three entering a day from
     * 2026-01-01, each with an intake.
     */
    static void waiting(JdbcClient owner, UUID organisation, UUID programme, int count) {
        owner.sql("""
                with rows as (select g, gen_random_uuid() as participant, gen_random_uuid() as intake,
                                     gen_random_uuid() as entry from generate_series(1, :count) g),
                     participants as (insert into participant (id, organisation_id, name, created_at)
                                      select participant, :organisation, 'Wachtend ' || g, timestamptz '2026-01-01 00:00Z'
                                      from rows),
                     intakes as (insert into intake (id, organisation_id, age, gender)
                                 select intake, :organisation, 30, 'WOMAN' from rows)
                insert into waiting_entry (id, organisation_id, programme_id, participant_id, entered_on, intake_id, status)
                select entry, :organisation, :programme, participant, date '2026-01-01' + g / 3, intake, 'WAITING'
                from rows""")
                .param("organisation", organisation)
                .param("programme", programme)
                .param("count", count)
                .update();
    }
}
