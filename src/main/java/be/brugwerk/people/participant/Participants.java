package be.brugwerk.people.participant;

import be.brugwerk.people.ConsentPurpose;
import be.brugwerk.people.ParticipantDetails;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.people.ParticipantView.CaseloadMember;
import be.brugwerk.people.SharingRole;
import be.brugwerk.people.Transition;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.Pg;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.TextInput;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Participants as the signed-in person may see them. Every query names the organisation and applies the
 * {@link CaseloadPolicy} and the consent gates itself; row-level security is the second wall behind it.
 */
@Repository
public class Participants {

    /**
     * The consent gates as SQL, for a purpose whose legal basis is consent (no legal_basis row means consent). The
     * legal basis is looked up for {@code :organisation}, the organisation every query here keeps to
     * ({@code p.organisation_id = :organisation}): so it does not depend on the row, and PostgreSQL reads it once per
     * statement (an InitPlan) instead of once per participant (a SubPlan), which made a page of fifty rows cost more
     * than one of three (docs/region-scale.md, "The participant list's rows").
     */
    private static final String ALLOWED = """
            (coalesce((select b.basis from legal_basis b where b.organisation_id = :organisation
                       and b.purpose = '%1$s'), 'CONSENT') <> 'CONSENT'
             or exists (select 1 from consent c where c.participant_id = p.id and c.purpose = '%1$s'
                        and c.withdrawn_at is null %2$s))""";

    private static final String PROCESSING_ALLOWED = ALLOWED.formatted("PROCESSING", "");

    /** Whom a person may work with, beyond seeing them: not archived, with a ground to process their data. */
    private static final String WORKABLE = " and p.archived_at is null and " + PROCESSING_ALLOWED;

    /**
     * {@link #WORKABLE} after {@link #visibility}, without the ground to process where visibility holds it already:
     * the same rows, without the consent looked up twice per participant.
     */
    private static String workableCondition(SignedInUser user) {
        return visibilityHoldsTheGround(user) ? " and p.archived_at is null" : WORKABLE;
    }

    /**
     * Whether {@link #visibility} itself demands a ground to process the participant's data: for everyone but a
     * coordinator, who alone sees a participant without one (as restricted, by name only). The one place this rule
     * lives: the conditions built after visibility leave the ground out or add it by it.
     */
    private static boolean visibilityHoldsTheGround(SignedInUser user) {
        return user.role() != Role.COORDINATOR;
    }

    private static final String SHARED_WITH_COACHES =
            ALLOWED.formatted("SHARING", "and 'VOLUNTEER_COACH' = any (c.shared_with)");

    private final JdbcClient jdbc;

    Participants(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public ParticipantId register(UUID organisation, ParticipantDetails details, Instant now) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                insert into participant (id, organisation_id, name, birth_year, languages, municipality, neighbourhood,
                                         life_situation, transitions, created_at)
                values (?, ?, ?, ?, cast(? as text[]), ?, ?, ?, cast(? as text[]), ?)""")
                .params(
                        id,
                        organisation,
                        details.name(),
                        details.birthYear(),
                        Pg.array(details.languages()),
                        details.municipality(),
                        details.neighbourhood(),
                        details.lifeSituation(),
                        Pg.array(details.transitions()),
                        Pg.timestamp(now))
                .update();
        return new ParticipantId(id);
    }

    /** Updates the details if nobody changed them since {@code version}; false when someone did. */
    public boolean update(ParticipantId id, ParticipantDetails details, int version) {
        return jdbc.sql("""
                update participant set name = ?, birth_year = ?, languages = cast(? as text[]), municipality = ?,
                    neighbourhood = ?, life_situation = ?, transitions = cast(? as text[]), version = version + 1
                where id = ? and version = ?""")
                        .params(
                                details.name(),
                                details.birthYear(),
                                Pg.array(details.languages()),
                                details.municipality(),
                                details.neighbourhood(),
                                details.lifeSituation(),
                                Pg.array(details.transitions()),
                                id.value(),
                                version)
                        .update()
                == 1;
    }

    public void archive(ParticipantId id, Instant now) {
        jdbc.sql("update participant set archived_at = ?, version = version + 1 where id = ? and archived_at is null")
                .params(Pg.timestamp(now), id.value())
                .update();
    }

    /** The list's order: newest first, by registration time and then id (the keyset pages continue with). */
    private static final Keyset.Order NEWEST_FIRST = Keyset.Order.descending("p.created_at, p.id");

    /** The participants the person may see, optionally narrowed by a search text, newest first. */
    public List<ParticipantView> visibleTo(
            SignedInUser user, boolean professionalsSeeOrganisation, String search, boolean includeArchived) {
        Map<String, Object> params = new HashMap<>();
        String where = listed(user, professionalsSeeOrganisation, search, includeArchived, params);
        return query(user, where + " order by p.created_at desc, p.id desc", params);
    }

    /**
     * One page of the participants the person may see (not archived), optionally narrowed by a search text, newest
     * first, from {@code from} (the newest when {@code null}).
     */
    public Keyset.Page<ParticipantView, ParticipantId> visibleTo(
            SignedInUser user,
            boolean professionalsSeeOrganisation,
            String search,
            Keyset.Cursor<ParticipantId> from,
            int size) {
        Map<String, Object> params = new HashMap<>();
        String where = listed(user, professionalsSeeOrganisation, search, false, params);
        if (from != null) {
            where += NEWEST_FIRST.continuing(from, "select c.created_at, c.id from participant c where c.id = :cursor");
            params.put("cursor", from.key().value());
        }
        params.put("limit", Keyset.limit(size));
        return Keyset.page(query(user, where + NEWEST_FIRST.orderBy(from), params), from, size, ParticipantView::id);
    }

    /**
     * The pattern a search text is looked for with: without the hidden marks names are stored without
     * ({@link TextInput#withoutHiddenMarks}), so that a name copied with one (a zero-width space) still finds it. The
     * one place every search of participants (the list's page and API, a choice by name) is cleaned.
     */
    private static String searched(String search) {
        return Pg.containing(TextInput.withoutHiddenMarks(search));
    }

    private static String listed(
            SignedInUser user,
            boolean professionalsSeeOrganisation,
            String search,
            boolean includeArchived,
            Map<String, Object> params) {
        String where = visibility(user, professionalsSeeOrganisation, params);
        if (!includeArchived) {
            where += " and p.archived_at is null";
        }
        if (search != null && !search.isBlank()) {
            where += " and (p.name ilike :search or p.municipality ilike :search or p.neighbourhood ilike :search)";
            params.put("search", searched(search));
        }
        return where;
    }

    public Optional<ParticipantView> visibleTo(
            SignedInUser user, boolean professionalsSeeOrganisation, ParticipantId id) {
        Map<String, Object> params = new HashMap<>();
        String where = visibility(user, professionalsSeeOrganisation, params) + " and p.id = :id";
        params.put("id", id.value());
        return query(user, where, params).stream().findFirst();
    }

    /** Those of {@code ids} the person may see, in one query, by id. */
    public Map<ParticipantId, ParticipantView> visibleTo(
            SignedInUser user, boolean professionalsSeeOrganisation, java.util.Collection<ParticipantId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = visibleAmong(user, professionalsSeeOrganisation, ids, params);
        Map<ParticipantId, ParticipantView> found = new HashMap<>();
        query(user, where, params).forEach(view -> found.put(view.id(), view));
        return found;
    }

    /**
     * The names of those of {@code ids} the person may see and whose data may be processed (those a view would not show
     * as restricted), in one query that reads the name only: no caseload, no consents, as a list of names needs.
     */
    public Map<ParticipantId, String> namesVisibleTo(
            SignedInUser user, boolean professionalsSeeOrganisation, java.util.Collection<ParticipantId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = visibleAmong(user, professionalsSeeOrganisation, ids, params);
        if (!visibilityHoldsTheGround(user)) {
            where += " and " + PROCESSING_ALLOWED;
        }
        return names(where, params);
    }

    /** The ids and names of the participants {@code where} holds for, reading the name only. */
    private Map<ParticipantId, String> names(String where, Map<String, Object> params) {
        Map<ParticipantId, String> names = new HashMap<>();
        jdbc.sql("select p.id, p.name from participant p where " + where)
                .params(params)
                .query(row -> {
                    names.put(new ParticipantId(row.getObject(1, UUID.class)), row.getString(2));
                });
        return names;
    }

    /**
     * The ids of the participants the person may work with: visible, not archived, with a ground to process their data;
     * one query.
     */
    public Set<UUID> workableBy(SignedInUser user, boolean professionalsSeeOrganisation) {
        Map<String, Object> params = new HashMap<>();
        String where = visibility(user, professionalsSeeOrganisation, params) + workableCondition(user);
        return Set.copyOf(jdbc.sql("select p.id from participant p where " + where)
                .params(params)
                .query(UUID.class)
                .list());
    }

    /** The order of a choice by name: by name in any case, and then id (the keyset a choice reads on with). */
    private static final Keyset.Order BY_NAME = Keyset.Order.ascending("lower(p.name), p.id");

    /**
     * Where a read in name order continues: after the row whose name as the order has it ({@code lower(name)}, as the
     * database lower-cases it) and id are these. The key is the row as it was read, not the row as it is now: a row
     * renamed, archived or erased after it was read moves no later read, which neither skips nor reads again a row.
     */
    public record NameKey(String orderedName, ParticipantId id) {}

    /** The ids and names a read in name order found, in that order, and the key of its last row ({@code null}: none). */
    public record NamedRead(Map<ParticipantId, String> names, NameKey last) {}

    /**
     * Up to {@code limit} of the participants the person may work with (as {@link #workableBy}), whose name contains
     * {@code search} (any case; all when blank), after {@code after} in name
     * order (from the first when {@code null}): ids and names, in name order, and the key to read on from; one query
     * that stops at the limit.
     */
    public NamedRead workableNamed(
            SignedInUser user, boolean professionalsSeeOrganisation, String search, NameKey after, int limit) {
        Map<String, Object> params = new HashMap<>();
        String where = visibility(user, professionalsSeeOrganisation, params) + workableCondition(user);
        if (search != null && !search.isBlank()) {
            where += " and p.name ilike :search";
            params.put("search", searched(search));
        }
        Keyset.Cursor<NameKey> from = after == null ? null : Keyset.Cursor.after(after);
        if (from != null) {
            // the last row's key as it was read: the row itself may have changed since
            where += BY_NAME.continuing(from, "cast(:cursorName as text), cast(:cursor as uuid)");
            params.put("cursorName", after.orderedName());
            params.put("cursor", after.id().value());
        }
        params.put("limit", limit);
        List<NamedRow> rows = jdbc.sql("select p.id, p.name, lower(p.name) as ordered_name from participant p where "
                        + where + BY_NAME.orderBy(from))
                .params(params)
                .query((row, n) -> new NamedRow(
                        new ParticipantId(row.getObject("id", UUID.class)),
                        row.getString("name"),
                        row.getString("ordered_name")))
                .list();
        Map<ParticipantId, String> named = new LinkedHashMap<>();
        rows.forEach(row -> named.put(row.id(), row.name()));
        NamedRow last = rows.isEmpty() ? null : rows.get(rows.size() - 1);
        return new NamedRead(named, last == null ? null : new NameKey(last.orderedName(), last.id()));
    }

    private record NamedRow(ParticipantId id, String name, String orderedName) {}

    /**
     * The names of the participants the person may work with (as {@link #workableBy(SignedInUser, boolean)}): the
     * check and the name in one query, reading the name only.
     */
    public Map<ParticipantId, String> workableNamesBy(SignedInUser user, boolean professionalsSeeOrganisation) {
        Map<String, Object> params = new HashMap<>();
        return names(visibility(user, professionalsSeeOrganisation, params) + workableCondition(user), params);
    }

    /**
     * The names of those of {@code ids} the person may work with (as {@link #workableBy(SignedInUser, boolean,
     * java.util.Collection)}): the check and the name in one query, bounded by {@code ids}, reading the name only.
     */
    public Map<ParticipantId, String> workableNamesBy(
            SignedInUser user, boolean professionalsSeeOrganisation, java.util.Collection<ParticipantId> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> params = new HashMap<>();
        return names(visibleAmong(user, professionalsSeeOrganisation, ids, params) + workableCondition(user), params);
    }

    /**
     * Those of {@code ids} the person may work with: visible, not archived, with a ground to process their data; one
     * query, bounded by {@code ids}.
     */
    public Set<UUID> workableBy(
            SignedInUser user, boolean professionalsSeeOrganisation, java.util.Collection<ParticipantId> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        Map<String, Object> params = new HashMap<>();
        String where = visibleAmong(user, professionalsSeeOrganisation, ids, params) + workableCondition(user);
        return Set.copyOf(jdbc.sql("select p.id from participant p where " + where)
                .params(params)
                .query(UUID.class)
                .list());
    }

    /** Whether the person may work with the participant: visible, with a ground to process their data. */
    public boolean isWorkableBy(SignedInUser user, boolean professionalsSeeOrganisation, ParticipantId id) {
        Map<String, Object> params = new HashMap<>();
        String where =
                visibility(user, professionalsSeeOrganisation, params) + " and p.id = :id and " + PROCESSING_ALLOWED;
        params.put("id", id.value());
        return jdbc.sql("select exists (select 1 from participant p where " + where + ")")
                .params(params)
                .query(Boolean.class)
                .single();
    }

    /**
     * Those of {@code ids} in the organisation with a ground to process their data (the PROCESSING gate), for
     * aggregates over the organisation; no caseload check (the caller decides who may see the aggregate).
     */
    public Set<UUID> processable(UUID organisation, java.util.Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(jdbc.sql("select p.id from participant p where p.organisation_id = :organisation"
                        + " and p.id = any (cast(:ids as uuid[])) and " + PROCESSING_ALLOWED)
                .param("organisation", organisation)
                .param("ids", Pg.array(Set.copyOf(ids)))
                .query(UUID.class)
                .list());
    }

    public boolean professionalsSeeOrganisation(UUID organisation) {
        return jdbc.sql("select professionals_see_organisation from organisation where id = ?")
                .param(organisation)
                .query(Boolean.class)
                .optional()
                .orElse(false);
    }

    public List<CaseloadMember> caseloadCandidates(UUID organisation) {
        return jdbc.sql("""
                select id, display_name, role from account where organisation_id = ? and active
                  and role in ('PROFESSIONAL', 'VOLUNTEER_COACH') order by display_name""")
                .param(organisation)
                .query((row, n) ->
                        new CaseloadMember(row.getObject(1, UUID.class), row.getString(2), row.getString(3), true))
                .list();
    }

    public void assign(UUID organisation, ParticipantId participant, UUID account, UUID assignedBy, Instant now) {
        jdbc.sql("""
                insert into caseload_assignment (organisation_id, participant_id, account_id, assigned_at, assigned_by)
                values (?, ?, ?, ?, ?) on conflict do nothing""")
                .params(organisation, participant.value(), account, Pg.timestamp(now), assignedBy)
                .update();
    }

    public boolean unassign(ParticipantId participant, UUID account) {
        return jdbc.sql("delete from caseload_assignment where participant_id = ? and account_id = ?")
                        .params(participant.value(), account)
                        .update()
                == 1;
    }

    /** The visibility condition, narrowed to {@code ids} (put into {@code params}). */
    private static String visibleAmong(
            SignedInUser user,
            boolean professionalsSeeOrganisation,
            java.util.Collection<ParticipantId> ids,
            Map<String, Object> params) {
        params.put(
                "ids", Pg.array(ids.stream().map(ParticipantId::value).collect(java.util.stream.Collectors.toSet())));
        return visibility(user, professionalsSeeOrganisation, params) + " and p.id = any (cast(:ids as uuid[]))";
    }

    private static String visibility(
            SignedInUser user, boolean professionalsSeeOrganisation, Map<String, Object> params) {
        params.put("organisation", user.organisationId());
        params.put("me", user.accountId());
        String where = "p.organisation_id = :organisation";
        where += switch (CaseloadPolicy.of(user.role(), professionalsSeeOrganisation)) {
            case WHOLE_ORGANISATION -> "";
            case OWN_CASELOAD ->
                " and exists (select 1 from caseload_assignment a where a.participant_id = p.id"
                        + " and a.account_id = :me)";
            case NOTHING -> " and false";
        };
        if (visibilityHoldsTheGround(user)) {
            where += " and " + PROCESSING_ALLOWED; // without it, only a coordinator sees the name
        }
        if (user.role() == Role.VOLUNTEER_COACH) {
            where += " and " + SHARED_WITH_COACHES;
        }
        return where;
    }

    /**
     * The participants {@code where} holds for, with their caseloads and current consents. The caseload and consent
     * statements name the organisation as well as the ids (the {@code :organisation} that {@code where} keeps to):
     * PostgreSQL then checks row-level security's organisation once per statement instead of once per row read, which
     * halved what the two cost for a page of fifty participants (docs/region-scale.md, "The participant list's rows").
     * Where {@code where}'s visibility already demands the ground ({@link #visibilityHoldsTheGround}), every row it
     * gives has one in the statement's snapshot, so the ground is not looked up a second time per row for the select
     * list (docs/region-scale.md, "rowcost").
     */
    private List<ParticipantView> query(SignedInUser user, String where, Map<String, Object> params) {
        if (!params.containsKey("organisation")) {
            throw new IllegalArgumentException("the condition must come from visibility, which names the organisation");
        }
        UUID organisation = (UUID) params.get("organisation");
        String processingAllowed = visibilityHoldsTheGround(user) ? "true" : PROCESSING_ALLOWED;
        List<ParticipantView> rows = jdbc.sql("select p.*, " + processingAllowed + " as processing_allowed"
                        + " from participant p where " + where)
                .params(params)
                .query((row, n) -> participant(row))
                .list();
        if (rows.isEmpty()) {
            return rows;
        }
        Map<UUID, List<CaseloadMember>> caseloads = caseloads(organisation, rows);
        Map<UUID, Set<ConsentPurpose>> consents = new HashMap<>();
        Map<UUID, Set<SharingRole>> sharing = new HashMap<>();
        jdbc.sql("""
                select participant_id, purpose, shared_with from consent
                where organisation_id = :organisation and withdrawn_at is null
                  and participant_id = any (cast(:ids as uuid[]))""")
                .param("organisation", organisation)
                .param("ids", Pg.array(rows.stream().map(v -> v.id().value()).toList()))
                .query(row -> {
                    UUID id = row.getObject(1, UUID.class);
                    ConsentPurpose purpose = ConsentPurpose.valueOf(row.getString(2));
                    consents.computeIfAbsent(id, k -> EnumSet.noneOf(ConsentPurpose.class))
                            .add(purpose);
                    for (String role : strings(row.getArray(3))) {
                        sharing.computeIfAbsent(id, k -> EnumSet.noneOf(SharingRole.class))
                                .add(SharingRole.valueOf(role));
                    }
                });
        return rows.stream()
                .map(v -> new ParticipantView(
                        v.id(),
                        v.details(),
                        v.archived(),
                        v.registeredAt(),
                        v.version(),
                        caseloads.getOrDefault(v.id().value(), List.of()),
                        consents.getOrDefault(v.id().value(), Set.of()),
                        sharing.getOrDefault(v.id().value(), Set.of()),
                        v.restricted()))
                .toList();
    }

    private Map<UUID, List<CaseloadMember>> caseloads(UUID organisation, List<ParticipantView> participants) {
        Map<UUID, List<CaseloadMember>> caseloads = new LinkedHashMap<>();
        jdbc.sql("""
                select a.participant_id, c.id, c.display_name, c.role, c.active from caseload_assignment a
                join account c on c.id = a.account_id and c.organisation_id = :organisation
                where a.organisation_id = :organisation and a.participant_id = any (cast(:ids as uuid[]))
                order by a.assigned_at, c.display_name""")
                .param("organisation", organisation)
                .param(
                        "ids",
                        Pg.array(participants.stream().map(v -> v.id().value()).toList()))
                .query(row -> {
                    caseloads
                            .computeIfAbsent(row.getObject(1, UUID.class), k -> new java.util.ArrayList<>())
                            .add(new CaseloadMember(
                                    row.getObject(2, UUID.class),
                                    row.getString(3),
                                    row.getString(4),
                                    row.getBoolean(5)));
                });
        return caseloads;
    }

    private static ParticipantView participant(ResultSet row) throws SQLException {
        Integer birthYear = row.getObject("birth_year", Integer.class);
        ParticipantDetails details = new ParticipantDetails(
                row.getString("name"),
                birthYear,
                Arrays.asList(strings(row.getArray("languages"))),
                row.getString("municipality"),
                row.getString("neighbourhood"),
                row.getString("life_situation"),
                Arrays.stream(strings(row.getArray("transitions")))
                        .map(Transition::valueOf)
                        .collect(Collectors.toSet()));
        boolean restricted = !row.getBoolean("processing_allowed");
        if (restricted) {
            // Without a ground to process their data, nobody sees more than the name.
            details = new ParticipantDetails(details.name(), null, List.of(), null, null, null, Set.of());
        }
        return new ParticipantView(
                new ParticipantId(row.getObject("id", UUID.class)),
                details,
                row.getObject("archived_at") != null,
                row.getObject("created_at", OffsetDateTime.class).toInstant(),
                row.getInt("version"),
                List.of(),
                Set.of(),
                Set.of(),
                restricted);
    }

    private static String[] strings(Array array) throws SQLException {
        return array == null ? new String[0] : (String[]) array.getArray();
    }
}
