package be.brugwerk.matching.demo;

import be.brugwerk.matching.engine.CriterionWeights;
import be.brugwerk.matching.engine.DayPart;
import be.brugwerk.matching.engine.Gender;
import be.brugwerk.matching.engine.GenderWishes;
import be.brugwerk.matching.engine.LanguageLevel;
import be.brugwerk.matching.engine.LanguageSkill;
import be.brugwerk.matching.engine.WaitingTradeOff;
import be.brugwerk.matching.engine.WeeklySlot;
import be.brugwerk.matching.programme.BuddyManagement;
import be.brugwerk.matching.programme.BuddyStatus;
import be.brugwerk.matching.programme.Intake;
import be.brugwerk.matching.programme.PairManagement;
import be.brugwerk.matching.programme.ProgrammeManagement;
import be.brugwerk.matching.programme.ProgrammeSettings;
import be.brugwerk.matching.programme.ProgrammeView;
import be.brugwerk.people.Language;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.system.DemoMode;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import java.time.DayOfWeek;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A demo buddy programme of OCMW Demostad, made the way its coordinator would: Amina and Kim on the waiting list, an
 * approved buddy with a login of their own ({@code buddy@demostad.demo}, listed in the README) and an applicant; Amina
 * and the buddy accepted (waiting for his agreement) and Kim and the buddy proposed (to decide). Runs
 * after the people's demo data, only in {@link DemoMode}, and only once.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE)
class ProgrammeDemoData implements ApplicationRunner {

    /** The demo organisation and its coordinator, as the people's demo data makes them. */
    static final UUID DEMO_ORGANISATION = UUID.fromString("00000000-0000-4000-8000-00000000d001");

    static final UUID COORDINATOR = UUID.fromString("00000000-0000-4000-8000-0000000000c1");
    static final String BUDDY_EMAIL = "buddy@demostad.demo";
    static final String PASSWORD = "brugwerk-demo";

    private final DemoMode demoMode;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final ProgrammeManagement programmes;
    private final BuddyManagement buddies;
    private final ParticipantManagement participants;
    private final PairManagement pairs;
    private final PasswordEncoder passwords;

    ProgrammeDemoData(
            DemoMode demoMode,
            JdbcClient jdbc,
            TransactionTemplate transactions,
            ProgrammeManagement programmes,
            BuddyManagement buddies,
            ParticipantManagement participants,
            PairManagement pairs,
            PasswordEncoder passwords) {
        this.demoMode = demoMode;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.programmes = programmes;
        this.buddies = buddies;
        this.participants = participants;
        this.pairs = pairs;
        this.passwords = passwords;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!demoMode.active() || !coordinatorExists() || programmeExists()) {
            return;
        }
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
            seed();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void seed() {
        ProgrammeView programme = programmes.create(new ProgrammeSettings(
                "Buddy's voor nieuwkomers – Nederlands oefenen",
                "Wat wil je samen doen?\nHoe vaak kan je afspreken?",
                new CriterionWeights(30, 20, 20, 20, 10),
                new WaitingTradeOff(30, 10),
                26,
                2,
                true,
                true,
                10,
                GenderWishes.AS_PREFERENCE,
                true,
                14));
        Set<WeeklySlot> evenings = Set.of(
                new WeeklySlot(DayOfWeek.TUESDAY, DayPart.EVENING),
                new WeeklySlot(DayOfWeek.SATURDAY, DayPart.MORNING));
        Map<String, UUID> waiting = new HashMap<>();
        for (ParticipantView participant : participants.list(null)) {
            if (participant.approachableForMatching()) {
                UUID entry = programmes.addToWaitingList(
                        programme.id(),
                        participant.id(),
                        new Intake(
                                List.of(
                                        new LanguageSkill("nl", LanguageLevel.A2),
                                        new LanguageSkill("ar", LanguageLevel.NATIVE)),
                                Set.of("koken", "wandelen"),
                                evenings,
                                "Stationswijk",
                                35,
                                Gender.WOMAN,
                                Set.of(),
                                null,
                                null,
                                "Nederlands oefenen en mensen leren kennen",
                                null,
                                null));
                waiting.put(participant.details().name(), entry);
            }
        }
        UUID bart = buddies.register(
                programme.id(),
                "Bart Buddy",
                BUDDY_EMAIL,
                2,
                new Intake(
                        List.of(
                                new LanguageSkill("nl", LanguageLevel.NATIVE),
                                new LanguageSkill("fr", LanguageLevel.B2)),
                        Set.of("koken", "fietsen"),
                        evenings,
                        "Stationswijk",
                        58,
                        Gender.MAN,
                        Set.of(),
                        null,
                        null,
                        "Iemand wegwijs maken in Demostad",
                        null,
                        null));
        buddies.approve(programme.id(), bart, true, true, Language.NL);
        UUID account = buddies.page(programme.id(), BuddyStatus.APPROVED, "Bart Buddy", null, 1).rows().stream()
                .filter(b -> b.id().equals(bart))
                .findFirst()
                .orElseThrow()
                .accountId();
        // the demo password is on the list of refused passwords, so it is set as the people's demo data sets it
        transactions.executeWithoutResult(tx -> jdbc.sql("update account set password_hash = ? where id = ?")
                .params(passwords.encode(PASSWORD), account)
                .update());
        buddies.register(
                programme.id(),
                "Greet Gastvrij",
                "greet@demostad.demo",
                1,
                new Intake(
                        List.of(new LanguageSkill("nl", LanguageLevel.NATIVE)),
                        Set.of("tuinieren"),
                        evenings,
                        "Centrum",
                        44,
                        Gender.WOMAN,
                        Set.of(),
                        null,
                        null,
                        null,
                        null,
                        null));
        // Something for the homes: Amina and Bart accepted and waiting for Bart's agreement (his home asks for it),
        // Kim and Bart proposed and still to decide (the coordinator's home shows it).
        if (waiting.containsKey("Amina")) {
            UUID pair = pairs.fix(programme.id(), waiting.get("Amina"), bart);
            pairs.accept(programme.id(), pair);
            pairs.participantAgreed(programme.id(), pair);
        }
        if (waiting.containsKey("Kim")) {
            pairs.fix(programme.id(), waiting.get("Kim"), bart);
        }
    }

    private boolean coordinatorExists() {
        return Tenancy.runAs(
                DEMO_ORGANISATION,
                () -> transactions.execute(tx -> jdbc.sql("select count(*) from account where id = ?")
                                .param(COORDINATOR)
                                .query(Long.class)
                                .single()
                        > 0));
    }

    private boolean programmeExists() {
        return Tenancy.runAs(
                DEMO_ORGANISATION,
                () -> transactions.execute(tx -> jdbc.sql("select count(*) from programme where organisation_id = ?")
                                .param(DEMO_ORGANISATION)
                                .query(Long.class)
                                .single()
                        > 0));
    }
}
