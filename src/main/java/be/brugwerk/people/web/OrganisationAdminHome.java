package be.brugwerk.people.web;

import be.brugwerk.people.AccountManagement;
import be.brugwerk.people.AccountView;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.system.HomeSection;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import java.time.Clock;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organisation admin's home: the accounts (active per role, invitations not yet accepted, deactivated) and what
 * the audit trail recorded in the last seven days, per action. No participant data: the trail's subjects are ids,
 * and the home shows only counts.
 */
@Component
@Order(30)
class OrganisationAdminHome implements HomeSection {

    /** How far back the audit highlights look. */
    static final Duration AUDIT_WINDOW = Duration.ofDays(7);

    private final AccountManagement accounts;
    private final AuditTrail audit;
    private final Clock clock;

    OrganisationAdminHome(AccountManagement accounts, AuditTrail audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * What the admin's home shows.
     *
     * @param activeByRole active accounts that have set their password, per role (in the roles' order)
     * @param invited accounts invited but not yet activated
     * @param deactivated accounts no longer active
     * @param auditDays how many days the audit figures cover
     */
    public record View(
            Map<Role, Long> activeByRole, long invited, long deactivated, int auditDays, AuditTrail.Highlights audit) {}

    @Override
    public boolean appliesTo(Role role) {
        return role == Role.ORGANISATION_ADMIN;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Part> forHome(SignedInUser me) {
        List<AccountView> all = accounts.accounts();
        Map<Role, Long> active = new EnumMap<>(Role.class);
        all.stream().filter(a -> a.active() && a.activated()).forEach(a -> active.merge(a.role(), 1L, Long::sum));
        long invited = all.stream().filter(a -> a.active() && !a.activated()).count();
        long deactivated = all.stream().filter(a -> !a.active()).count();
        AuditTrail.Highlights highlights = audit.highlights(clock.instant().minus(AUDIT_WINDOW));
        return Optional.of(new Part(
                "home/admin", new View(active, invited, deactivated, (int) AUDIT_WINDOW.toDays(), highlights)));
    }
}
