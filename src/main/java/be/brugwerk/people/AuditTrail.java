package be.brugwerk.people;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
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

    private final JdbcClient jdbc;
    private final Clock clock;

    AuditTrail(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** One line of the trail as an organisation admin reads it: who, when, what, about which ids. */
    public record Entry(Instant occurredAt, String accountName, Action action, String subjectType,
            List<UUID> subjects) {
    }

    /** The latest entries of the organisation, newest first; for its admin only. */
    @Transactional(readOnly = true)
    public List<Entry> latest(int limit) {
        SignedInUser me = Tenancy.requireRole(Role.ORGANISATION_ADMIN);
        return jdbc.sql("""
                select e.occurred_at, coalesce(a.display_name, '?'), e.action, e.subject_type, e.subject_ids
                from audit_event e left join account a on a.id = e.account_id
                where e.organisation_id = ? order by e.id desc limit ?""")
                .params(me.organisationId(), limit)
                .query((row, n) -> new Entry(row.getObject(1, OffsetDateTime.class).toInstant(), row.getString(2),
                        Action.valueOf(row.getString(3)), row.getString(4),
                        Arrays.asList((UUID[]) row.getArray(5).getArray())))
                .list();
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
    public void record(Action action, String subjectType, Collection<UUID> subjects) {
        SignedInUser user = Tenancy.requireUser();
        UUID organisation = Tenancy.currentOrganisation().orElseThrow();
        jdbc.sql("""
                insert into audit_event (organisation_id, occurred_at, account_id, action, subject_type, subject_ids)
                values (?, ?, ?, ?, ?, cast(? as uuid[]))""")
                .params(organisation, Pg.timestamp(clock.instant()), user.accountId(),
                        action.name(), subjectType, Pg.array(subjects))
                .update();
    }
}
