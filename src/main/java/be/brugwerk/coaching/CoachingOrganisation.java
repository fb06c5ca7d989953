package be.brugwerk.coaching;

import be.brugwerk.coaching.SmallNumbers.Average;
import be.brugwerk.coaching.SmallNumbers.Count;
import be.brugwerk.coaching.scoring.Instrument;
import be.brugwerk.coaching.scoring.MeasurementChange;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.people.StaffDirectory;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Role;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Coaching as the organisation runs it: its step plan template and settings (coordinator or organisation admin), the
 * organisation view — aggregated, without names, every figure over fewer than {@link SmallNumbers#MINIMUM}
 * participants suppressed — and, for the coordinator, where a coach is stuck.
 */
@Service
@Transactional
public class CoachingOrganisation {

    private final StepTemplates templates;
    private final Measurements measurements;
    private final JdbcClient jdbc;
    private final AuditTrail audit;
    private final ParticipantManagement participants;
    private final StaffDirectory staff;
    private final Clock clock;

    CoachingOrganisation(
            StepTemplates templates,
            Measurements measurements,
            JdbcClient jdbc,
            AuditTrail audit,
            ParticipantManagement participants,
            StaffDirectory staff,
            Clock clock) {
        this.participants = participants;
        this.staff = staff;
        this.templates = templates;
        this.measurements = measurements;
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<TemplateStep> template() {
        return templates.current(
                Tenancy.requireRole(Role.COORDINATOR, Role.ORGANISATION_ADMIN).organisationId());
    }

    /** The version of the template as stored, for the form that edits it. */
    @Transactional(readOnly = true)
    public int templateVersion() {
        return templates
                .versions(Tenancy.requireRole(Role.COORDINATOR, Role.ORGANISATION_ADMIN)
                        .organisationId())
                .template();
    }

    /** The version of the settings as stored, for the form that edits them. */
    @Transactional(readOnly = true)
    public int settingsVersion() {
        return templates
                .versions(Tenancy.requireRole(Role.COORDINATOR, Role.ORGANISATION_ADMIN)
                        .organisationId())
                .settings();
    }

    /**
     * Replaces the template as read at {@code version}, in the order of the given positions (renumbered 1..n).
     * Running trajectories keep their own copy; only new ones take the new plan.
     *
     * @throws VersionConflict when someone saved the template since it was read
     */
    public void saveTemplate(List<TemplateStep> steps, int version) {
        UUID organisation =
                Tenancy.requireRole(Role.COORDINATOR, Role.ORGANISATION_ADMIN).organisationId();
        if (steps.isEmpty()) {
            throw new Refusal("steps", "coaching.template.empty");
        }
        List<TemplateStep> ordered = steps.stream()
                .sorted(Comparator.comparingInt(TemplateStep::position))
                .toList();
        List<TemplateStep> renumbered = new ArrayList<>();
        for (int i = 0; i < ordered.size(); i++) {
            renumbered.add(new TemplateStep(
                    i + 1, ordered.get(i).defaultStep(), ordered.get(i).name()));
        }
        if (!templates.replace(organisation, renumbered, version)) {
            throw new VersionConflict("coaching.conflict.stepPlan");
        }
        audit.record(Action.UPDATE, AuditTrail.Subject.ORGANISATION, List.of(organisation));
    }

    @Transactional(readOnly = true)
    public CoachingSettings settings() {
        return templates.settings(
                Tenancy.requireRole(Role.COORDINATOR, Role.ORGANISATION_ADMIN).organisationId());
    }

    /** @throws VersionConflict when someone saved the settings since they were read at {@code version} */
    public void saveSettings(CoachingSettings settings, int version) {
        UUID organisation =
                Tenancy.requireRole(Role.COORDINATOR, Role.ORGANISATION_ADMIN).organisationId();
        if (!templates.saveSettings(organisation, settings, version)) {
            throw new VersionConflict("coaching.conflict.settings");
        }
        audit.record(Action.UPDATE, AuditTrail.Subject.ORGANISATION, List.of(organisation));
    }

    /** Open trajectories standing at one step (the first not done or skipped), by the step's name. */
    public record StepCount(Integer defaultStep, String name, Count trajectories) {}

    public record CoachCount(String coach, Count trajectories) {}

    public record ScoreChange(Instrument instrument, Average totalChange) {}

    /** Mean change from the first to the last session's map, per trajectory with two sessions or more. */
    public record NetworkChange(Average members, Average activeMembers, Average informal, Average effectiveSize) {}

    public record Overview(
            Count open,
            Count closed,
            List<CoachCount> perCoach,
            List<StepCount> perStep,
            Count overdueActions,
            List<ScoreChange> scoreChanges,
            NetworkChange networkChange) {}

    /** Aggregated, without names of participants; figures over fewer than five participants suppressed. */
    @Transactional(readOnly = true)
    public Overview overview() {
        UUID organisation =
                Tenancy.requireRole(Role.COORDINATOR, Role.ORGANISATION_ADMIN).organisationId();
        List<Row> rows = rows(organisation);
        List<Row> open = rows.stream().filter(r -> r.closedOn() == null).toList();
        Map<UUID, Set<UUID>> perCoach = new LinkedHashMap<>();
        rows.forEach(
                r -> perCoach.computeIfAbsent(r.coach(), k -> new HashSet<>()).add(r.participant()));
        Map<UUID, String> coachNames = staff.names(perCoach.keySet());
        Map<String, StepCount> perStep = new LinkedHashMap<>();
        Map<String, Set<UUID>> stepParticipants = new HashMap<>();
        for (Row row : open) {
            String key = row.stepDefault() + "|" + row.stepName();
            stepParticipants.computeIfAbsent(key, k -> new HashSet<>()).add(row.participant());
            perStep.put(key, new StepCount(row.stepDefault(), row.stepName(), null));
        }
        List<StepCount> unsuppressedSteps = perStep.entrySet().stream()
                .map(e -> new StepCount(
                        e.getValue().defaultStep(),
                        e.getValue().name(),
                        participants(stepParticipants.get(e.getKey()))))
                .toList();
        List<Count> stepCounts = SmallNumbers.suppressedTogether(
                unsuppressedSteps.stream().map(StepCount::trajectories).toList());
        List<StepCount> steps = new ArrayList<>();
        for (int i = 0; i < unsuppressedSteps.size(); i++) {
            StepCount step = unsuppressedSteps.get(i);
            steps.add(new StepCount(step.defaultStep(), step.name(), stepCounts.get(i)));
        }
        List<UUID> coachIds = List.copyOf(perCoach.keySet());
        List<Count> coachCounts = SmallNumbers.suppressedTogether(coachIds.stream()
                .map(coach -> participants(perCoach.get(coach)))
                .toList());
        List<CoachCount> coaches = new ArrayList<>();
        for (int i = 0; i < coachIds.size(); i++) {
            coaches.add(new CoachCount(coachNames.getOrDefault(coachIds.get(i), "?"), coachCounts.get(i)));
        }
        Set<UUID> withOverdue = new HashSet<>();
        int overdue = 0;
        for (Row row : open) { // a closed trajectory has no actions due any more
            if (row.overdueActions() > 0) {
                withOverdue.add(row.participant());
                overdue += row.overdueActions();
            }
        }
        return new Overview(
                participants(participantsOf(open)),
                participants(participantsOf(
                        rows.stream().filter(r -> r.closedOn() != null).toList())),
                coaches,
                steps,
                SmallNumbers.count(overdue, withOverdue.size()),
                scoreChanges(organisation, rows),
                networkChange(organisation, rows));
    }

    /** Where a coach is stuck: open trajectories without a session for the set number of weeks, overdue actions. */
    public record CoachSupervision(
            UUID coach,
            String name,
            Role role,
            int openTrajectories,
            int withoutRecentSession,
            int overdueActions,
            List<StuckTrajectory> stuckTrajectories) {

        public boolean stuck() {
            return withoutRecentSession > 0 || overdueActions > 0;
        }
    }

    /**
     * Where a coach is stuck: one running trajectory without a session for the set number of weeks or with overdue
     * actions, by the step it stands at (no participant's name: the coordinator opens it to see who).
     */
    public record StuckTrajectory(
            UUID trajectory,
            LocalDate startedOn,
            Integer stepDefault,
            String stepName,
            LocalDate lastSession,
            boolean withoutRecentSession,
            int overdueActions) {}

    /** Whether the signed-in person sees where coaches are stuck (the coordinator; the page asks, ADR 0006). */
    @Transactional(propagation = Propagation.SUPPORTS) // a role check reads nothing: no transaction of its own
    public boolean maySupervise() {
        return Tenancy.currentUser().map(me -> me.hasRole(Role.COORDINATOR)).orElse(false);
    }

    /** For the coordinator, who assigns and supervises coaches: names of coaches, no names of participants. */
    @Transactional(readOnly = true)
    public List<CoachSupervision> supervision() {
        UUID organisation = Tenancy.requireRole(Role.COORDINATOR).organisationId();
        LocalDate stuckBefore =
                today().minusWeeks(templates.settings(organisation).stuckAfterWeeks());
        Map<UUID, CoachSupervision> coaches = new LinkedHashMap<>();
        for (StaffDirectory.StaffMember coach : staff.activeCoaches(organisation)) {
            coaches.put(
                    coach.id(),
                    new CoachSupervision(coach.id(), coach.name(), coach.role(), 0, 0, 0, new ArrayList<>()));
        }
        for (Row row : rows(organisation)) {
            CoachSupervision was = coaches.get(row.coach());
            if (was == null || row.closedOn() != null) {
                continue;
            }
            LocalDate lastContact = row.lastSession() != null ? row.lastSession() : row.startedOn();
            boolean idle = lastContact.isBefore(stuckBefore);
            if (idle || row.overdueActions() > 0) {
                was.stuckTrajectories()
                        .add(new StuckTrajectory(
                                row.trajectory(),
                                row.startedOn(),
                                row.stepDefault(),
                                row.stepName(),
                                row.lastSession(),
                                idle,
                                row.overdueActions()));
            }
            coaches.put(
                    row.coach(),
                    new CoachSupervision(
                            was.coach(),
                            was.name(),
                            was.role(),
                            was.openTrajectories() + 1,
                            was.withoutRecentSession() + (idle ? 1 : 0),
                            was.overdueActions() + row.overdueActions(),
                            was.stuckTrajectories()));
        }
        return List.copyOf(coaches.values());
    }

    private record Row(
            UUID trajectory,
            UUID participant,
            UUID coach,
            LocalDate startedOn,
            LocalDate closedOn,
            Integer stepDefault,
            String stepName,
            int overdueActions,
            LocalDate lastSession) {}

    /**
     * The organisation's trajectories of participants whose data may be processed now: one whose PROCESSING
     * consent was withdrawn counts in no figure and in no supervision list.
     */
    private List<Row> rows(UUID organisation) {
        List<Row> all = jdbc.sql("""
                select t.id, t.participant_id, t.coach_id, t.started_on, t.closed_on,
                       s.default_step, s.name,
                       (select count(*) from coaching_action x where x.trajectory_id = t.id and x.status = 'OPEN'
                          and x.due_on < :today and t.closed_on is null),
                       (select max(held_on) from coaching_session c where c.trajectory_id = t.id)
                from trajectory t
                left join lateral (select default_step, name from trajectory_step s where s.trajectory_id = t.id
                                   and s.status not in ('DONE', 'SKIPPED') order by position limit 1) s on true
                where t.organisation_id = :organisation""")
                .param("organisation", organisation)
                .param("today", today())
                .query((row, n) -> new Row(
                        row.getObject(1, UUID.class),
                        row.getObject(2, UUID.class),
                        row.getObject(3, UUID.class),
                        row.getObject(4, LocalDate.class),
                        row.getObject(5, LocalDate.class),
                        row.getObject(6, Integer.class),
                        row.getString(7),
                        row.getInt(8),
                        row.getObject(9, LocalDate.class)))
                .list();
        Set<ParticipantId> processable = participants.processable(
                all.stream().map(r -> new ParticipantId(r.participant())).toList());
        return all.stream()
                .filter(r -> processable.contains(new ParticipantId(r.participant())))
                .toList();
    }

    private List<ScoreChange> scoreChanges(UUID organisation, List<Row> rows) {
        Map<UUID, Row> byTrajectory = byTrajectory(rows);
        Map<UUID, List<MeasurementView>> perTrajectory = new LinkedHashMap<>();
        for (Measurements.Stored stored : measurements.completeOfOrganisation(organisation)) {
            if (!byTrajectory.containsKey(stored.trajectory())) {
                continue;
            }
            perTrajectory
                    .computeIfAbsent(stored.trajectory(), k -> new ArrayList<>())
                    .add(Answers.view(stored));
        }
        Map<Instrument, LatestPerParticipant> changes = new LinkedHashMap<>();
        for (Instrument instrument :
                List.of(Instrument.DE_JONG_GIERVELD_11, Instrument.DE_JONG_GIERVELD_6, Instrument.LSNS_6)) {
            changes.put(instrument, new LatestPerParticipant());
        }
        perTrajectory.forEach((trajectory, views) -> OutcomeManagement.changes(views)
                .forEach(change -> {
                    MeasurementChange measured = change.change();
                    if (measured != null && measured.total().isPresent()) {
                        changes.get(change.instrument())
                                .put(
                                        byTrajectory.get(trajectory),
                                        measured.total().getAsInt());
                    }
                }));
        return changes.entrySet().stream()
                .map(e -> new ScoreChange(
                        e.getKey(), SmallNumbers.average(e.getValue().values())))
                .toList();
    }

    private NetworkChange networkChange(UUID organisation, List<Row> rows) {
        Map<UUID, Row> byTrajectory = byTrajectory(rows);
        LatestPerParticipant members = new LatestPerParticipant();
        LatestPerParticipant active = new LatestPerParticipant();
        LatestPerParticipant informal = new LatestPerParticipant();
        LatestPerParticipant effective = new LatestPerParticipant();
        jdbc.sql("""
                select t.id, f.map_members - l.map_members, f.map_active_members - l.map_active_members,
                       f.map_informal - l.map_informal, f.map_effective_size - l.map_effective_size
                from trajectory t
                join lateral (select * from coaching_session c where c.trajectory_id = t.id
                              and c.map_members is not null order by held_on desc, created_at desc limit 1) f on true
                join lateral (select * from coaching_session c where c.trajectory_id = t.id
                              and c.map_members is not null order by held_on, created_at limit 1) l on true
                where t.organisation_id = ? and f.id <> l.id""").param(organisation).query(row -> {
            Row trajectory = byTrajectory.get(row.getObject(1, UUID.class));
            if (trajectory == null) {
                return;
            }
            members.put(trajectory, row.getDouble(2));
            active.put(trajectory, row.getDouble(3));
            informal.put(trajectory, row.getDouble(4));
            double size = row.getDouble(5);
            if (!row.wasNull()) {
                effective.put(trajectory, size);
            }
        });
        return new NetworkChange(
                SmallNumbers.average(members.values()),
                SmallNumbers.average(active.values()),
                SmallNumbers.average(informal.values()),
                SmallNumbers.average(effective.values()));
    }

    /** The counted trajectories (participants whose data may be processed) by id. */
    private static Map<UUID, Row> byTrajectory(List<Row> rows) {
        Map<UUID, Row> byTrajectory = new HashMap<>();
        rows.forEach(r -> byTrajectory.put(r.trajectory(), r));
        return byTrajectory;
    }

    /**
     * One value per participant, from their latest trajectory that has one: the small-number rule counts
     * participants, so someone with two trajectories must not count twice.
     */
    private static final class LatestPerParticipant {

        private final Map<UUID, Row> from = new HashMap<>();
        private final Map<UUID, Double> values = new LinkedHashMap<>();

        void put(Row trajectory, double value) {
            Row was = from.get(trajectory.participant());
            if (was == null
                    || Comparator.comparing(Row::startedOn)
                                    .thenComparing(Row::trajectory)
                                    .compare(trajectory, was)
                            > 0) {
                from.put(trajectory.participant(), trajectory);
                values.put(trajectory.participant(), value);
            }
        }

        List<Double> values() {
            return List.copyOf(values.values());
        }
    }

    private static Set<UUID> participantsOf(List<Row> rows) {
        Set<UUID> participants = new HashSet<>();
        rows.forEach(r -> participants.add(r.participant()));
        return participants;
    }

    private static Count participants(Set<UUID> participants) {
        return SmallNumbers.count(participants.size(), participants.size());
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
