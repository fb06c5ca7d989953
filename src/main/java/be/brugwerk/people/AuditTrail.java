package be.brugwerk.people;

import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;

import be.brugwerk.system.PgArrays;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
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
        SignedInUser me = Tenancy.currentUser().orElseThrow(() -> new AccessDeniedException("not signed in"));
        if (!me.hasRole(Role.ORGANISATION_ADMIN)) {
            throw new AccessDeniedException("only an organisation admin reads the audit trail");
        }
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

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(Action action, String subjectType, Collection<UUID> subjects) {
        SignedInUser user = Tenancy.currentUser().orElseThrow(() -> new IllegalStateException("no one signed in"));
        UUID organisation = Tenancy.currentOrganisation().orElseThrow();
        jdbc.sql("""
                insert into audit_event (organisation_id, occurred_at, account_id, action, subject_type, subject_ids)
                values (?, ?, ?, ?, ?, cast(? as uuid[]))""")
                .params(organisation, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC), user.accountId(),
                        action.name(), subjectType, PgArrays.literal(subjects))
                .update();
    }
}
