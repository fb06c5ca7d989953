package be.brugwerk.people;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.UUID;

import be.brugwerk.system.PgArrays;
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
