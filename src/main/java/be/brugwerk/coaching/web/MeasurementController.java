package be.brugwerk.coaching.web;

import be.brugwerk.coaching.MeasurementView;
import be.brugwerk.coaching.OutcomeManagement;
import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.scoring.Instrument;
import be.brugwerk.coaching.scoring.LonelinessAnswerFormat;
import be.brugwerk.coaching.scoring.LonelinessCategory;
import be.brugwerk.coaching.scoring.LonelinessScale;
import be.brugwerk.coaching.scoring.LsnsAnswer;
import be.brugwerk.coaching.scoring.LsnsItem;
import be.brugwerk.coaching.scoring.QualityOfLifeDomain;
import be.brugwerk.coaching.scoring.SchalockSelfRating;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.system.DateInput;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Outcome questionnaires in a trajectory: fill one in (or keep it as a draft), see its result, and the scores over
 * time beside the network figures. Answers arrive as {@code a.<ITEM>} parameters.
 */
@Controller
@RequestMapping("/trajectories/{id}")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class MeasurementController implements PathAccess {

    private static final String ANSWER = "a.";

    private final OutcomeManagement outcomes;
    private final TrajectoryManagement trajectories;

    MeasurementController(OutcomeManagement outcomes, TrajectoryManagement trajectories) {
        this.outcomes = outcomes;
        this.trajectories = trajectories;
    }

    /** The trajectory of the path: reachable, or 404 before the questionnaire's answers are read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(trajectories::checkAccess);
    }

    @GetMapping("/outcomes")
    String overTime(@PathVariable UUID id, Model model) {
        model.addAttribute("trajectory", trajectories.get(id));
        model.addAttribute("outcomes", outcomes.outcomes(id));
        model.addAttribute("instruments", Instrument.values());
        model.addAttribute("formats", LonelinessAnswerFormat.values());
        model.addAttribute("categoryNote", LonelinessCategory.NOTE_KEY);
        model.addAttribute("supportFunctions", SupportFunction.values());
        return "trajectories/outcomes";
    }

    @GetMapping("/measurements/new")
    String newMeasurement(
            @PathVariable UUID id,
            @RequestParam Instrument instrument,
            @RequestParam(name = "format", required = false) LonelinessAnswerFormat format,
            Model model) {
        MeasurementView blank = new MeasurementView(
                null,
                id,
                instrument,
                format == null && isLoneliness(instrument) ? LonelinessAnswerFormat.THREE_CATEGORIES : format,
                null,
                false,
                Map.of(),
                null,
                null,
                null,
                null,
                null,
                0);
        return form(id, blank, "", model);
    }

    @PostMapping("/measurements")
    String create(
            @PathVariable UUID id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        return save(id, null, params, model, redirect);
    }

    @GetMapping("/measurements/{measurement}")
    String show(@PathVariable UUID id, @PathVariable UUID measurement, Model model) {
        MeasurementView view = outcomes.get(id, measurement);
        if (!view.complete()) {
            return form(id, view, view.measuredOn().toString(), model);
        }
        model.addAttribute("measurement", view);
        model.addAttribute("categoryNote", LonelinessCategory.NOTE_KEY);
        addQuestions(view, model);
        model.addAttribute("answered", answered(view));
        return "trajectories/measurement";
    }

    @PostMapping("/measurements/{measurement}")
    String update(
            @PathVariable UUID id,
            @PathVariable UUID measurement,
            @RequestParam Map<String, String> params,
            Model model,
            RedirectAttributes redirect) {
        return save(id, measurement, params, model, redirect);
    }

    /**
     * Saves what was filled in. A post no form of ours sends (no or an unknown instrument or answer format: a
     * tampered request) answers 400 with the questionnaire shown again and the message on top; a draft someone else
     * saved since it was read answers 409, with the answers as typed still in the form.
     */
    private String save(
            UUID id, UUID measurement, Map<String, String> params, Model model, RedirectAttributes redirect) {
        Instrument instrument;
        Refusal tampered = null;
        try {
            instrument = FormValues.choice(Instrument.class, "instrument", params.get("instrument"));
        } catch (Refusal refused) {
            if (measurement == null) { // no questionnaire to show again: the list of questionnaires says why
                PageStatus.set(HttpStatus.BAD_REQUEST);
                model.addAttribute("refused", new Refusal("instrument", "coaching.instrument.unknown"));
                return overTime(id, model);
            }
            instrument = outcomes.get(id, measurement).instrument();
            tampered = refused;
        }
        LonelinessAnswerFormat format = null;
        String typedFormat = params.get("format");
        if (typedFormat != null && !typedFormat.isBlank()) {
            try {
                format = FormValues.choice(LonelinessAnswerFormat.class, "format", typedFormat);
            } catch (Refusal refused) {
                format = null; // the service refuses a loneliness form without one, naming the field
            }
        }
        Map<String, String> answers = new LinkedHashMap<>();
        params.forEach((name, value) -> {
            if (name.startsWith(ANSWER)) {
                answers.put(name.substring(ANSWER.length()), value);
            }
        });
        boolean complete = "finish".equals(params.get("save"));
        int version = FormValues.version(params.get("version"));
        try {
            if (tampered != null) {
                throw tampered;
            }
            UUID saved = outcomes.save(
                    id,
                    measurement,
                    version,
                    new OutcomeManagement.Filled(
                            instrument,
                            format,
                            DateInput.required("measuredOn", params.get("measuredOn")),
                            answers,
                            complete));
            redirect.addFlashAttribute("notice", complete ? "measurement.finished" : "measurement.draftSaved");
            return "redirect:/trajectories/" + id + "/measurements/" + saved;
        } catch (Refusal refused) {
            // the page shows the form again in three categories when the format was missing, and says so
            model.addAttribute(
                    "refused",
                    refused.field().equals("format") ? new Refusal("format", "coaching.format.required") : refused);
            if (refused.field().equals("format") || refused.field().equals("instrument")) {
                PageStatus.set(HttpStatus.BAD_REQUEST); // only a tampered post lacks these
            }
        } catch (VersionConflict conflict) {
            PageStatus.set(HttpStatus.CONFLICT);
            model.addAttribute("refused", new Refusal("version", "measurement.changedMeanwhile"));
            version = outcomes.get(id, measurement).version(); // saving again replaces theirs, knowingly
        }
        if (format == null && isLoneliness(instrument)) {
            format = LonelinessAnswerFormat.THREE_CATEGORIES; // shown again in the default format, the message says so
        }
        MeasurementView typed = new MeasurementView(
                measurement, id, instrument, format, null, false, answers, null, null, null, null, null, version);
        return form(id, typed, params.getOrDefault("measuredOn", ""), model);
    }

    private String form(UUID id, MeasurementView measurement, String measuredOn, Model model) {
        model.addAttribute("trajectory", trajectories.get(id));
        model.addAttribute("measurement", measurement);
        model.addAttribute("measuredOn", measuredOn);
        addQuestions(measurement, model);
        return "trajectories/questionnaire";
    }

    private static void addQuestions(MeasurementView measurement, Model model) {
        model.addAttribute("questions", questions(measurement));
    }

    /** Every question with the answer given (or none) and its label: what a participant reads back. */
    static List<Answered> answered(MeasurementView view) {
        return questions(view).stream()
                .map(q -> {
                    String given = view.answers().get(q.item());
                    String label = q.choices().stream()
                            .filter(c -> c.value().equals(given))
                            .map(Choice::labelKey)
                            .filter(java.util.Objects::nonNull)
                            .findFirst()
                            .orElse(null);
                    return new Answered(q.leadInKey(), q.textKey(), given, label);
                })
                .toList();
    }

    static List<Question> questions(MeasurementView measurement) {
        Instrument instrument = measurement.instrument();
        if (isLoneliness(instrument)) {
            LonelinessScale scale = instrument == Instrument.DE_JONG_GIERVELD_11
                    ? LonelinessScale.ELEVEN_ITEMS
                    : LonelinessScale.SIX_ITEMS;
            LonelinessAnswerFormat format = measurement.format();
            return scale.items().stream()
                    .map(item -> new Question(
                            item.name(),
                            null,
                            scale.textKey(item),
                            format.answers().stream()
                                    .map(a -> new Choice(a.name(), format.labelKey(a)))
                                    .toList()))
                    .toList();
        } else if (instrument == Instrument.LSNS_6) {
            return java.util.Arrays.stream(LsnsItem.values())
                    .map(item -> new Question(
                            item.name(),
                            item.leadInKey(),
                            item.textKey(),
                            java.util.Arrays.stream(LsnsAnswer.values())
                                    .map(a -> new Choice(a.name(), a.labelKey()))
                                    .toList()))
                    .toList();
        } else {
            List<Choice> ratings = java.util.stream.IntStream.rangeClosed(
                            SchalockSelfRating.VERY_DISSATISFIED, SchalockSelfRating.VERY_SATISFIED)
                    .mapToObj(r -> new Choice(
                            Integer.toString(r), SchalockSelfRating.labelKey(r).orElse(null)))
                    .toList();
            return java.util.Arrays.stream(QualityOfLifeDomain.values())
                    .map(d -> new Question(d.name(), d.nameKey(), d.questionKey(), ratings))
                    .toList();
        }
    }

    private static boolean isLoneliness(Instrument instrument) {
        return instrument == Instrument.DE_JONG_GIERVELD_11 || instrument == Instrument.DE_JONG_GIERVELD_6;
    }

    /** One question of a questionnaire: its item, an optional lead-in, its text and its answer choices. */
    record Question(String item, String leadInKey, String textKey, List<Choice> choices) {}

    /** A question with the answer given (null when unanswered) and that answer's label key, if it has one. */
    record Answered(String leadInKey, String textKey, String value, String labelKey) {}

    /** An answer choice; {@code labelKey} null means the value itself is the label (a rating 2..4). */
    record Choice(String value, String labelKey) {}
}
