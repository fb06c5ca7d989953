package be.brugwerk.support;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * One row per organisation in every table that row-level security guards, written as the owner. A new tenant
 * table needs a line here, or the row-level security tests fail for it: that is the point.
 */
public final class TenantTableFixtures {

    /** Tables deliberately outside row-level security, and why. */
    public static final Map<String, String> OUTSIDE_ROW_SECURITY = Map.of(
            "flyway_schema_history", "the owner's migration history; the application role cannot read it",
            "organisation", "the platform admin lists and creates organisations; no personal data",
            "login_failure", "failed sign-ins are counted before anyone is known; keys are hashes",
            "spring_session", "sessions are looked up before their owner's organisation is known",
            "spring_session_attributes", "part of the session, as above",
            "signup_attempt", "public buddy sign-ups are counted before anyone is known; keys are hashes",
            "server_secret", "secrets of the installation (the sign-in slow-down key); belong to no organisation",
            "event_publication",
                    "events between modules wait here for their listeners, found by resubmission for every "
                            + "organisation; ids only, the listeners run under the event's organisation");

    private final JdbcClient owner;
    private final Map<String, BiConsumer<UUID, String>> rowWriters = new LinkedHashMap<>();

    public TenantTableFixtures(JdbcClient owner) {
        this.owner = owner;
        rowWriters.put(
                "account",
                (organisation, suffix) -> owner.sql("""
                insert into account (id, organisation_id, email, display_name, role, password_hash, created_at)
                values (?, ?, ?, 'Fixture', 'COORDINATOR', 'x', now())""")
                        .params(UUID.randomUUID(), organisation, "fixture-" + suffix + "@rls.test")
                        .update());
        rowWriters.put(
                "participant",
                (organisation, suffix) -> owner.sql("""
                insert into participant (id, organisation_id, name, created_at) values (?, ?, 'Fixture', now())""")
                        .params(participantOf(organisation), organisation)
                        .update());
        rowWriters.put(
                "caseload_assignment",
                (organisation, suffix) -> owner.sql("""
                insert into caseload_assignment (organisation_id, participant_id, account_id, assigned_at, assigned_by)
                select ?, ?, a.id, now(), a.id from account a where a.organisation_id = ? limit 1""")
                        .params(organisation, participantOf(organisation), organisation)
                        .update());
        rowWriters.put(
                "legal_basis",
                (organisation, suffix) -> owner.sql("""
                insert into legal_basis (organisation_id, purpose, basis) values (?, 'MATCHING', 'PUBLIC_TASK')""").param(organisation).update());
        rowWriters.put(
                "consent",
                (organisation, suffix) -> owner.sql("""
                insert into consent (id, organisation_id, participant_id, purpose, given_at, recorded_by)
                select ?, ?, ?, 'PROCESSING', now(), a.id from account a where a.organisation_id = ? limit 1""")
                        .params(UUID.randomUUID(), organisation, participantOf(organisation), organisation)
                        .update());
        rowWriters.put(
                "audit_event",
                (organisation, suffix) ->
                        owner.sql("""
                insert into audit_event (organisation_id, occurred_at, account_id, action, subject_type, subject_ids)
                values (?, now(), ?, 'READ', 'participant', '{}')""").params(organisation, UUID.randomUUID()).update());
        rowWriters.put(
                "network_map",
                (organisation, suffix) -> owner.sql("""
                insert into network_map (participant_id, organisation_id, updated_at, updated_by)
                select ?, ?, now(), a.id from account a where a.organisation_id = ? limit 1""")
                        .params(participantOf(organisation), organisation, organisation)
                        .update());
        rowWriters.put(
                "network_member",
                (organisation, suffix) -> owner.sql("""
                insert into network_member (id, participant_id, organisation_id, name, category, ring, frequency, valence,
                    status, capital_type, level, light_tie, formal, position)
                values (?, ?, ?, 'Fixture', 'FRIEND', 'INNER', 'WEEKLY', 'SUPPORTIVE', 'ACTIVE', 'BONDING', 'CITY',
                    false, false, 0)""")
                        .params(memberOf(organisation, 1), participantOf(organisation), organisation)
                        .update());
        rowWriters.put(
                "network_member_support",
                (organisation, suffix) -> owner.sql("""
                insert into network_member_support (member_id, organisation_id, function, direction)
                values (?, ?, 'AFFECTIVE', 'BOTH')""")
                        .params(memberOf(organisation, 1), organisation)
                        .update());
        rowWriters.put("network_tie", (organisation, suffix) -> {
            owner.sql("""
                    insert into network_member (id, participant_id, organisation_id, name, category, ring, frequency,
                        valence, status, capital_type, level, light_tie, formal, position)
                    values (?, ?, ?, 'Fixture 2', 'FRIEND', 'INNER', 'WEEKLY', 'SUPPORTIVE', 'ACTIVE', 'BONDING', 'CITY',
                        false, false, 1)""")
                    .params(memberOf(organisation, 2), participantOf(organisation), organisation)
                    .update();
            UUID a = memberOf(organisation, 1);
            UUID b = memberOf(organisation, 2);
            owner.sql(
                            "insert into network_tie (participant_id, organisation_id, member_a, member_b) values (?, ?, ?, ?)")
                    .params(
                            participantOf(organisation),
                            organisation,
                            a.toString().compareTo(b.toString()) < 0 ? a : b,
                            a.toString().compareTo(b.toString()) < 0 ? b : a)
                    .update();
        });
        rowWriters.put(
                "network_map_version",
                (organisation, suffix) -> owner.sql("""
                insert into network_map_version (id, participant_id, organisation_id, taken_at, taken_by, reason, content)
                select ?, ?, ?, now(), a.id, 'SNAPSHOT', '{"version":0,"members":[],"ties":[]}' from account a
                where a.organisation_id = ? limit 1""")
                        .params(UUID.randomUUID(), participantOf(organisation), organisation, organisation)
                        .update());
        rowWriters.put(
                "one_time_link",
                (organisation, suffix) -> owner.sql("""
                insert into one_time_link (token_hash, account_id, organisation_id, purpose, created_at, expires_at)
                select ?, a.id, ?, 'INVITATION', now(), now() + interval '1 day' from account a
                where a.organisation_id = ? limit 1""")
                        .params("link-" + suffix, organisation, organisation)
                        .update());
        rowWriters.put(
                "invitation_elsewhere",
                (organisation, suffix) -> owner.sql("""
                insert into invitation_elsewhere (id, organisation_id, email, display_name, role, created_at)
                values (?, ?, ?, 'Fixture', 'COORDINATOR', now())""")
                        .params(UUID.randomUUID(), organisation, "elsewhere-" + suffix + "@rls.test")
                        .update());
        rowWriters.put(
                "api_token",
                (organisation, suffix) -> owner.sql("""
                insert into api_token (id, organisation_id, account_id, name, token_hash, created_at, expires_at)
                select ?, ?, a.id, 'Fixture', ?, now(), now() + interval '1 day' from account a
                where a.organisation_id = ? limit 1""")
                        .params(UUID.randomUUID(), organisation, "hash-" + suffix, organisation)
                        .update());
        rowWriters.put(
                "programme",
                (organisation, suffix) -> owner.sql("""
                insert into programme (id, organisation_id, name, weight_language, weight_interests, weight_proximity,
                    weight_availability, weight_preferences, waiting_days, waiting_points, expected_duration_weeks,
                    max_capacity, extract_required, must_share_language, max_distance_km, gender_wishes,
                    age_wishes_allowed, created_at, created_by)
                select ?, ?, 'Fixture', 10, 10, 10, 10, 10, 30, 10, 26, 1, false, false, 10, 'IGNORED', false, now(), a.id
                from account a where a.organisation_id = ? limit 1""")
                        .params(matchingOf("programme", organisation), organisation, organisation)
                        .update());
        rowWriters.put(
                "programme_coordinator",
                (organisation, suffix) -> owner.sql("""
                insert into programme_coordinator (programme_id, account_id, organisation_id)
                select ?, a.id, ? from account a where a.organisation_id = ? limit 1""")
                        .params(matchingOf("programme", organisation), organisation, organisation)
                        .update());
        rowWriters.put(
                "intake",
                (organisation, suffix) -> owner.sql("""
                insert into intake (id, organisation_id, age, gender) values (?, ?, 30, 'UNSTATED')""")
                        .params(matchingOf("intake", organisation), organisation)
                        .update());
        rowWriters.put(
                "buddy",
                (organisation, suffix) -> owner.sql("""
                insert into buddy (id, organisation_id, programme_id, name, email, status, capacity, intake_id, applied_at,
                    consent_given_at)
                values (?, ?, ?, 'Fixture', ?, 'APPLIED', 1, ?, now(), now())""")
                        .params(
                                matchingOf("buddy", organisation),
                                organisation,
                                matchingOf("programme", organisation),
                                "buddy-" + suffix + "@rls.test",
                                matchingOf("intake", organisation))
                        .update());
        rowWriters.put(
                "waiting_entry",
                (organisation, suffix) -> owner.sql("""
                insert into waiting_entry (id, organisation_id, programme_id, participant_id, entered_on, intake_id, status)
                values (?, ?, ?, ?, current_date, ?, 'WAITING')""")
                        .params(
                                matchingOf("entry", organisation),
                                organisation,
                                matchingOf("programme", organisation),
                                participantOf(organisation),
                                matchingOf("intake", organisation))
                        .update());
        rowWriters.put(
                "matching_run",
                (organisation, suffix) -> owner.sql("""
                insert into matching_run (id, organisation_id, programme_id, started_at, started_by, phase)
                select ?, ?, ?, now(), a.id, 'DONE' from account a where a.organisation_id = ? limit 1""")
                        .params(UUID.randomUUID(), organisation, matchingOf("programme", organisation), organisation)
                        .update());
        rowWriters.put(
                "buddy_pair",
                (organisation, suffix) -> owner.sql("""
                insert into buddy_pair (id, organisation_id, programme_id, waiting_entry_id, participant_id, buddy_id, status,
                    score, fixed_by_coordinator, proposed_at)
                values (?, ?, ?, ?, ?, ?, 'PROPOSED', 1, false, now())""")
                        .params(
                                matchingOf("pair", organisation),
                                organisation,
                                matchingOf("programme", organisation),
                                matchingOf("entry", organisation),
                                participantOf(organisation),
                                matchingOf("buddy", organisation))
                        .update());
        rowWriters.put(
                "buddy_pair_reason",
                (organisation, suffix) -> owner.sql("""
                insert into buddy_pair_reason (pair_id, organisation_id, position, criterion, points, reason)
                values (?, ?, 0, 'WAITING', 1, 'Fixture')""")
                        .params(matchingOf("pair", organisation), organisation)
                        .update());
        rowWriters.put(
                "pair_meeting",
                (organisation, suffix) -> owner.sql("""
                insert into pair_meeting (id, organisation_id, pair_id, met_on, logged_by, logged_at)
                select ?, ?, ?, current_date, a.id, now() from account a where a.organisation_id = ? limit 1""")
                        .params(UUID.randomUUID(), organisation, matchingOf("pair", organisation), organisation)
                        .update());
        rowWriters.put(
                "pair_checkin",
                (organisation, suffix) -> owner.sql("""
                insert into pair_checkin (id, organisation_id, pair_id, checked_on, score, given_by, given_at)
                select ?, ?, ?, current_date, 4, a.id, now() from account a where a.organisation_id = ? limit 1""")
                        .params(UUID.randomUUID(), organisation, matchingOf("pair", organisation), organisation)
                        .update());
        rowWriters.put(
                "pair_note",
                (organisation, suffix) -> owner.sql("""
                insert into pair_note (id, organisation_id, pair_id, written_on, note, written_by, written_at)
                select ?, ?, ?, current_date, 'Fixture', a.id, now() from account a where a.organisation_id = ? limit 1""")
                        .params(UUID.randomUUID(), organisation, matchingOf("pair", organisation), organisation)
                        .update());
        coachingRowWriters();
    }

    /** The coaching module's tables: one trajectory with one of everything. */
    private void coachingRowWriters() {
        rowWriters.put(
                "coaching_step_template",
                (organisation, suffix) ->
                        owner.sql("""
                insert into coaching_step_template (id, organisation_id, position, default_step) values (?, ?, 1, 1)""").params(UUID.randomUUID(), organisation).update());
        rowWriters.put(
                "coaching_settings",
                (organisation, suffix) -> owner.sql("""
                insert into coaching_settings (organisation_id) values (?)""").param(organisation).update());
        rowWriters.put(
                "trajectory",
                (organisation, suffix) -> owner.sql("""
                insert into trajectory (id, organisation_id, participant_id, coach_id, started_on, created_at, created_by)
                select ?, ?, ?, a.id, current_date, now(), a.id from account a where a.organisation_id = ? limit 1""")
                        .params(trajectoryOf(organisation), organisation, participantOf(organisation), organisation)
                        .update());
        rowWriters.put(
                "trajectory_step",
                (organisation, suffix) -> owner.sql("""
                insert into trajectory_step (id, trajectory_id, organisation_id, position, default_step, status)
                values (?, ?, ?, 1, 1, 'NOT_STARTED')""")
                        .params(UUID.randomUUID(), trajectoryOf(organisation), organisation)
                        .update());
        rowWriters.put(
                "coaching_wish",
                (organisation, suffix) -> owner.sql("""
                insert into coaching_wish (id, trajectory_id, organisation_id, contact, description, created_at)
                values (?, ?, ?, 'NEW', 'Fixture', now())""")
                        .params(UUID.randomUUID(), trajectoryOf(organisation), organisation)
                        .update());
        rowWriters.put(
                "coaching_action",
                (organisation, suffix) -> owner.sql("""
                insert into coaching_action (id, trajectory_id, organisation_id, kind, description, performer, status,
                    created_at)
                values (?, ?, ?, 'OTHER', 'Fixture', 'PARTICIPANT', 'OPEN', now())""")
                        .params(UUID.randomUUID(), trajectoryOf(organisation), organisation)
                        .update());
        rowWriters.put(
                "coaching_success",
                (organisation, suffix) -> owner.sql("""
                insert into coaching_success (id, trajectory_id, organisation_id, occurred_on, description, created_at)
                values (?, ?, ?, current_date, 'Fixture', now())""")
                        .params(UUID.randomUUID(), trajectoryOf(organisation), organisation)
                        .update());
        rowWriters.put(
                "coaching_session",
                (organisation, suffix) -> owner.sql("""
                insert into coaching_session (id, trajectory_id, organisation_id, held_on, duration_minutes, created_by,
                    created_at)
                select ?, ?, ?, current_date, 60, a.id, now() from account a where a.organisation_id = ? limit 1""")
                        .params(UUID.randomUUID(), trajectoryOf(organisation), organisation, organisation)
                        .update());
        rowWriters.put(
                "coaching_note",
                (organisation, suffix) -> owner.sql("""
                insert into coaching_note (id, trajectory_id, organisation_id, author_id, visibility, text, created_at)
                select ?, ?, ?, a.id, 'PRIVATE', 'Fixture', now() from account a where a.organisation_id = ? limit 1""")
                        .params(UUID.randomUUID(), trajectoryOf(organisation), organisation, organisation)
                        .update());
        rowWriters.put(
                "support_plan_entry",
                (organisation, suffix) -> owner.sql("""
                insert into support_plan_entry (id, trajectory_id, organisation_id, who, involve, created_at)
                values (?, ?, ?, 'Fixture', true, now())""")
                        .params(UUID.randomUUID(), trajectoryOf(organisation), organisation)
                        .update());
        rowWriters.put(
                "round_table",
                (organisation, suffix) -> owner.sql("""
                insert into round_table (id, trajectory_id, organisation_id, planned_on, agenda, created_at)
                values (?, ?, ?, current_date, 'Fixture', now())""")
                        .params(roundTableOf(organisation), trajectoryOf(organisation), organisation)
                        .update());
        rowWriters.put(
                "round_table_invitee",
                (organisation, suffix) -> owner.sql("""
                insert into round_table_invitee (round_table_id, organisation_id, member_id) values (?, ?, ?)""")
                        .params(roundTableOf(organisation), organisation, memberOf(organisation, 1))
                        .update());
        rowWriters.put(
                "trajectory_buddy_pair",
                (organisation, suffix) -> owner.sql("""
                insert into trajectory_buddy_pair (trajectory_id, organisation_id, pair_id, started_on)
                values (?, ?, ?, current_date)""")
                        .params(trajectoryOf(organisation), organisation, UUID.randomUUID())
                        .update());
        rowWriters.put(
                "outcome_measurement",
                (organisation, suffix) -> owner.sql("""
                insert into outcome_measurement (id, trajectory_id, organisation_id, instrument, measured_on, complete,
                    created_by, updated_at)
                select ?, ?, ?, 'LSNS_6', current_date, false, a.id, now() from account a
                where a.organisation_id = ? limit 1""")
                        .params(measurementOf(organisation), trajectoryOf(organisation), organisation, organisation)
                        .update());
        rowWriters.put(
                "outcome_answer",
                (organisation, suffix) -> owner.sql("""
                insert into outcome_answer (measurement_id, organisation_id, item, answer)
                values (?, ?, 'RELATIVES_SEEN_MONTHLY', 'TWO')""")
                        .params(measurementOf(organisation), organisation)
                        .update());
        // Network Canvas import: a mapping saved per study
        rowWriters.put(
                "network_canvas_mapping",
                (organisation, suffix) -> owner.sql("""
                insert into network_canvas_mapping (organisation_id, study, parameters, saved_at, saved_by)
                values (?, ?, '{"name":"name"}', now(), ?)""")
                        .params(organisation, "study " + suffix, UUID.randomUUID())
                        .update());
        // talent cards: a version and one entry of it
        rowWriters.put(
                "talent_card_version",
                (organisation, suffix) -> owner.sql("""
                insert into talent_card_version (id, organisation_id, participant_id, version, saved_at, saved_by)
                select ?, ?, ?, 1, now(), a.id from account a where a.organisation_id = ? limit 1""")
                        .params(
                                matchingOf("talent card", organisation),
                                organisation,
                                participantOf(organisation),
                                organisation)
                        .update());
        rowWriters.put(
                "talent_entry",
                (organisation, suffix) -> owner.sql("""
                insert into talent_entry (organisation_id, version_id, position, kind, frame, talent, share, learn)
                values (?, ?, 0, 'SKILL', 'HANDS', 'COOKING', true, false)""")
                        .params(organisation, matchingOf("talent card", organisation))
                        .update());
        // the organisation's neighbourhood map (issue 14b): an actor and the settings
        rowWriters.put(
                "neighbourhood_actor",
                (organisation, suffix) -> owner.sql("""
                insert into neighbourhood_actor (id, organisation_id, version, source, name, kind, changed_at, changed_by)
                select ?, ?, 1, 'MANUAL', 'Fixture', 'LIBRARY', now(), a.id from account a
                where a.organisation_id = ? limit 1""")
                        .params(matchingOf("neighbourhood actor", organisation), organisation, organisation)
                        .update());
        // a valued role made of that actor's need (issue 14c)
        rowWriters.put(
                "valued_role",
                (organisation, suffix) -> owner.sql("""
                insert into valued_role (id, organisation_id, actor_id, version, title, talents, days, languages,
                    capacity, collective, gains, learning, taken, closed, changed_at, changed_by)
                select ?, ?, ?, 1, 'Fixture', '{REPAIRS}', '{}', '{}', 1, false, '{VALUED_ROLE}', '{}', 0, false,
                    now(), a.id
                from account a where a.organisation_id = ? limit 1""")
                        .params(
                                matchingOf("valued role", organisation),
                                organisation,
                                matchingOf("neighbourhood actor", organisation),
                                organisation)
                        .update());
        // a participant proposed for that role, and a check-in on it (issue 14c, taking a role)
        rowWriters.put(
                "role_taking",
                (organisation, suffix) -> owner.sql("""
                insert into role_taking (id, organisation_id, role_id, participant_id, version, status, proposed_by,
                    proposed_at)
                select ?, ?, ?, ?, 1, 'PROPOSED', a.id, now() from account a where a.organisation_id = ? limit 1""")
                        .params(
                                matchingOf("role taking", organisation),
                                organisation,
                                matchingOf("valued role", organisation),
                                participantOf(organisation),
                                organisation)
                        .update());
        rowWriters.put(
                "role_taking_checkin",
                (organisation, suffix) -> owner.sql("""
                insert into role_taking_checkin (id, organisation_id, taking_id, checked_on, note, given_by, given_at)
                select ?, ?, ?, current_date, 'Fixture', a.id, now() from account a where a.organisation_id = ? limit 1""")
                        .params(UUID.randomUUID(), organisation, matchingOf("role taking", organisation), organisation)
                        .update());
        rowWriters.put(
                "neighbourhood_settings",
                (organisation, suffix) -> owner.sql("""
                insert into neighbourhood_settings (organisation_id, overpass_url, version) values (?, null, 1)""").param(organisation).update());
        // the citizen's neighbourhood map: a place of the participant
        rowWriters.put(
                "participant_place",
                (organisation, suffix) -> owner.sql("""
                insert into participant_place (id, organisation_id, participant_id, version, kind, name, latitude,
                    longitude, located_by, going, visits, changed_at, changed_by)
                select ?, ?, ?, 1, 'LIBRARY', 'Bib', 51.05, 3.72, 'PICKED', 'GOES', 'WEEKLY', now(), a.id
                from account a where a.organisation_id = ? limit 1""")
                        .params(UUID.randomUUID(), organisation, participantOf(organisation), organisation)
                        .update());
    }

    private static UUID trajectoryOf(UUID organisation) {
        return UUID.nameUUIDFromBytes(("trajectory" + organisation).getBytes());
    }

    private static UUID roundTableOf(UUID organisation) {
        return UUID.nameUUIDFromBytes(("round table" + organisation).getBytes());
    }

    private static UUID measurementOf(UUID organisation) {
        return UUID.nameUUIDFromBytes(("measurement" + organisation).getBytes());
    }

    private static UUID participantOf(UUID organisation) {
        return UUID.nameUUIDFromBytes(("participant" + organisation).getBytes());
    }

    private static UUID matchingOf(String kind, UUID organisation) {
        return UUID.nameUUIDFromBytes((kind + organisation).getBytes());
    }

    private static UUID memberOf(UUID organisation, int number) {
        return UUID.nameUUIDFromBytes(("member" + number + organisation).getBytes());
    }

    public void fillEveryTenantTable(UUID... organisations) {
        for (UUID organisation : organisations) {
            owner.sql("insert into organisation (id, name, created_at) values (?, 'Fixture', ?)")
                    .params(organisation, OffsetDateTime.now())
                    .update();
            rowWriters
                    .values()
                    .forEach(writer ->
                            writer.accept(organisation, UUID.randomUUID().toString()));
        }
        var tenantTables = owner.sql("""
                select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where n.nspname = 'public' and c.relkind = 'r' and c.relrowsecurity""").query(String.class).list();
        for (String table : tenantTables) {
            if (!rowWriters.containsKey(table)) {
                throw new IllegalStateException("no fixture row for tenant table " + table + ": add one here");
            }
        }
    }
}
