package be.brugwerk.people.demo;

import be.brugwerk.people.ConsentPurpose;
import be.brugwerk.people.ParticipantDetails;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.people.SharingRole;
import be.brugwerk.people.Transition;
import be.brugwerk.system.DemoMode;
import be.brugwerk.system.Pg;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Fills an empty embedded database with two demo organisations and their accounts (listed in the README), so
 * that a newcomer can sign in within minutes. Runs only in {@link DemoMode}, and only once.
 */
@Component
@Order(0) // before the demo data of other modules, which builds on these accounts
class DemoData implements ApplicationRunner {

    static final String PASSWORD = "brugwerk-demo";
    static final UUID DEMO_ORGANISATION = UUID.fromString("00000000-0000-4000-8000-00000000d001");
    static final UUID OTHER_ORGANISATION = UUID.fromString("00000000-0000-4000-8000-00000000d002");
    static final UUID COORDINATOR = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    static final UUID VOLUNTEER_COACH = UUID.fromString("00000000-0000-4000-8000-0000000000c2");
    static final UUID PROFESSIONAL = UUID.fromString("00000000-0000-4000-8000-0000000000c3");

    private final DemoMode demoMode;
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final JdbcClient owner;
    private final ParticipantManagement participants;

    DemoData(
            DemoMode demoMode,
            JdbcClient jdbc,
            PasswordEncoder passwords,
            TransactionTemplate transactions,
            Clock clock,
            @FlywayDataSource DataSource ownerDataSource,
            ParticipantManagement participants) {
        this.participants = participants;
        this.demoMode = demoMode;
        this.jdbc = jdbc;
        this.owner = JdbcClient.create(ownerDataSource);
        this.passwords = passwords;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.active() || alreadySeeded()) {
            return;
        }
        String hash = passwords.encode(PASSWORD);
        organisation(DEMO_ORGANISATION, "OCMW Demostad");
        organisation(OTHER_ORGANISATION, "CAW Elders");
        account(null, Role.PLATFORM_ADMIN, "Platformbeheer", "platform@brugwerk.demo", hash);
        account(DEMO_ORGANISATION, Role.ORGANISATION_ADMIN, "Bea Beheer", "beheer@demostad.demo", hash);
        account(
                COORDINATOR,
                DEMO_ORGANISATION,
                Role.COORDINATOR,
                "Chris Coördinator",
                "coordinator@demostad.demo",
                hash);
        account(PROFESSIONAL, DEMO_ORGANISATION, Role.PROFESSIONAL, "Sam Sociaal", "werker@demostad.demo", hash);
        account(
                VOLUNTEER_COACH,
                DEMO_ORGANISATION,
                Role.VOLUNTEER_COACH,
                "Vera Vrijwilliger",
                "coach@demostad.demo",
                hash);
        account(OTHER_ORGANISATION, Role.VOLUNTEER_COACH, "Ozan Onbekend", "coach@elders.demo", hash);
        participants();
    }

    /**
     * A few made-up participants, registered the way a coordinator would: Amina with Vera as volunteer coach, Kim
     * on Sam's caseload, Jozef on nobody's yet.
     */
    private void participants() {
        SignedInUser coordinator = new SignedInUser(
                COORDINATOR,
                DEMO_ORGANISATION,
                Role.COORDINATOR,
                "Chris Coördinator",
                "coordinator@demostad.demo",
                null);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(coordinator, null, coordinator.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            Map<ConsentPurpose, Set<SharingRole>> allConsents = Map.of(
                    ConsentPurpose.PROCESSING,
                    Set.of(),
                    ConsentPurpose.SHARING,
                    Set.of(SharingRole.VOLUNTEER_COACH),
                    ConsentPurpose.MATCHING,
                    Set.of());
            ParticipantView amina = participants.register(
                    new ParticipantDetails(
                            "Amina",
                            1988,
                            List.of("Arabisch", "Frans", "Nederlands (A2)"),
                            "Demostad",
                            "Stationswijk",
                            "Kwam twee jaar geleden met haar zoon naar België; zoekt contact buiten de familie.",
                            Set.of(Transition.MIGRATION, Transition.MOVING)),
                    allConsents);
            participants.assign(amina.id(), VOLUNTEER_COACH);
            participants.register(
                    new ParticipantDetails(
                            "Jozef",
                            1946,
                            List.of("Nederlands"),
                            "Demostad",
                            "Centrum",
                            "Weduwnaar sinds vorig jaar, woont alleen, komt weinig buiten.",
                            Set.of(Transition.BEREAVEMENT)),
                    Map.of(ConsentPurpose.PROCESSING, Set.of()));
            ParticipantView kim = participants.register(
                    new ParticipantDetails(
                            "Kim",
                            1999,
                            List.of("Nederlands", "Engels"),
                            "Demostad",
                            "Hoogveld",
                            "Verhuisd voor een eerste job, kent nog bijna niemand.",
                            Set.of(Transition.NEW_JOB, Transition.MOVING)),
                    allConsents);
            participants.assign(kim.id(), PROFESSIONAL);
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private boolean alreadySeeded() {
        return jdbc.sql("select count(*) from organisation where id = ?")
                        .param(DEMO_ORGANISATION)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private void organisation(UUID id, String name) {
        transactions.executeWithoutResult(
                tx -> jdbc.sql("insert into organisation (id, name, created_at) values (?, ?, ?)")
                        .params(id, name, now())
                        .update());
    }

    private void account(UUID organisation, Role role, String name, String email, String hash) {
        account(UUID.randomUUID(), organisation, role, name, email, hash);
    }

    private void account(UUID id, UUID organisation, Role role, String name, String email, String hash) {
        String insert = """
                insert into account (id, organisation_id, email, display_name, role, password_hash, created_at)
                values (?, ?, ?, ?, ?, ?, ?)""";
        Object[] values = {id, organisation, email, name, role.name(), hash, now()};
        if (organisation == null) {
            // Row-level security lets the application create no account outside an organisation: the
            // platform admin is set up by the schema owner.
            owner.sql(insert).params(values).update();
            return;
        }
        Tenancy.runAs(
                organisation,
                () -> transactions.executeWithoutResult(
                        tx -> jdbc.sql(insert).params(values).update()));
    }

    private OffsetDateTime now() {
        return Pg.timestamp(clock.instant());
    }
}
