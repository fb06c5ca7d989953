package be.brugwerk.people;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import be.brugwerk.system.Pg;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who read or changed whose data, written in the caller's own read-write transaction: if the work is rolled
 * back, so is its audit row, and no read goes unrecorded. Ids only — never a name.
 */
@Component
public class AuditTrail {

    /** What was done. A list or search is one row naming every participant it returned. */
    public enum Action {
        LIST, SEARCH, READ, CREATE, UPDATE, ARCHIVE, ASSIGN, UNASSIGN, CONSENT_GIVEN, CONSENT_WITHDRAWN
    }

    /**
     * Whose data a row is about. Every subject the application writes is one of these, so the audit page has a text
     * for each ({@code audit.subject.<stored>}); stored as its lowercase name.
     */
    public enum Subject {
        PARTICIPANT, NETWORK_MAP, TRAJECTORY, ACCOUNT, ORGANISATION, BUDDY, BUDDY_PAIR, WAITING_ENTRY;

        public String stored() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * One line of the trail as an organisation admin reads it: who, when, what, about which ids; {@code id} is its
     * place in the trail, which pages continue from.
     */
    public record Entry(long id, Instant occurredAt, String accountName, Action action, String subjectType,
            List<UUID> subjects) {
    }

    /**
     * Which rows an admin asks for; every part is optional ({@code null}): by whom, naming which participant (or other
     * id), what was done, and from (inclusive) until (exclusive) which instant.
     */
    public record Filter(UUID account, UUID subject, Action action, Instant from, Instant until) {

        public static final Filter NONE = new Filter(null, null, null, null, null);
    }

    /** Where a page starts: just after (older than) or just before (newer than) the row with this id. */
    public record Cursor(long id, boolean older) {

        public static Cursor olderThan(long id) {
            return new Cursor(id, true);
        }

        public static Cursor newerThan(long id) {
            return new Cursor(id, false);
        }
    }

    /**
     * Rows newest first, and the ids to continue from: {@code older} is the last row's id when older rows match,
     * {@code newer} the first row's id when newer rows match (else {@code null}).
     */
    public record Page(List<Entry> entries, Long older, Long newer) {
    }

    /**
     * One page of the organisation's trail that matches {@code filter}, newest first, starting at {@code from} (the
     * newest rows when {@code null}); for its admin only. Keyset paging on (time, id), so a page deep in a long trail
     * costs what the first one does, and no row is lost or shown twice while new rows arrive.
     */
    @Transactional(readOnly = true)
    public Page page(Filter filter, Cursor from, int size) {
        SignedInUser me = Tenancy.requireRole(Role.ORGANISATION_ADMIN);
        if (size < 1) {
            throw new IllegalArgumentException("a page has at least one row");
        }
        StringBuilder sql = new StringBuilder("""
                select e.id, e.occurred_at, coalesce(a.display_name, '?'), e.action, e.subject_type, e.subject_ids
                from audit_event e left join account a on a.id = e.account_id
                where e.organisation_id = :organisation""");
        List<Object[]> params = new ArrayList<>();
        params.add(new Object[] { "organisation", me.organisationId() });
        if (filter.account() != null) {
            sql.append(" and e.account_id = :account");
            params.add(new Object[] { "account", filter.account() });
        }
        if (filter.subject() != null) {
            sql.append(" and e.subject_ids @> array[cast(:subject as uuid)]");
            params.add(new Object[] { "subject", filter.subject() });
        }
        if (filter.action() != null) {
            sql.append(" and e.action = :action");
            params.add(new Object[] { "action", filter.action().name() });
        }
        if (filter.from() != null) {
            sql.append(" and e.occurred_at >= :from");
            params.add(new Object[] { "from", Pg.timestamp(filter.from()) });
        }
        if (filter.until() != null) {
            sql.append(" and e.occurred_at < :until");
            params.add(new Object[] { "until", Pg.timestamp(filter.until()) });
        }
        boolean older = from == null || from.older();
        if (from != null) {
            sql.append(older ? " and (e.occurred_at, e.id) < " : " and (e.occurred_at, e.id) > ")
                    .append("(select c.occurred_at, c.id from audit_event c where c.id = :cursor)");
            params.add(new Object[] { "cursor", from.id() });
        }
        sql.append(older ? " order by e.occurred_at desc, e.id desc" : " order by e.occurred_at, e.id")
                .append(" limit :limit");
        params.add(new Object[] { "limit", size + 1 });
        JdbcClient.StatementSpec statement = jdbc.sql(sql.toString());
        for (Object[] param : params) {
            statement = statement.param((String) param[0], param[1]);
        }
        List<Entry> rows = new ArrayList<>(statement.query((row, n) -> new Entry(row.getLong(1),
                row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3),
                Action.valueOf(row.getString(4)), row.getString(5),
                Arrays.asList((UUID[]) row.getArray(6).getArray()))).list());
        boolean more = rows.size() > size;
        if (more) {
            rows.remove(size);
        }
        if (!older) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return new Page(List.of(), null, null);
        }
        // Coming from a cursor, the rows on its side exist (the cursor's own row among them).
        boolean olderExist = older ? more : true;
        boolean newerExist = older ? from != null : more;
        return new Page(List.copyOf(rows), olderExist ? rows.get(rows.size() - 1).id() : null,
                newerExist ? rows.get(0).id() : null);
    }

    /** How often each action was recorded since {@code since}, and by how many staff members: what the admin's home shows. */
    public record Highlights(java.util.Map<Action, Long> actions, long staff) {
    }

    /** The organisation's trail since {@code since}, counted per action, in one query; for its admin only. */
    @Transactional(readOnly = true)
    public Highlights highlights(Instant since) {
        SignedInUser me = Tenancy.requireRole(Role.ORGANISATION_ADMIN);
        java.util.Map<Action, Long> actions = new java.util.EnumMap<>(Action.class);
        long[] staff = { 0 };
        // one query: a row per action, and one row without an action counting the staff members
        jdbc.sql("""
                select e.action, count(*) from audit_event e
                where e.organisation_id = :organisation and e.occurred_at >= :since group by e.action
                union all
                select null, count(distinct e.account_id) from audit_event e
                where e.organisation_id = :organisation and e.occurred_at >= :since""")
                .param("organisation", me.organisationId()).param("since", Pg.timestamp(since))
                .query(row -> {
                    if (row.getString(1) == null) {
                        staff[0] = row.getLong(2);
                    } else {
                        actions.put(Action.valueOf(row.getString(1)), row.getLong(2));
                    }
                });
        return new Highlights(actions, staff[0]);
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Action action, Subject subject, Collection<UUID> subjects) {
        SignedInUser user = Tenancy.requireUser();
        UUID organisation = Tenancy.currentOrganisation().orElseThrow();
        jdbc.sql("""
                insert into audit_event (organisation_id, occurred_at, account_id, action, subject_type, subject_ids)
                values (?, ?, ?, ?, ?, cast(? as uuid[]))""")
                .params(organisation, Pg.timestamp(clock.instant()), user.accountId(),
                        action.name(), subject.stored(), Pg.array(subjects))
                .update();
    }
}
