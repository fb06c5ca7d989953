package be.brugwerk.people;

import be.brugwerk.system.Keyset;
import be.brugwerk.system.Pg;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
        LIST,
        SEARCH,
        READ,
        CREATE,
        UPDATE,
        ARCHIVE,
        ASSIGN,
        UNASSIGN,
        CONSENT_GIVEN,
        CONSENT_WITHDRAWN,
        DELETE
    }

    /**
     * Whose data a row is about. Every subject the application writes is one of these, so the audit page has a text
     * for each ({@code audit.subject.<stored>}); stored as its lowercase name.
     */
    public enum Subject {
        PARTICIPANT,
        NETWORK_MAP,
        TRAJECTORY,
        ACCOUNT,
        ORGANISATION,
        BUDDY,
        BUDDY_PAIR,
        WAITING_ENTRY,
        TALENT_CARD,
        NEIGHBOURHOOD_ACTOR,
        PARTICIPANT_PLACES,
        VALUED_ROLE,
        ROLE_TAKING;

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
     * place in the trail, which pages continue from. {@code subjects} are the ids it names, all of them or, on a page,
     * the first few ({@link #page}); {@code subjectCount} how many it names in all.
     */
    public record Entry(
            long id,
            Instant occurredAt,
            String accountName,
            Action action,
            String subjectType,
            List<UUID> subjects,
            int subjectCount) {}

    /**
     * Which rows an admin asks for; every part is optional ({@code null}): by whom, naming which participant (or other
     * id), what was done, and from (inclusive) until (exclusive) which instant. A part added here is an argument of
     * {@code brugwerk_audit_page_naming} too: the filter by participant finds its page's rows there, with every other
     * part, and a part it did not know would leave that page short and the rows after it out of reach.
     */
    public record Filter(UUID account, UUID subject, Action action, Instant from, Instant until) {

        public static final Filter NONE = new Filter(null, null, null, null, null);
    }

    /**
     * The rows of the trail as the admin reads them, of one organisation ({@code :organisation}), each with its first
     * {@code :ids} ids and how many it names (the slice's colon stands apart: {@code [1:cast(…)]} would read as a
     * parameter named {@code cast}).
     */
    private static final String ENTRIES = """
            select e.id, e.occurred_at, coalesce(a.display_name, '?'), e.action, e.subject_type,
                   e.subject_ids[1 : cast(:ids as integer)], cardinality(e.subject_ids)
            from audit_event e left join account a on a.id = e.account_id
            where e.organisation_id = :organisation""";

    /**
     * The rows of the page that name {@code :subject}, found by {@code brugwerk_audit_page_naming} (V15_10) with the
     * page's other filters, cursor and limit: a function that runs as the owner, so that the planner may answer
     * {@code @>} from the GIN index of the ids, which under row-level security it may not ({@code @>} is not
     * leakproof), for its own organisation only. The page reads those rows under row-level security with every filter
     * again, so each row shown still passes the policy (docs/security.md). A sub-select, so that it runs once, when the
     * statement runs: a stable function's call in the condition itself the planner would also run to estimate it.
     */
    private static String namingTheSubject(Map<String, Object> params) {
        return " and e.subject_ids @> array[cast(:subject as uuid)] and e.id = any(cast((select"
                + " brugwerk_audit_page_naming(cast(:subject as uuid), " + argument(params, "account", "uuid") + ", "
                + argument(params, "action", "text") + ", " + argument(params, "from", "timestamptz") + ", "
                + argument(params, "until", "timestamptz") + ", " + argument(params, "cursor", "bigint")
                + ", cast(:older as boolean), cast(:limit as integer))) as bigint[]))";
    }

    /** A parameter of the function, or a null of its type where the page has no such filter: no null is bound. */
    private static String argument(Map<String, Object> params, String name, String type) {
        return params.containsKey(name) ? "cast(:" + name + " as " + type + ")" : "cast(null as " + type + ")";
    }

    /** The trail's order: newest first, by time and then id (the row comparison the keyset continues with). */
    private static final Keyset.Order NEWEST_FIRST = Keyset.Order.descending("e.occurred_at, e.id");

    /**
     * How many of its ids a row of a page of the trail holds ({@link #page}): as many as the audit page shows of a row
     * before it folds the rest into a count, which it takes from here, so that a page never reads fewer than it shows.
     */
    public static final int IDS_A_PAGE_ROW_HOLDS = 5;

    /**
     * One page of the organisation's trail that matches {@code filter}, newest first, starting at {@code from} (the
     * newest rows when {@code null}; going forward is going to older rows); for its admin only. Keyset paging on
     * (time, id), so a page deep in a long trail costs what the first one does, and no row is lost or shown twice
     * while new rows arrive. Each row holds its first {@link #IDS_A_PAGE_ROW_HOLDS} ids and how many it names: a list
     * view names the fifty participants it showed, a page of them 2,500 ids that PostgreSQL would write out and the
     * driver parse only for the page to show a few of each.
     */
    @Transactional(readOnly = true)
    public Keyset.Page<Entry, Long> page(Filter filter, Keyset.Cursor<Long> from, int size) {
        SignedInUser me = Tenancy.requireRole(Role.ORGANISATION_ADMIN);
        StringBuilder sql = new StringBuilder(ENTRIES);
        Map<String, Object> params = new HashMap<>();
        params.put("organisation", me.organisationId());
        params.put("limit", Keyset.limit(size));
        params.put("ids", IDS_A_PAGE_ROW_HOLDS);
        if (filter.account() != null) {
            sql.append(" and e.account_id = :account");
            params.put("account", filter.account());
        }
        if (filter.action() != null) {
            sql.append(" and e.action = :action");
            params.put("action", filter.action().name());
        }
        if (filter.from() != null) {
            sql.append(" and e.occurred_at >= :from");
            params.put("from", Pg.timestamp(filter.from()));
        }
        if (filter.until() != null) {
            sql.append(" and e.occurred_at < :until");
            params.put("until", Pg.timestamp(filter.until()));
        }
        if (from != null) {
            sql.append(NEWEST_FIRST.continuing(
                    from, "select c.occurred_at, c.id from audit_event c where c.id = :cursor"));
            params.put("cursor", from.key());
        }
        if (filter.subject() != null) {
            sql.append(namingTheSubject(params));
            params.put("subject", filter.subject());
            params.put("older", from == null || from.forward());
        }
        sql.append(NEWEST_FIRST.orderBy(from));
        List<Entry> rows =
                jdbc.sql(sql.toString()).params(params).query(AuditTrail::read).list();
        return Keyset.page(rows, from, size, Entry::id);
    }

    /**
     * One row of the organisation's trail, with every id it names (the page shows a long row folded); empty when the
     * trail has no such row or it is another organisation's. For its admin only, like the page.
     */
    @Transactional(readOnly = true)
    public Optional<Entry> entry(long id) {
        SignedInUser me = Tenancy.requireRole(Role.ORGANISATION_ADMIN);
        return jdbc.sql(ENTRIES + " and e.id = :id")
                .param("organisation", me.organisationId())
                .param("id", id)
                .param("ids", Integer.MAX_VALUE) // all of them
                .query(AuditTrail::read)
                .optional();
    }

    private static Entry read(ResultSet row, int n) throws SQLException {
        return new Entry(
                row.getLong(1),
                row.getObject(2, OffsetDateTime.class).toInstant(),
                row.getString(3),
                Action.valueOf(row.getString(4)),
                row.getString(5),
                Arrays.asList((UUID[]) row.getArray(6).getArray()),
                row.getInt(7));
    }

    /** How often each action was recorded since {@code since}, and by how many staff members: what the admin's home shows. */
    public record Highlights(java.util.Map<Action, Long> actions, long staff) {}

    /** The organisation's trail since {@code since}, counted per action, in one query; for its admin only. */
    @Transactional(readOnly = true)
    public Highlights highlights(Instant since) {
        SignedInUser me = Tenancy.requireRole(Role.ORGANISATION_ADMIN);
        java.util.Map<Action, Long> actions = new java.util.EnumMap<>(Action.class);
        long[] staff = {0};
        // one query: a row per action, and one row without an action counting the staff members
        jdbc.sql("""
                select e.action, count(*) from audit_event e
                where e.organisation_id = :organisation and e.occurred_at >= :since group by e.action
                union all
                select null, count(distinct e.account_id) from audit_event e
                where e.organisation_id = :organisation and e.occurred_at >= :since""")
                .param("organisation", me.organisationId())
                .param("since", Pg.timestamp(since))
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
                .params(
                        organisation,
                        Pg.timestamp(clock.instant()),
                        user.accountId(),
                        action.name(),
                        subject.stored(),
                        Pg.array(subjects))
                .update();
    }
}
