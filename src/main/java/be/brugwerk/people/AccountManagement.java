package be.brugwerk.people;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.brugwerk.people.account.Accounts;
import be.brugwerk.people.account.PasswordPolicy;
import be.brugwerk.system.Pg;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Organisations and the accounts of the people who work in them. Nobody chooses a password for someone else:
 * an admin hands over a one-time link, and its person sets their own.
 */
@Service
@Transactional
public class AccountManagement {

    static final Duration LINK_VALIDITY = Duration.ofHours(72);

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy = PasswordPolicy.withBundledList();
    private final Clock clock;

    private final TransactionTemplate transactions;

    private final AuditTrail audit;

    AccountManagement(Accounts accounts, JdbcClient jdbc, PasswordEncoder passwords, Clock clock,
            TransactionTemplate transactions, AuditTrail audit) {
        this.accounts = accounts;
        this.audit = audit;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.clock = clock;
    }

    /**
     * An organisation as the platform admin sees it: no personal data. (Row-level security hides every
     * organisation's accounts from the platform admin too.)
     */
    public record OrganisationView(UUID id, String name, Instant createdAt) {
    }

    public List<OrganisationView> organisations() {
        Tenancy.requireRole(Role.PLATFORM_ADMIN);
        return jdbc.sql("select id, name, created_at from organisation order by name")
                .query((row, n) -> new OrganisationView(row.getObject(1, UUID.class), row.getString(2),
                        row.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Creates an organisation with its first organisation admin, and returns the link that admin uses to set a
     * password. The admin's account is written in a transaction of the new organisation, since row-level
     * security accepts an account only inside its own organisation.
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public OneTimeLink createOrganisation(String name, String adminName, String adminEmail) {
        Tenancy.requireRole(Role.PLATFORM_ADMIN);
        requireText("name", name);
        UUID organisation = UUID.randomUUID();
        return Tenancy.runAs(organisation, () -> transactions.execute(tx -> {
            jdbc.sql("insert into organisation (id, name, created_at) values (?, ?, ?)")
                    .params(organisation, name.strip(), Pg.timestamp(clock.instant()))
                    .update();
            return invite(organisation, adminName, adminEmail, Role.ORGANISATION_ADMIN);
        }));
    }

    public List<AccountView> accounts() {
        return accounts.ofOrganisation(Tenancy.requireRole(Role.ORGANISATION_ADMIN).organisationId());
    }

    /**
     * The organisation's active coordinators, by id with their names (no addresses): for a coordinator who shares a
     * programme with colleagues.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> coordinators() {
        UUID organisation = Tenancy.requireRole(Role.COORDINATOR, Role.ORGANISATION_ADMIN).organisationId();
        Map<UUID, String> coordinators = new LinkedHashMap<>();
        accounts.ofOrganisation(organisation).stream().filter(a -> a.role() == Role.COORDINATOR && a.active())
                .forEach(a -> coordinators.put(a.id(), a.displayName()));
        return coordinators;
    }

    public OneTimeLink invite(String displayName, String email, Role role) {
        SignedInUser me = Tenancy.requireRole(Role.ORGANISATION_ADMIN);
        if (!role.belongsToAnOrganisation()) {
            throw Refusal.tampered("role", "accounts.inviteInvalid");
        }
        return invite(me.organisationId(), displayName, email, role);
    }

    /**
     * A buddy's account, made by a programme coordinator who approved the buddy; the link lets the buddy set a
     * password. Refused naming the e-mail address when it already has an account.
     */
    public Invitation inviteBuddy(String displayName, String email) {
        SignedInUser me = Tenancy.requireRole(Role.COORDINATOR);
        return createAccount(me.organisationId(), displayName, email, Role.BUDDY);
    }

    /** A new account and the link its person sets a password with. */
    public record Invitation(UUID accountId, OneTimeLink link) {
    }

    public OneTimeLink resetLink(UUID account) {
        SignedInUser me = Tenancy.requireRole(Role.ORGANISATION_ADMIN);
        accounts.find(me.organisationId(), account).orElseThrow(() -> new NotFound("Account"));
        audit.record(AuditTrail.Action.UPDATE, "account", List.of(account)); // who handed out a reset link, and when
        return link(account, me.organisationId(), "PASSWORD_RESET");
    }

    /**
     * Deactivates an account: its sessions end on their next request. Returns how many participants were on its
     * caseload; coordinators see them flagged for reassignment.
     */
    public int deactivate(UUID account) {
        SignedInUser me = Tenancy.requireRole(Role.ORGANISATION_ADMIN);
        if (me.accountId().equals(account)) {
            throw new Refusal("account", "accounts.notYourself");
        }
        accounts.find(me.organisationId(), account).orElseThrow(() -> new NotFound("Account"));
        accounts.setActive(account, false, clock.instant());
        audit.record(AuditTrail.Action.UPDATE, "account", List.of(account));
        return jdbc.sql("""
                select count(*) from caseload_assignment a join participant p on p.id = a.participant_id
                where a.account_id = ? and p.archived_at is null""").param(account).query(Long.class).single().intValue();
    }

    public void reactivate(UUID account) {
        SignedInUser me = Tenancy.requireRole(Role.ORGANISATION_ADMIN);
        accounts.find(me.organisationId(), account).orElseThrow(() -> new NotFound("Account"));
        accounts.setActive(account, true, clock.instant());
        audit.record(AuditTrail.Action.UPDATE, "account", List.of(account));
    }

    public boolean professionalsSeeOrganisation() {
        return jdbc.sql("select professionals_see_organisation from organisation where id = ?")
                .param(Tenancy.requireRole(Role.ORGANISATION_ADMIN).organisationId()).query(Boolean.class).single();
    }

    public void letProfessionalsSeeOrganisation(boolean allowed) {
        UUID organisation = Tenancy.requireRole(Role.ORGANISATION_ADMIN).organisationId();
        jdbc.sql("update organisation set professionals_see_organisation = ? where id = ? and professionals_see_organisation <> ?")
                .params(allowed, organisation, allowed).update();
        audit.record(AuditTrail.Action.UPDATE, "organisation", List.of(organisation));
    }

    /** Whether a link can still be used; asked before anyone is signed in. */
    @Transactional(readOnly = true)
    public boolean linkIsValid(String token) {
        return token != null && accounts.linkIsValid(token, clock.instant());
    }

    /**
     * Sets the password of the link's account, if the password is acceptable and the link still valid. Returns
     * why not, otherwise nothing.
     */
    public Optional<String> setPassword(String token, String password) {
        Optional<PasswordPolicy.Refusal> refusal = policy.check(password);
        if (refusal.isPresent()) {
            return Optional.of(refusal.get().messageKey());
        }
        if (token == null || accounts.redeem(token, passwords.encode(password), clock.instant()).isEmpty()) {
            return Optional.of("activation.linkInvalid");
        }
        return Optional.empty();
    }

    private OneTimeLink invite(UUID organisation, String displayName, String email, Role role) {
        return createAccount(organisation, displayName, email, role).link();
    }

    private Invitation createAccount(UUID organisation, String displayName, String email, Role role) {
        requireText("displayName", displayName);
        requireText("email", email);
        String address = email.strip().toLowerCase(Locale.ROOT);
        if (!address.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+") || address.length() > 200) {
            throw new Refusal("email", "accounts.inviteInvalid");
        }
        if (accounts.emailTaken(address)) {
            throw new Refusal("email", "accounts.emailTaken");
        }
        UUID account = accounts.create(organisation, displayName.strip(), address, role, clock.instant());
        if (Tenancy.currentUser().map(SignedInUser::organisationId).filter(organisation::equals).isPresent()) {
            audit.record(AuditTrail.Action.CREATE, "account", List.of(account)); // an admin invited someone
        }
        return new Invitation(account, link(account, organisation, "INVITATION"));
    }

    private OneTimeLink link(UUID account, UUID organisation, String purpose) {
        Instant now = clock.instant();
        Instant expires = now.plus(LINK_VALIDITY);
        String token = accounts.newLink(account, organisation, purpose, now, expires);
        return new OneTimeLink("/activate?token=" + token, expires);
    }

    private static void requireText(String field, String value) {
        if (value == null || value.isBlank() || value.length() > 200) {
            throw new Refusal(field, "accounts.inviteInvalid");
        }
    }

}
