package be.brugwerk.people;

import be.brugwerk.people.account.Accounts;
import be.brugwerk.people.account.PasswordPolicy;
import be.brugwerk.people.mail.Mailer;
import be.brugwerk.system.EmailAddress;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Pg;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Organisations and the accounts of the people who work in them. Nobody chooses a password for someone else, and
 * nobody sees a link meant for someone else: a one-time link goes by e-mail to its person only, who sets their own
 * password with it (docs/accounts-and-mail.md).
 */
@Service
@Transactional
public class AccountManagement {

    static final Duration LINK_VALIDITY = Duration.ofHours(72);

    /**
     * The roles an organisation admin invites someone to, in the order a page offers them. Not a buddy: a buddy's
     * account comes with their approval in a programme ({@link #inviteBuddy}), without which it would open no page.
     */
    private static final List<Role> INVITED_BY_AN_ADMIN =
            List.of(Role.COORDINATOR, Role.PROFESSIONAL, Role.VOLUNTEER_COACH, Role.ORGANISATION_ADMIN);

    private final Accounts accounts;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy = PasswordPolicy.withBundledList();
    private final Clock clock;

    private final TransactionTemplate transactions;

    private final AuditTrail audit;
    private final Mailer mailer;
    private final AccountLetters letters;
    private final ParticipantManagement participants;

    AccountManagement(
            Accounts accounts,
            JdbcClient jdbc,
            PasswordEncoder passwords,
            Clock clock,
            TransactionTemplate transactions,
            AuditTrail audit,
            Mailer mailer,
            AccountLetters letters,
            ParticipantManagement participants) {
        this.accounts = accounts;
        this.participants = participants;
        this.mailer = mailer;
        this.letters = letters;
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
    public record OrganisationView(UUID id, String name, Instant createdAt) {}

    public List<OrganisationView> organisations() {
        Tenancy.requireRole(Role.PLATFORM_ADMIN);
        return jdbc.sql("select id, name, created_at from organisation order by name")
                .query((row, n) -> new OrganisationView(
                        row.getObject(1, UUID.class),
                        row.getString(2),
                        row.getObject(3, OffsetDateTime.class).toInstant()))
                .list();
    }

    /**
     * Creates an organisation with its first organisation admin, who gets an invitation by e-mail; the platform admin
     * never sees the link. The admin's account is written in a transaction of the new organisation, since row-level
     * security accepts an account only inside its own organisation. Returns the new organisation.
     *
     * @throws MailNotSent when no mail can be sent (nothing is created)
     */
    @Transactional(propagation = Propagation.NOT_SUPPORTED)
    public UUID createOrganisation(String name, String adminName, String adminEmail, Language language) {
        Tenancy.requireRole(Role.PLATFORM_ADMIN);
        requireText("name", name);
        String address = checkedInvitation(adminName, adminEmail);
        mailer.requireRoute();
        UUID organisation = UUID.randomUUID();
        Tenancy.runAs(
                organisation,
                () -> transactions.executeWithoutResult(tx -> {
                    jdbc.sql("insert into organisation (id, name, created_at) values (?, ?, ?)")
                            .params(organisation, name.strip(), Pg.timestamp(clock.instant()))
                            .update();
                    invite(organisation, adminName.strip(), address, Role.ORGANISATION_ADMIN, language);
                }));
        return organisation;
    }

    /** The accounts of the admin's organisation, with the invitations that are still open. */
    public List<AccountView> accounts() {
        return accounts.listed(Tenancy.requireRole(Role.ORGANISATION_ADMIN).organisationId());
    }

    /**
     * The organisation's active coordinators, by id with their names (no addresses): for a coordinator who shares a
     * programme with colleagues.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> coordinators() {
        UUID organisation =
                Tenancy.requireRole(Role.COORDINATOR, Role.ORGANISATION_ADMIN).organisationId();
        Map<UUID, String> coordinators = new LinkedHashMap<>();
        accounts.ofOrganisation(organisation).stream()
                .filter(a -> a.role() == Role.COORDINATOR && a.active())
                .forEach(a -> coordinators.put(a.id(), a.displayName()));
        return coordinators;
    }

    /**
     * Invites a colleague by e-mail; the admin never sees the link. The answer is the same whether or not the address
     * has an account in another organisation: then its owner is told by mail instead, no account is made, and the
     * invitation is listed like one never accepted.
     *
     * @throws Refusal of the e-mail address when the address is already listed in this organisation (the admin sees it there anyway)
     * @throws MailNotSent when no mail can be sent (nothing is written)
     */
    public void invite(String displayName, String email, Role role, Language language) {
        SignedInUser me = Tenancy.requireRole(Role.ORGANISATION_ADMIN);
        if (role == null || !INVITED_BY_AN_ADMIN.contains(role)) {
            throw Refusal.tampered("role", "accounts.roleInvalid");
        }
        String address = checkedInvitation(displayName, email);
        mailer.requireRoute();
        invite(me.organisationId(), displayName.strip(), address, role, language);
    }

    /** The roles an organisation admin may invite someone to, in the order to offer them. */
    public List<Role> invitableRoles() {
        return INVITED_BY_AN_ADMIN;
    }

    /**
     * A buddy's account, made by a programme coordinator who approved the buddy; the buddy gets the link to set a
     * password by e-mail, in the coordinator's language. Refused naming the e-mail address when the address is already
     * known in this organisation. When it has an account in another organisation, the coordinator must not learn that:
     * its owner is told by mail instead, the invitation is listed like any other, and no account is made (empty).
     *
     * @throws MailNotSent when no mail can be sent
     */
    public Optional<UUID> inviteBuddy(String displayName, String email, Language language) {
        SignedInUser me = Tenancy.requireRole(Role.COORDINATOR);
        String address = checkedInvitation(displayName, email);
        mailer.requireRoute();
        return invite(me.organisationId(), displayName.strip(), address, Role.BUDDY, language);
    }

    /**
     * Throws {@link NotFound} unless the signed-in organisation admin's organisation has this account; no audit row.
     * Asked before a request's input is read (docs/adr/0006-one-authorisation-model.md); the actions check again.
     */
    @Transactional(readOnly = true)
    public void checkAccess(UUID account) {
        SignedInUser me = Tenancy.requireRole(Role.ORGANISATION_ADMIN);
        accounts.find(me.organisationId(), account).orElseThrow(() -> new NotFound("Account"));
    }

    /**
     * Sends the person a new link to choose a password (an invitation again if they never chose one); the admin never
     * sees it. Answers alike for an invitation to an address with an account elsewhere, whose owner is told again.
     *
     * @throws MailNotSent when no mail can be sent (no link is made)
     */
    public void sendPasswordLink(UUID account) {
        SignedInUser me = Tenancy.requireRole(Role.ORGANISATION_ADMIN);
        Accounts.Recipient recipient =
                accounts.recipient(me.organisationId(), account).orElseThrow(() -> new NotFound("Account"));
        mailer.requireRoute();
        audit.record(
                AuditTrail.Action.UPDATE,
                AuditTrail.Subject.ACCOUNT,
                List.of(account)); // who had a reset link sent, and when
        String organisationName = organisationName(me.organisationId());
        Language language = Language.ofTag(recipient.language(), Language.of(LocaleContextHolder.getLocale()));
        if (recipient.elsewhere()) {
            mailer.send(letters.addressTaken(
                    me.organisationId(), organisationName, recipient.email(), recipient.displayName(), language));
        } else if (!recipient.activated()) {
            mailer.send(letters.invitation(
                    me.organisationId(),
                    organisationName,
                    recipient.email(),
                    recipient.displayName(),
                    language,
                    link(account, me.organisationId(), "INVITATION")));
        } else {
            mailer.send(letters.reset(
                    me.organisationId(),
                    organisationName,
                    recipient.email(),
                    recipient.displayName(),
                    language,
                    link(account, me.organisationId(), "PASSWORD_RESET")));
        }
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
        audit.record(AuditTrail.Action.UPDATE, AuditTrail.Subject.ACCOUNT, List.of(account));
        return jdbc.sql("""
                select count(*) from caseload_assignment a join participant p on p.id = a.participant_id
                where a.account_id = ? and p.archived_at is null""").param(account).query(Long.class).single().intValue();
    }

    public void reactivate(UUID account) {
        SignedInUser me = Tenancy.requireRole(Role.ORGANISATION_ADMIN);
        accounts.find(me.organisationId(), account).orElseThrow(() -> new NotFound("Account"));
        accounts.setActive(account, true, clock.instant());
        audit.record(AuditTrail.Action.UPDATE, AuditTrail.Subject.ACCOUNT, List.of(account));
    }

    public boolean professionalsSeeOrganisation() {
        return jdbc.sql("select professionals_see_organisation from organisation where id = ?")
                .param(Tenancy.requireRole(Role.ORGANISATION_ADMIN).organisationId())
                .query(Boolean.class)
                .single();
    }

    /**
     * Saves the organisation's settings (the admin's page and the API's {@code PUT /api/accounts/settings}) in one
     * transaction: all or nothing. The legal bases are checked before anything is written; a basis that does not fit
     * its purpose is refused naming {@code legalBases.PURPOSE}.
     */
    public void saveSettings(Map<ConsentPurpose, LegalBasis> legalBases, boolean professionalsSeeOrganisation) {
        participants.setLegalBases(legalBases);
        letProfessionalsSeeOrganisation(professionalsSeeOrganisation);
    }

    private void letProfessionalsSeeOrganisation(boolean allowed) {
        UUID organisation = Tenancy.requireRole(Role.ORGANISATION_ADMIN).organisationId();
        jdbc.sql(
                        "update organisation set professionals_see_organisation = ? where id = ? and professionals_see_organisation <> ?")
                .params(allowed, organisation, allowed)
                .update();
        audit.record(AuditTrail.Action.UPDATE, AuditTrail.Subject.ORGANISATION, List.of(organisation));
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
        if (token == null
                || accounts.redeem(token, passwords.encode(password), clock.instant())
                        .isEmpty()) {
            return Optional.of("activation.linkInvalid");
        }
        return Optional.empty();
    }

    /** Invites to a new account, answered; or, for an address with an account elsewhere, tells its owner (empty). */
    private Optional<UUID> invite(UUID organisation, String displayName, String address, Role role, Language language) {
        if (accounts.listedHere(address)) {
            throw new Refusal("email", "accounts.emailTaken");
        }
        if (accounts.emailTaken(address)) {
            UUID listed =
                    accounts.inviteElsewhere(organisation, displayName, address, role, language.tag(), clock.instant());
            auditInvitation(organisation, listed);
            mailer.send(
                    letters.addressTaken(organisation, organisationName(organisation), address, displayName, language));
            return Optional.empty();
        }
        return Optional.of(createAccount(organisation, displayName, address, role, language));
    }

    private UUID createAccount(UUID organisation, String displayName, String address, Role role, Language language) {
        UUID account = accounts.create(organisation, displayName, address, role, language.tag(), clock.instant());
        auditInvitation(organisation, account);
        mailer.send(letters.invitation(
                organisation,
                organisationName(organisation),
                address,
                displayName,
                language,
                link(account, organisation, "INVITATION")));
        return account;
    }

    private void auditInvitation(UUID organisation, UUID account) {
        if (Tenancy.currentUser()
                .map(SignedInUser::organisationId)
                .filter(organisation::equals)
                .isPresent()) {
            audit.record(
                    AuditTrail.Action.CREATE, AuditTrail.Subject.ACCOUNT, List.of(account)); // an admin invited someone
        }
    }

    /** The address, checked and normalised, of a person to invite. */
    private static String checkedInvitation(String displayName, String email) {
        requireText("displayName", displayName);
        requireText("email", email);
        return EmailAddress.normalised(email).orElseThrow(() -> new Refusal("email", "accounts.inviteInvalid"));
    }

    private String organisationName(UUID organisation) {
        return jdbc.sql("select name from organisation where id = ?")
                .param(organisation)
                .query(String.class)
                .single();
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
