package be.brugwerk.coaching.web;

import be.brugwerk.coaching.CoachingOrganisation;
import be.brugwerk.coaching.CoachingSettings;
import be.brugwerk.coaching.TemplateStep;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.StaleWrites;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.ArrayList;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation's coaching over JSON, as its page under {@code /coaching} sets it: the settings (the LSNS-6
 * threshold, when a trajectory counts as stuck) and the step plan that new trajectories start with. Both are read at
 * a version; a stale save answers 409 with {@code currentVersion}.
 */
@RestController
@RequestMapping("/api/v1/coaching")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ORGANISATION_ADMIN')")
class CoachingOrganisationApiController {

    private final CoachingOrganisation organisation;

    CoachingOrganisationApiController(CoachingOrganisation organisation) {
        this.organisation = organisation;
    }

    record Settings(
            @Schema(description = "an LSNS-6 total below it counts as at risk of social isolation: 1 to 31")
            Integer lsnsAtRiskBelow,

            @Schema(description = "weeks without a session after which a trajectory counts as stuck: 1 to 52")
            Integer stuckAfterWeeks,

            @Schema(description = "the settings' version that was read", requiredMode = Schema.RequiredMode.REQUIRED)
            String version) {}

    @GetMapping("/settings")
    @Operation(summary = "The organisation's coaching settings, with their version")
    Settings settings() {
        CoachingSettings settings = organisation.settings();
        return new Settings(
                settings.lsnsAtRiskBelow(),
                settings.stuckAfterWeeks(),
                Integer.toString(organisation.settingsVersion()));
    }

    @PutMapping("/settings")
    @Operation(summary = "Save the organisation's coaching settings", description = StaleWrites.STALE)
    ResponseEntity<Void> saveSettings(@RequestBody Settings settings) {
        int version = StaleWrites.required(settings.version());
        CoachingSettings saved = new CoachingSettings(
                required("lsnsAtRiskBelow", settings.lsnsAtRiskBelow(), "coaching.settings.lsnsRange"),
                required("stuckAfterWeeks", settings.stuckAfterWeeks(), "coaching.settings.weeksRange"));
        StaleWrites.write(() -> organisation.saveSettings(saved, version), organisation::settingsVersion);
        return ResponseEntity.noContent().build();
    }

    record Step(
            @Schema(description = "the number (1 to 10) of the default step it stems from; none for a step of its own")
            Integer defaultStep,

            @Schema(description = "the organisation's own name; none to keep the default step's name")
            String name) {}

    record StepPlan(
            @Schema(description = "the steps in their order")
            List<Step> steps,

            @Schema(description = "the step plan's version that was read", requiredMode = Schema.RequiredMode.REQUIRED)
            String version) {}

    @GetMapping("/steps")
    @Operation(summary = "The step plan new trajectories start with, with its version")
    StepPlan steps() {
        return new StepPlan(
                organisation.template().stream()
                        .map(step -> new Step(step.defaultStep(), step.name()))
                        .toList(),
                Integer.toString(organisation.templateVersion()));
    }

    @PutMapping("/steps")
    @Operation(
            summary = "Replace the step plan new trajectories start with",
            description = "Running trajectories keep their own plan. A step needs a default step or a name. "
                    + StaleWrites.STALE)
    ResponseEntity<Void> saveSteps(@RequestBody StepPlan plan) {
        int version = StaleWrites.required(plan.version());
        List<TemplateStep> steps = new ArrayList<>();
        List<Step> sent = plan.steps() == null ? List.of() : plan.steps();
        for (int i = 0; i < sent.size(); i++) {
            Step step = sent.get(i);
            if (step == null) {
                throw new Refusal("steps[" + i + "]", "coaching.template.nameRequired");
            }
            steps.add(new TemplateStep(i, step.defaultStep(), step.name()));
        }
        StaleWrites.write(() -> organisation.saveTemplate(steps, version), organisation::templateVersion);
        return ResponseEntity.noContent().build();
    }

    private static int required(String field, Integer value, String messageKey) {
        if (value == null) {
            throw new Refusal(field, messageKey);
        }
        return value;
    }
}
