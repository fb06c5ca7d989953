package be.brugwerk.coaching;

import be.brugwerk.coaching.scoring.Instrument;
import be.brugwerk.coaching.scoring.LonelinessAnswerFormat;
import be.brugwerk.coaching.scoring.MeasurementChange;
import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.system.DateRange;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Outcome instruments in a trajectory (docs/instruments.md): De Jong Gierveld 11 and 6 items in either answer format,
 * LSNS-6 with the organisation's threshold, and the Schalock self-rating (not validated). Raw answers are stored; an
 * unfinished questionnaire stays a draft with every answer given so far; results are computed by the scoring engine.
 * Scores over time stand beside the figures of the map version nearest in time.
 */
@Service
@Transactional
public class OutcomeManagement {

    private final Measurements measurements;
    private final StepTemplates settings;
    private final TrajectoryAccess access;
    private final NetworkMapManagement maps;
    private final AuditTrail audit;
    private final Clock clock;

    OutcomeManagement(
            Measurements measurements,
            StepTemplates settings,
            TrajectoryAccess access,
            NetworkMapManagement maps,
            AuditTrail audit,
            Clock clock) {
        this.measurements = measurements;
        this.settings = settings;
        this.access = access;
        this.maps = maps;
        this.audit = audit;
        this.clock = clock;
    }

    /** What was filled in; {@code complete} false keeps it as a draft. */
    public record Filled(
            Instrument instrument,
            LonelinessAnswerFormat format,
            LocalDate measuredOn,
            Map<String, String> answers,
            boolean complete) {}

    /**
     * Stores a new measurement ({@code measurement} null) or changes a draft as read at {@code version} (ignored for
     * a new one). A finished one cannot change.
     *
     * @throws Refusal naming the field: an answer the questionnaire does not offer, a missing or future
     *         date, a De Jong Gierveld form without its answer format, a questionnaire finished without one answer
     * @throws VersionConflict when the draft was saved or finished by someone else since it was read
     */
    public UUID save(UUID trajectory, UUID measurement, int version, Filled filled) {
        Trajectories.Head head = access.open(trajectory);
        SignedInUser me = Tenancy.requireUser();
        if (filled.instrument() == null) {
            throw new Refusal("instrument", "coaching.field.required");
        }
        if (Answers.loneliness(filled.instrument()) && filled.format() == null) {
            throw new Refusal("format", "coaching.format.missing");
        }
        if (filled.measuredOn() == null) {
            throw new Refusal("measuredOn", "date.required");
        }
        DateRange.PAST.check("measuredOn", filled.measuredOn(), LocalDate.now(clock));
        Map<String, String> answers = Answers.checked(filled.instrument(), filled.format(), filled.answers());
        if (filled.complete() && answers.isEmpty()) {
            // every figure of every instrument would be missing (docs/instruments.md): a finished questionnaire
            // without one answer measures nothing; a draft may still be empty
            throw new Refusal("answers", "coaching.answers.none");
        }
        Integer threshold = filled.instrument() == Instrument.LSNS_6
                ? settings.settings(head.organisation()).lsnsAtRiskBelow()
                : null;
        String format =
                Answers.loneliness(filled.instrument()) ? filled.format().name() : null;
        if (measurement == null) {
            UUID id = UUID.randomUUID();
            measurements.insert(
                    new Measurements.Stored(
                            id,
                            trajectory,
                            filled.instrument(),
                            format,
                            filled.measuredOn(),
                            filled.complete(),
                            threshold,
                            answers,
                            0),
                    head.organisation(),
                    me.accountId(),
                    clock.instant());
            audit.record(
                    Action.CREATE,
                    TrajectoryManagement.SUBJECT,
                    List.of(head.participant().value()));
            return id;
        }
        Measurements.Stored existing = stored(trajectory, measurement);
        requireDraftOf(existing, filled.instrument());
        if (existing.version() != version) {
            throw new VersionConflict("trajectory.conflict.questionnaire");
        }
        if (!measurements.updateDraft(
                new Measurements.Stored(
                        measurement,
                        trajectory,
                        filled.instrument(),
                        format,
                        filled.measuredOn(),
                        filled.complete(),
                        threshold,
                        answers,
                        version),
                head.organisation(),
                clock.instant())) {
            throw new VersionConflict("trajectory.conflict.questionnaire");
        }
        audit.record(
                Action.UPDATE,
                TrajectoryManagement.SUBJECT,
                List.of(head.participant().value()));
        return measurement;
    }

    /**
     * A draft can be saved again, as the same questionnaire: a finished one cannot change, and a draft sent as another
     * instrument is refused on {@code instrument}.
     */
    static void requireDraftOf(Measurements.Stored existing, Instrument instrument) {
        if (existing.complete()) {
            throw new Refusal("measurement", "coaching.measurement.finished");
        }
        if (existing.instrument() != instrument) {
            throw new Refusal("instrument", "coaching.measurement.otherInstrument");
        }
    }

    public MeasurementView get(UUID trajectory, UUID measurement) {
        Trajectories.Head head = access.workable(trajectory);
        MeasurementView view = Answers.view(stored(trajectory, measurement));
        audit.record(
                Action.READ,
                TrajectoryManagement.SUBJECT,
                List.of(head.participant().value()));
        return view;
    }

    /** Every measurement of one instrument's first and last finished administration, with the change between them. */
    public record InstrumentChange(
            Instrument instrument, MeasurementView first, MeasurementView last, MeasurementChange change) {}

    /**
     * All measurements in date order (finished ones with the figures of the map version nearest in time), and per
     * instrument the first and last finished one side by side.
     * {@code network} holds the figures of every version of the participant's map, oldest first: the network's
     * size and support functions over time.
     */
    public record Outcomes(
            List<MeasurementView> measurements, List<InstrumentChange> changes, List<NetworkFigures> network) {

        public List<MeasurementView> drafts() {
            return measurements.stream().filter(m -> !m.complete()).toList();
        }

        public List<MeasurementView> finished() {
            return measurements.stream().filter(MeasurementView::complete).toList();
        }

        /** The finished measurements of each validated (scored) instrument, in date order: one chart each. */
        public Map<Instrument, List<MeasurementView>> scoredOverTime() {
            Map<Instrument, List<MeasurementView>> scored = finishedByInstrument(measurements);
            scored.keySet().removeIf(instrument -> !instrument.validated());
            return scored;
        }
    }

    public Outcomes outcomes(UUID trajectory) {
        Trajectories.Head head = access.workable(trajectory);
        audit.record(
                Action.READ,
                TrajectoryManagement.SUBJECT,
                List.of(head.participant().value()));
        List<NetworkFigures> network = maps.history(head.participant()).stream()
                .map(v -> NetworkFigures.of(v.summary().id(), v.summary().takenAt(), v.map(), head.participant()))
                .toList();
        List<MeasurementView> views = new ArrayList<>();
        for (Measurements.Stored stored : measurements.ofTrajectory(trajectory)) {
            MeasurementView view = Answers.view(stored);
            if (view.complete() && !network.isEmpty()) {
                view = view.withNearestMap(nearest(network, stored.measuredOn(), clock.getZone()));
            }
            views.add(view);
        }
        return new Outcomes(List.copyOf(views), changes(views), network);
    }

    /** The finished measurements per instrument, in the order given (date order). */
    static Map<Instrument, List<MeasurementView>> finishedByInstrument(List<MeasurementView> views) {
        Map<Instrument, List<MeasurementView>> byInstrument = new LinkedHashMap<>();
        views.stream()
                .filter(MeasurementView::complete)
                .forEach(v -> byInstrument
                        .computeIfAbsent(v.instrument(), k -> new ArrayList<>())
                        .add(v));
        return byInstrument;
    }

    static List<InstrumentChange> changes(List<MeasurementView> views) {
        List<InstrumentChange> changes = new ArrayList<>();
        finishedByInstrument(views).forEach((instrument, list) -> {
            if (list.size() >= 2) {
                MeasurementView first = list.get(0);
                MeasurementView last = list.get(list.size() - 1);
                changes.add(new InstrumentChange(
                        instrument,
                        first,
                        last,
                        first.measurement() == null
                                ? null
                                : MeasurementChange.between(first.measurement(), last.measurement())));
            }
        });
        return List.copyOf(changes);
    }

    /**
     * The version nearest the measurement. A measurement is dated by day, so it stands for the whole day: versions
     * taken that day are all at distance nought, and of those the latest counts, as the network stood once the day's
     * session was done. Otherwise the nearest in time to that day counts.
     */
    static NetworkFigures nearest(List<NetworkFigures> versions, LocalDate day, ZoneId zone) {
        Instant dayStarts = day.atStartOfDay(zone).toInstant();
        Instant dayEnds = day.plusDays(1).atStartOfDay(zone).toInstant();
        return versions.stream()
                .min(Comparator.comparing((NetworkFigures v) -> distance(v.takenAt(), dayStarts, dayEnds))
                        .thenComparing(NetworkFigures::takenAt, Comparator.reverseOrder()))
                .orElseThrow();
    }

    private static Duration distance(Instant moment, Instant from, Instant until) {
        if (moment.isBefore(from)) {
            return Duration.between(moment, from);
        }
        return moment.isBefore(until) ? Duration.ZERO : Duration.between(until, moment);
    }

    private Measurements.Stored stored(UUID trajectory, UUID measurement) {
        return measurements.ofTrajectory(trajectory).stream()
                .filter(m -> m.id().equals(measurement))
                .findFirst()
                .orElseThrow(() -> new NotFound("Measurement"));
    }
}
