package be.brugwerk.coaching;

import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.system.HomeSection;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The home of a professional or a volunteer coach. It starts from the coach's own caseload (audited by the people
 * module) and shows of the trajectories they coach with those participants only; so another coach's participants
 * never appear, even where professionals may see the whole organisation. One transaction, a fixed number of
 * statements.
 */
@Component
@Order(10)
class CoachHome implements HomeSection {

    /** Actions due within this many days are "next". */
    static final int NEXT_DAYS = 14;
    /** Round tables and follow-ups within this many days are "upcoming". */
    static final int UPCOMING_DAYS = 30;
    /** Map changes within this many days are "recent". */
    static final int CHANGE_DAYS = 14;

    private static final int MOST_ACTIONS = 50;
    private static final int MOST_MEETINGS = 20;

    private final ParticipantManagement participants;
    private final NetworkMapManagement maps;
    private final CoachAgenda agenda;
    private final AuditTrail audit;
    private final Clock clock;

    CoachHome(
            ParticipantManagement participants,
            NetworkMapManagement maps,
            CoachAgenda agenda,
            AuditTrail audit,
            Clock clock) {
        this.participants = participants;
        this.maps = maps;
        this.agenda = agenda;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public boolean appliesTo(Role role) {
        return role == Role.PROFESSIONAL || role == Role.VOLUNTEER_COACH;
    }

    @Override
    @Transactional
    public Optional<Part> forHome(SignedInUser me) {
        return Optional.of(new Part("home/coach", view(me)));
    }

    private CoachHomeView view(SignedInUser me) {
        LocalDate today = LocalDate.now(clock);
        List<ParticipantView> caseload = participants.ownCaseload();
        Map<ParticipantId, String> names = caseload.stream()
                .collect(Collectors.toMap(ParticipantView::id, p -> p.details().name(), (a, b) -> a));
        Set<ParticipantId> ids = names.keySet();

        List<CoachAgenda.OpenTrajectory> open = agenda.open(me.organisationId(), me.accountId(), ids);
        Map<ParticipantId, UUID> openByParticipant = open.stream()
                .collect(Collectors.toMap(
                        CoachAgenda.OpenTrajectory::participant, CoachAgenda.OpenTrajectory::id, (a, b) -> a));
        List<CoachHomeView.Person> people = caseload.stream()
                .map(p -> new CoachHomeView.Person(p.id(), names.get(p.id()), openByParticipant.get(p.id())))
                .toList();

        Set<ParticipantId> shown = new LinkedHashSet<>(); // whose trajectory data the home shows
        List<CoachHomeView.Signal> signals = new ArrayList<>();
        for (CoachAgenda.OpenTrajectory t : open) {
            for (TrajectorySignal kind : TrajectorySignal.of(t.lastContact(), t.lastProgress(), today)) {
                LocalDate since = kind == TrajectorySignal.STALLED ? t.lastProgress() : t.lastContact();
                signals.add(new CoachHomeView.Signal(
                        t.id(), names.get(t.participant()), kind, ChronoUnit.DAYS.between(since, today)));
                shown.add(t.participant());
            }
        }

        List<CoachHomeView.DueAction> overdue = new ArrayList<>();
        List<CoachHomeView.DueAction> next = new ArrayList<>();
        for (CoachAgenda.DueAction a :
                agenda.dueBefore(me.organisationId(), me.accountId(), ids, today.plusDays(NEXT_DAYS), MOST_ACTIONS)) {
            shown.add(a.participant());
            if (a.dueOn().isBefore(today)) {
                overdue.add(new CoachHomeView.DueAction(
                        a.trajectory(),
                        names.get(a.participant()),
                        a.description(),
                        a.dueOn(),
                        ChronoUnit.DAYS.between(a.dueOn(), today)));
            } else {
                next.add(new CoachHomeView.DueAction(
                        a.trajectory(),
                        names.get(a.participant()),
                        a.description(),
                        a.dueOn(),
                        ChronoUnit.DAYS.between(today, a.dueOn())));
            }
        }
        List<CoachHomeView.Meeting> upcoming = new ArrayList<>();
        for (CoachAgenda.Meeting m : agenda.meetings(
                me.organisationId(), me.accountId(), ids, today, today.plusDays(UPCOMING_DAYS), MOST_MEETINGS)) {
            shown.add(m.participant());
            upcoming.add(new CoachHomeView.Meeting(m.trajectory(), names.get(m.participant()), m.on(), m.followUp()));
        }
        if (!shown.isEmpty()) { // what the home shows of their trajectories: one row naming them
            audit.record(
                    AuditTrail.Action.LIST,
                    TrajectoryManagement.SUBJECT,
                    shown.stream().map(ParticipantId::value).toList());
        }

        List<CoachHomeView.MapChange> changes =
                maps.changedSince(ids, clock.instant().minus(Duration.ofDays(CHANGE_DAYS))).entrySet().stream()
                        .map(e -> new CoachHomeView.MapChange(
                                e.getKey(),
                                names.get(e.getKey()),
                                e.getValue().at(),
                                e.getValue().by()))
                        .toList();
        return new CoachHomeView(people, overdue, next, upcoming, signals, changes, NEXT_DAYS, CHANGE_DAYS);
    }
}
