package be.brugwerk.tools;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

/**
 * Fills a Brugwerk database with a Flemish region's worth of data, for measuring the main pages at scale
 * (docs/region-scale.md): 60 organisations beside the demo ones, 30,000 participants, 300,000 map versions,
 * 20,000 trajectories with measurements, 50 buddy programmes with 8,000 waiting, 2,000,000 audit rows.
 *
 * <p>Repeatable: every identifier is a hash of what it is ("region-participant-1234"), and every "random" choice
 * is a hash of the same kind, so the same seed and anchor date give the same rows on every machine, in any order
 * the database chooses to insert them. Never run by the tests or CI; see docs/region-scale.md for how to run it.
 *
 * <p>It writes as the database superuser (or the schema owner), past row-level security, so it needs the
 * schema migrated first: start Brugwerk once on the database, then run this while it runs or after.
 */
public final class RegionData {

    private RegionData() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("""
                    usage: RegionData <brugwerk-data folder> [seed] [anchor date]
                       or: RegionData jdbc:postgresql://host:port/db <user> <password> [seed] [anchor date]
                    The first form connects as the embedded database's superuser of a running Brugwerk.""");
            System.exit(2);
        }
        String url;
        String user;
        String password;
        int next;
        if (args[0].startsWith("jdbc:")) {
            url = args[0];
            user = args[1];
            password = args[2];
            next = 3;
        } else {
            Path data = Path.of(args[0]);
            // postmaster.pid: line 4 is the port the running embedded server listens on
            List<String> pid = Files.readAllLines(data.resolve("postgres").resolve("postmaster.pid"));
            url = "jdbc:postgresql://localhost:" + pid.get(3).trim() + "/brugwerk";
            user = "postgres";
            password = Files.readString(data.resolve("secrets").resolve("postgres.password"))
                    .trim();
            next = 1;
        }
        String seed = args.length > next ? args[next] : "brugwerk-region-1";
        LocalDate anchor = args.length > next + 1 ? LocalDate.parse(args[next + 1]) : LocalDate.now();
        try (Connection connection = DriverManager.getConnection(url, user, password)) {
            new Generation(connection, seed, anchor).run();
        }
    }

    private record Generation(Connection connection, String seed, LocalDate anchor) {

        void run() throws SQLException {
            long began = System.nanoTime();
            connection.setAutoCommit(false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("set local max_parallel_workers_per_gather = 0");
                statement.execute("select set_config('region.seed', '" + seed.replace("'", "''") + "', true)");
                statement.execute("select set_config('region.anchor', '" + anchor + "', true)");
                for (Step step : STEPS) {
                    long started = System.nanoTime();
                    int rows = statement.executeUpdate(step.sql());
                    System.out.printf(
                            "%-34s %,10d rows  %6.1f s%n", step.name(), rows, (System.nanoTime() - started) / 1e9);
                }
            }
            connection.commit();
            try (Statement statement = connection.createStatement()) {
                connection.setAutoCommit(true);
                statement.execute("vacuum analyze");
            }
            System.out.printf(
                    "done in %s%n", Duration.ofNanos(System.nanoTime() - began).withNanos(0));
        }
    }

    private record Step(String name, String sql) {}

    /** Shared shapes: one organisation per number 1..60, and everyone's id a hash of what they are. */
    private static final String FUNCTIONS = """
            create or replace function pg_temp.rid(kind text, n bigint) returns uuid language sql immutable as
              $$ select md5(current_setting('region.seed') || '-' || kind || '-' || n)::uuid $$;
            create or replace function pg_temp.rnd(kind text, n bigint) returns double precision language sql as
              $$ select ('x' || substr(md5(current_setting('region.seed') || '~' || kind || '~' || n), 1, 8))::bit(32)::bigint
                        / 4294967296.0 $$;
            create or replace function pg_temp.pick(options text[], kind text, n bigint) returns text language sql as
              $$ select options[1 + floor(pg_temp.rnd(kind, n) * array_length(options, 1))::int] $$;
            create or replace function pg_temp.anchor() returns date language sql as
              $$ select current_setting('region.anchor')::date $$;
            create or replace function pg_temp.org(n bigint) returns uuid language sql as
              $$ select pg_temp.rid('organisation', n) $$
            """;

    // Per organisation: 1 admin, 3 coordinators, 10 social workers, 25 volunteer coaches (accounts 1..39);
    // 500 participants each (participant p belongs to organisation (p - 1) / 500 + 1).
    private static final List<Step> STEPS = List.of(
            new Step("functions", FUNCTIONS),
            new Step("organisations", """
                    insert into organisation (id, name, professionals_see_organisation, created_at)
                    select pg_temp.org(o), 'Regio-organisatie ' || lpad(o::text, 2, '0'), o % 3 = 0,
                           pg_temp.anchor() - interval '3 years'
                    from generate_series(1, 60) o"""),
            new Step("accounts", """
                    insert into account (id, organisation_id, email, display_name, role, password_hash, active, created_at)
                    select pg_temp.rid('account', o * 100 + a), pg_temp.org(o),
                           case when a = 1 then 'beheer' when a <= 4 then 'coordinator' || (a - 1)
                                when a <= 14 then 'werker' || (a - 4) else 'coach' || (a - 14) end
                             || '@org' || lpad(o::text, 2, '0') || '.region.demo',
                           'Medewerker ' || o || '-' || a,
                           case when a = 1 then 'ORGANISATION_ADMIN' when a <= 4 then 'COORDINATOR'
                                when a <= 14 then 'PROFESSIONAL' else 'VOLUNTEER_COACH' end,
                           (select password_hash from account where email = 'coach@demostad.demo'),
                           true, pg_temp.anchor() - interval '3 years'
                    from generate_series(1, 60) o, generate_series(1, 39) a"""),
            new Step("participants", """
                    insert into participant (id, organisation_id, name, birth_year, languages, municipality, neighbourhood,
                                             life_situation, transitions, archived_at, created_at)
                    select pg_temp.rid('participant', p), pg_temp.org((p - 1) / 500 + 1),
                           pg_temp.pick(array['Amina','Kim','Jan','Fatima','Lieve','Omar','Marie','Youssef','Els',
                                              'Tom','Nadia','Pieter','Sara','Ahmed','Hilde','Lucas'], 'name', p)
                             || ' ' || pg_temp.pick(array['Peeters','Janssens','Maes','El Amrani','Claes','Wouters',
                                              'Dubois','Diallo','Mertens','Yilmaz'], 'surname', p) || ' ' || p,
                           1930 + floor(pg_temp.rnd('birth', p) * 75)::int,
                           array[pg_temp.pick(array['Nederlands','Frans','Arabisch','Turks','Engels'], 'lang', p)],
                           'Gemeente ' || ((p - 1) / 500 + 1),
                           pg_temp.pick(array['Centrum','Stationswijk','Hoogveld','Kerkwijk','Nieuwdorp'], 'wijk', p),
                           null, '{}', case when pg_temp.rnd('archived', p) < 0.1 then pg_temp.anchor() - interval '30 days' end,
                           pg_temp.anchor() - (floor(pg_temp.rnd('created', p) * 900) || ' days')::interval
                    from generate_series(1, 30000) p"""),
            new Step("caseload: social worker", """
                    insert into caseload_assignment (organisation_id, participant_id, account_id, assigned_at, assigned_by)
                    select pg_temp.org((p - 1) / 500 + 1), pg_temp.rid('participant', p),
                           pg_temp.rid('account', ((p - 1) / 500 + 1) * 100 + 5 + (p % 10)),
                           pg_temp.anchor() - interval '1 year', pg_temp.rid('account', ((p - 1) / 500 + 1) * 100 + 2)
                    from generate_series(1, 30000) p"""),
            new Step("caseload: volunteer coach", """
                    insert into caseload_assignment (organisation_id, participant_id, account_id, assigned_at, assigned_by)
                    select pg_temp.org((p - 1) / 500 + 1), pg_temp.rid('participant', p),
                           pg_temp.rid('account', ((p - 1) / 500 + 1) * 100 + 15 + (p % 25)),
                           pg_temp.anchor() - interval '1 year', pg_temp.rid('account', ((p - 1) / 500 + 1) * 100 + 2)
                    from generate_series(1, 30000) p where p % 3 <> 0"""),
            new Step("consents", """
                    insert into consent (id, organisation_id, participant_id, purpose, shared_with, given_at, recorded_by)
                    select pg_temp.rid('consent-' || purpose, p), pg_temp.org((p - 1) / 500 + 1), pg_temp.rid('participant', p),
                           purpose, case when purpose = 'SHARING' then '{VOLUNTEER_COACH}'::text[] else '{}' end,
                           pg_temp.anchor() - interval '1 year', pg_temp.rid('account', ((p - 1) / 500 + 1) * 100 + 5 + (p % 10))
                    from generate_series(1, 30000) p, unnest(array['PROCESSING','SHARING','MATCHING']) purpose
                    where purpose = 'PROCESSING' or (purpose = 'SHARING' and p % 3 <> 0)
                       or (purpose = 'MATCHING' and p % 2 = 0)"""),
            new Step("maps", """
                    insert into network_map (participant_id, organisation_id, version, updated_at, updated_by)
                    select pg_temp.rid('participant', p), pg_temp.org((p - 1) / 500 + 1), 10,
                           pg_temp.anchor() - interval '7 days', pg_temp.rid('account', ((p - 1) / 500 + 1) * 100 + 5 + (p % 10))
                    from generate_series(1, 30000) p"""),
            // members per map: 3 to 20 (mean about 11.5)
            new Step("map members", """
                    insert into network_member (id, participant_id, organisation_id, name, category, ring, frequency, valence,
                                                status, status_since, status_note, capital_type, level, light_tie, formal,
                                                note, position, angle)
                    select pg_temp.rid('member', p * 100 + m), pg_temp.rid('participant', p), pg_temp.org((p - 1) / 500 + 1),
                           pg_temp.pick(array['Moeder','Broer','Zus','Buurman','Buurvrouw','Vriendin','Collega','Huisarts',
                                              'Maatschappelijk werker','Koorlid','Neef','Kennis'], 'mname', p * 100 + m) || ' ' || m,
                           pg_temp.pick(array['FAMILY','FRIEND','NEIGHBOUR','COLLEAGUE_OR_SCHOOL','ACQUAINTANCE',
                                              'PROFESSIONAL','GROUP'], 'category', p * 100 + m),
                           pg_temp.pick(array['INNER','MIDDLE','OUTER'], 'ring', p * 100 + m),
                           pg_temp.pick(array['DAILY','WEEKLY','MONTHLY','FEW_TIMES_A_YEAR','RARELY'], 'freq', p * 100 + m),
                           case when pg_temp.rnd('valence', p * 100 + m) < 0.85 then 'SUPPORTIVE'
                                when pg_temp.rnd('valence', p * 100 + m) < 0.97 then 'AMBIVALENT' else 'HARMFUL' end,
                           case when pg_temp.rnd('status', p * 100 + m) < 0.8 then 'ACTIVE'
                                when pg_temp.rnd('status', p * 100 + m) < 0.93 then 'DORMANT' else 'BROKEN' end,
                           null, null,
                           pg_temp.pick(array['BONDING','BONDING','BRIDGING','LINKING'], 'capital', p * 100 + m),
                           pg_temp.pick(array['NEIGHBOURHOOD','CITY','TRANSLOCAL'], 'level', p * 100 + m),
                           pg_temp.rnd('light', p * 100 + m) < 0.2, pg_temp.rnd('formal', p * 100 + m) < 0.15,
                           null, m - 1, floor(pg_temp.rnd('angle', p * 100 + m) * 360)
                    from generate_series(1, 30000) p,
                         generate_series(1, 3 + floor(pg_temp.rnd('size', p) * 18)::int) m"""),
            new Step("member support", """
                    insert into network_member_support (member_id, organisation_id, function, direction)
                    select id, organisation_id, f,
                           pg_temp.pick(array['RECEIVES','GIVES','BOTH'], 'dir-' || f, position + 100 * length(name))
                    from network_member, unnest(array['MATERIAL','AFFECTIVE','INFORMATIVE','CONNECTING']) f
                    where organisation_id in (select pg_temp.org(o) from generate_series(1, 60) o)
                      and pg_temp.rnd('support-' || f, ('x' || substr(id::text, 1, 8))::bit(32)::bigint) < 0.4"""),
            // ties: each member tied to the next one and, with probability 0.3, to the one after that
            new Step("ties", """
                    insert into network_tie (participant_id, organisation_id, member_a, member_b, strength)
                    select distinct on (least(a.id, b.id), greatest(a.id, b.id))
                           a.participant_id, a.organisation_id, least(a.id, b.id), greatest(a.id, b.id), 1
                    from network_member a
                    join network_member b on b.participant_id = a.participant_id
                         and (b.position = a.position + 1
                              or (b.position = a.position + 2
                                  and pg_temp.rnd('tie', ('x' || substr(a.id::text, 1, 8))::bit(32)::bigint) < 0.3))
                    where a.organisation_id in (select pg_temp.org(o) from generate_series(1, 60) o)"""),
            // ten versions per map, each a snapshot of the members as they are now, spread over two years
            new Step("map versions", """
                    insert into network_map_version (id, participant_id, organisation_id, taken_at, taken_by, reason, content)
                    select pg_temp.rid('version', p * 10 + v), m.participant_id, m.organisation_id,
                           pg_temp.anchor() - ((730 - v * 70) || ' days')::interval, m.updated_by,
                           case when v % 3 = 0 then 'SESSION' else 'SNAPSHOT' end, c.content
                    from generate_series(1, 30000) p
                    join network_map m on m.participant_id = pg_temp.rid('participant', p)
                    cross join lateral (
                        select jsonb_build_object('ties', '[]'::jsonb, 'members', coalesce(jsonb_agg(jsonb_build_object(
                                   'id', n.id, 'name', n.name, 'note', null, 'ring', n.ring, 'angle', n.angle,
                                   'level', n.level, 'formal', n.formal, 'status', n.status, 'support', '{}'::jsonb,
                                   'valence', n.valence, 'category', n.category, 'lightTie', n.light_tie,
                                   'frequency', n.frequency, 'statusNote', null, 'capitalType', n.capital_type,
                                   'statusSince', null) order by n.position), '[]'::jsonb)) content
                        from network_member n where n.participant_id = m.participant_id) c
                    cross join generate_series(0, 9) v"""),
            // 20,000 trajectories: two of every three participants; one in four closed
            new Step("trajectories", """
                    insert into trajectory (id, organisation_id, participant_id, coach_id, started_on, created_at, created_by,
                                            closed_on)
                    select pg_temp.rid('trajectory', p), pg_temp.org((p - 1) / 500 + 1), pg_temp.rid('participant', p),
                           pg_temp.rid('account', ((p - 1) / 500 + 1) * 100 + 15 + (p % 25)),
                           pg_temp.anchor() - (floor(60 + pg_temp.rnd('start', p) * 600) || ' days')::interval,
                           pg_temp.anchor() - interval '1 year', pg_temp.rid('account', ((p - 1) / 500 + 1) * 100 + 5 + (p % 10)),
                           case when p % 4 = 1 then pg_temp.anchor() - interval '20 days' end
                    from generate_series(1, 30000) p where p % 3 <> 0"""),
            new Step("trajectory steps", """
                    insert into trajectory_step (id, trajectory_id, organisation_id, position, default_step, name, status)
                    select pg_temp.rid('step', p * 10 + s), pg_temp.rid('trajectory', p), pg_temp.org((p - 1) / 500 + 1),
                           s, s, null,
                           case when s <= p % 10 then 'DONE' when s = p % 10 + 1 then 'IN_PROGRESS' else 'NOT_STARTED' end
                    from generate_series(1, 30000) p, generate_series(1, 10) s where p % 3 <> 0"""),
            new Step("trajectory actions", """
                    insert into coaching_action (id, trajectory_id, organisation_id, kind, description, performer, due_on,
                                                 status, done_on, created_at)
                    select pg_temp.rid('action', p * 10 + a), pg_temp.rid('trajectory', p), pg_temp.org((p - 1) / 500 + 1),
                           pg_temp.pick(array['REACTIVATE_DORMANT','ASK_PRACTICAL_HELP','JOIN_GROUP','MEET_NEW','OTHER'],
                                        'kind', p * 10 + a),
                           'Actie ' || a, pg_temp.pick(array['PARTICIPANT','COACH'], 'performer', p * 10 + a),
                           pg_temp.anchor() + ((a * 14 - 30) || ' days')::interval,
                           case when a = 1 then 'DONE' else 'OPEN' end,
                           case when a = 1 then pg_temp.anchor() - interval '25 days' end,
                           pg_temp.anchor() - interval '60 days'
                    from generate_series(1, 30000) p, generate_series(1, 3) a where p % 3 <> 0"""),
            new Step("trajectory sessions", """
                    insert into coaching_session (id, trajectory_id, organisation_id, held_on, duration_minutes, place,
                                                  created_by, created_at)
                    select pg_temp.rid('session', p * 10 + s), pg_temp.rid('trajectory', p), pg_temp.org((p - 1) / 500 + 1),
                           pg_temp.anchor() - ((s * 21 + p % 20) || ' days')::interval, 60, 'Thuis',
                           pg_temp.rid('account', ((p - 1) / 500 + 1) * 100 + 15 + (p % 25)), pg_temp.anchor() - interval '10 days'
                    from generate_series(1, 30000) p, generate_series(1, 4) s where p % 3 <> 0"""),
            new Step("measurements", """
                    insert into outcome_measurement (id, trajectory_id, organisation_id, instrument, answer_format, measured_on,
                                                     complete, created_by, updated_at)
                    select pg_temp.rid('measurement', p * 10 + k), pg_temp.rid('trajectory', p), pg_temp.org((p - 1) / 500 + 1),
                           'DE_JONG_GIERVELD_6', 'THREE_CATEGORIES', pg_temp.anchor() - ((400 - k * 300) || ' days')::interval,
                           true, pg_temp.rid('account', ((p - 1) / 500 + 1) * 100 + 15 + (p % 25)), pg_temp.anchor()
                    from generate_series(1, 30000) p, generate_series(0, 1) k where p % 3 <> 0"""),
            new Step("measurement answers", """
                    insert into outcome_answer (measurement_id, organisation_id, item, answer)
                    select pg_temp.rid('measurement', p * 10 + k), pg_temp.org((p - 1) / 500 + 1), item,
                           pg_temp.pick(array['YES','MORE_OR_LESS','NO'], 'answer-' || item, p * 10 + k)
                    from generate_series(1, 30000) p, generate_series(0, 1) k,
                         unnest((select array_agg(distinct item) from outcome_answer
                                 where measurement_id = (select id from outcome_measurement
                                                         where instrument = 'DE_JONG_GIERVELD_6' limit 1))) item
                    where p % 3 <> 0"""),
            // 50 programmes (organisations 1..50), 30 approved buddies each, 160 waiting each (8,000)
            new Step("programmes", """
                    insert into programme (id, organisation_id, name, intake_questions, weight_language, weight_interests,
                                           weight_proximity, weight_availability, weight_preferences, waiting_days,
                                           waiting_points, expected_duration_weeks, max_capacity, extract_required,
                                           must_share_language, max_distance_km, gender_wishes, age_wishes_allowed,
                                           created_at, created_by)
                    select pg_temp.rid('programme', o), pg_temp.org(o), 'Buddywerking ' || o, null, 30, 20, 20, 20, 10, 30, 10,
                           26, 2, false, false, 10, 'AS_PREFERENCE', true, pg_temp.anchor() - interval '2 years',
                           pg_temp.rid('account', o * 100 + 2)
                    from generate_series(1, 50) o"""),
            new Step("programme coordinators", """
                    insert into programme_coordinator (programme_id, account_id, organisation_id)
                    select pg_temp.rid('programme', o), pg_temp.rid('account', o * 100 + 2), pg_temp.org(o)
                    from generate_series(1, 50) o"""),
            new Step("intakes", """
                    insert into intake (id, organisation_id, languages, interests, availability, neighbourhood, age, gender)
                    select pg_temp.rid('intake', n), pg_temp.org(case when n <= 30000 then (n - 1) / 500 + 1 else (n - 30001) / 30 + 1 end),
                           array['nl:' || pg_temp.pick(array['A2','B1','NATIVE'], 'level', n),
                                 pg_temp.pick(array['ar','fr','tr','en'], 'lang2', n) || ':NATIVE'],
                           array[pg_temp.pick(array['wandelen','koken','fietsen','muziek','tuinieren'], 'i1', n),
                                 pg_temp.pick(array['lezen','sport','film','koffie'], 'i2', n)],
                           array[pg_temp.pick(array['SATURDAY:MORNING','TUESDAY:EVENING','WEDNESDAY:AFTERNOON'], 'av', n)],
                           pg_temp.pick(array['Centrum','Stationswijk','Hoogveld','Kerkwijk','Nieuwdorp'], 'wijk', n),
                           18 + floor(pg_temp.rnd('age', n) * 60)::int, pg_temp.pick(array['WOMAN','MAN'], 'gender', n)
                    from (select p n from generate_series(1, 25000) p where p % 2 = 0 and (p - 1) % 500 < 320
                          union all select 30000 + b from generate_series(1, 1500) b) ns"""),
            new Step("buddies", """
                    insert into buddy (id, organisation_id, programme_id, name, email, status, capacity, intake_id, applied_at,
                                       consent_given_at, intake_held, extract_seen, approved_at, approved_by)
                    select pg_temp.rid('buddy', b), pg_temp.org((b - 1) / 30 + 1), pg_temp.rid('programme', (b - 1) / 30 + 1),
                           'Buddy ' || b, 'buddy' || b || '@region.demo', 'APPROVED', 1 + b % 2,
                           pg_temp.rid('intake', 30000 + b), pg_temp.anchor() - interval '1 year',
                           pg_temp.anchor() - interval '1 year', true, null, pg_temp.anchor() - interval '300 days',
                           pg_temp.rid('account', ((b - 1) / 30 + 1) * 100 + 2)
                    from generate_series(1, 1500) b"""),
            // the even participants of an organisation's first 320 who gave consent for matching: 160 per organisation
            new Step("waiting list", """
                    insert into waiting_entry (id, organisation_id, programme_id, participant_id, entered_on, intake_id, status)
                    select pg_temp.rid('waiting', p), pg_temp.org((p - 1) / 500 + 1), pg_temp.rid('programme', (p - 1) / 500 + 1),
                           pg_temp.rid('participant', p), pg_temp.anchor() - ((p % 400) || ' days')::interval,
                           pg_temp.rid('intake', p), 'WAITING'
                    from generate_series(1, 25000) p where p % 2 = 0 and (p - 1) % 500 < 320"""),
            // ten proposals to decide per programme
            new Step("proposals", """
                    insert into buddy_pair (id, organisation_id, programme_id, waiting_entry_id, participant_id, buddy_id,
                                            status, score, fixed_by_coordinator, proposed_at)
                    select pg_temp.rid('pair', o * 100 + k), pg_temp.org(o), pg_temp.rid('programme', o),
                           pg_temp.rid('waiting', (o - 1) * 500 + 2 * k), pg_temp.rid('participant', (o - 1) * 500 + 2 * k),
                           pg_temp.rid('buddy', (o - 1) * 30 + k), 'PROPOSED', 50 + k, false, pg_temp.anchor() - interval '2 days'
                    from generate_series(1, 50) o, generate_series(1, 10) k"""),
            // 2,000,000 audit rows over two years, in the proportions the demo shows (reads of maps most)
            new Step("audit trail", """
                    insert into audit_event (organisation_id, occurred_at, account_id, action, subject_type, subject_ids)
                    select pg_temp.org((p - 1) / 500 + 1),
                           pg_temp.anchor() - (floor(pg_temp.rnd('when', e) * 730 * 86400) || ' seconds')::interval,
                           pg_temp.rid('account', ((p - 1) / 500 + 1) * 100 + 5 + (e % 35)),
                           k.action, k.subject, array[pg_temp.rid('participant', p)]
                    from generate_series(1, 2000000) e
                    cross join lateral (select 1 + floor(pg_temp.rnd('who', e) * 30000)::int p) w
                    cross join lateral (select (array['READ','READ','READ','UPDATE','LIST','READ','UPDATE','CREATE'])[1 + e % 8] action,
                                               (array['network_map','network_map','participant','network_map','participant',
                                                      'trajectory','trajectory','trajectory'])[1 + e % 8] subject) k"""));
}
