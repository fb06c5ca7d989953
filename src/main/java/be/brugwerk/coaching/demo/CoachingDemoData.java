package be.brugwerk.coaching.demo;

import be.brugwerk.coaching.ActionKind;
import be.brugwerk.coaching.NoteVisibility;
import be.brugwerk.coaching.OutcomeManagement;
import be.brugwerk.coaching.Performer;
import be.brugwerk.coaching.StepStatus;
import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.TrajectoryView;
import be.brugwerk.coaching.WishContact;
import be.brugwerk.coaching.scoring.Instrument;
import be.brugwerk.coaching.scoring.LonelinessAnswerFormat;
import be.brugwerk.network.MapDocument;
import be.brugwerk.network.MapDocument.MemberEntry;
import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.network.analysis.CapitalType;
import be.brugwerk.network.analysis.ContactFrequency;
import be.brugwerk.network.analysis.Level;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.network.analysis.Valence;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.system.DemoMode;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * A running demo trajectory: the volunteer coach Vera with Amina, at the start of the step plan — a map, wishes, an
 * action three days overdue and one due next week, a session 20 days ago (which keeps a version of the map), a shared
 * note, a first De Jong Gierveld measurement and a round table ahead: what Vera's home shows. Made
 * through the coaching module's own API, as Vera, once the people demo data exists (after start-up), only in
 * {@link DemoMode} and only once.
 */
@Component
class CoachingDemoData {

    private static final String COACH_EMAIL = "coach@demostad.demo";

    private final DemoMode demoMode;
    private final JdbcClient owner;
    private final ParticipantManagement participants;
    private final NetworkMapManagement maps;
    private final TrajectoryManagement trajectories;
    private final OutcomeManagement outcomes;
    private final Clock clock;

    CoachingDemoData(
            DemoMode demoMode,
            @FlywayDataSource DataSource ownerDataSource,
            ParticipantManagement participants,
            NetworkMapManagement maps,
            TrajectoryManagement trajectories,
            OutcomeManagement outcomes,
            Clock clock) {
        this.demoMode = demoMode;
        this.owner = JdbcClient.create(ownerDataSource);
        this.participants = participants;
        this.maps = maps;
        this.trajectories = trajectories;
        this.outcomes = outcomes;
        this.clock = clock;
    }

    @EventListener(ApplicationReadyEvent.class)
    void seed() {
        if (!demoMode.active()) {
            return;
        }
        var coach = owner.sql("select id, organisation_id, display_name from account where email = ?")
                .param(COACH_EMAIL)
                .query((row, n) -> new SignedInUser(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        Role.VOLUNTEER_COACH,
                        row.getString(3),
                        COACH_EMAIL,
                        null))
                .optional();
        if (coach.isEmpty()
                || owner.sql("select count(*) from trajectory where organisation_id = ?")
                                .param(coach.get().organisationId())
                                .query(Long.class)
                                .single()
                        > 0) {
            return;
        }
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                coach.get(), null, coach.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            participants.list("Amina").stream().findFirst().ifPresent(amina -> trajectory(amina, coach.get()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    private void trajectory(ParticipantView amina, SignedInUser vera) {
        UUID sister = UUID.randomUUID();
        UUID neighbour = UUID.randomUUID();
        maps.save(
                amina.id(),
                new MapDocument(
                        0,
                        List.of(
                                member(
                                        sister,
                                        "Samira (zus)",
                                        RelationCategory.FAMILY,
                                        Ring.INNER,
                                        RelationshipStatus.ACTIVE),
                                member(
                                        neighbour,
                                        "Buurvrouw Rita",
                                        RelationCategory.NEIGHBOUR,
                                        Ring.OUTER,
                                        RelationshipStatus.DORMANT),
                                member(
                                        UUID.randomUUID(),
                                        "Maatschappelijk werker",
                                        RelationCategory.PROFESSIONAL,
                                        Ring.MIDDLE,
                                        RelationshipStatus.ACTIVE)),
                        List.of()));
        UUID id = trajectories.start(amina.id(), vera.accountId());
        LocalDate today = LocalDate.now(clock);
        // The story began five weeks ago (a start date is always today through the API), so that Vera's home has
        // something to show: the last session 20 days ago (a 14-day signal) and an action three days overdue.
        owner.sql("update trajectory set started_on = ? where id = ?")
                .params(today.minusDays(35), id)
                .update();
        TrajectoryView trajectory = trajectories.get(id);
        trajectories.updateStep(
                id,
                trajectory.steps().get(0).id(),
                trajectory.steps().get(0).version(),
                StepStatus.DONE,
                "Kennisgemaakt bij Amina thuis, met thee.");
        trajectories.addWish(id, WishContact.EXISTING, neighbour, "Weer eens bij Rita binnenspringen.");
        trajectories.addWish(id, WishContact.NEW, null, "Iemand om Nederlands mee te oefenen.");
        trajectories.addAction(
                id,
                new TrajectoryManagement.NewAction(
                        ActionKind.REACTIVATE_DORMANT,
                        "Rita uitnodigen voor koffie",
                        neighbour,
                        Performer.PARTICIPANT,
                        null,
                        today.minusDays(3)));
        trajectories.addAction(
                id,
                new TrajectoryManagement.NewAction(
                        ActionKind.JOIN_GROUP,
                        "Samen naar het taalcafé in de bib",
                        null,
                        Performer.COACH,
                        null,
                        today.plusDays(5)));
        trajectories.logSession(
                id,
                new TrajectoryManagement.NewSession(
                        today.minusDays(20),
                        60,
                        "Bij Amina thuis",
                        "We tekenden samen de netwerkkaart.",
                        NoteVisibility.SHARED));
        trajectories.planRoundTable(
                id, today.plusDays(10), "Wie wil Amina erbij om Nederlands te oefenen?", List.of(sister), true);
        outcomes.save(
                id,
                null,
                0,
                new OutcomeManagement.Filled(
                        Instrument.DE_JONG_GIERVELD_6,
                        LonelinessAnswerFormat.THREE_CATEGORIES,
                        today.minusDays(20),
                        Map.of(
                                "SENSE_OF_EMPTINESS",
                                "YES",
                                "PLENTY_TO_LEAN_ON",
                                "NO",
                                "MANY_TO_TRUST",
                                "MORE_OR_LESS",
                                "MISSES_PEOPLE_AROUND",
                                "YES",
                                "ENOUGH_TO_FEEL_CLOSE_TO",
                                "NO",
                                "OFTEN_FEELS_REJECTED",
                                "NO"),
                        true));
    }

    private static MemberEntry member(
            UUID id, String name, RelationCategory category, Ring ring, RelationshipStatus status) {
        return new MemberEntry(
                id,
                name,
                category,
                ring,
                ContactFrequency.MONTHLY,
                Map.of(SupportFunction.AFFECTIVE, SupportDirection.BOTH),
                Valence.SUPPORTIVE,
                status,
                null,
                null,
                CapitalType.BONDING,
                Level.NEIGHBOURHOOD,
                false,
                null,
                null);
    }
}
