package be.brugwerk.coaching.web;

import be.brugwerk.coaching.CoachingOrganisation;
import be.brugwerk.coaching.CoachingSettings;
import be.brugwerk.coaching.SmallNumbers;
import be.brugwerk.coaching.TemplateStep;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Coaching for the organisation (coordinator, organisation admin): the aggregated view, the settings, the step plan
 * template; and for the coordinator where coaches are stuck.
 */
@Controller
@RequestMapping("/coaching")
@PreAuthorize("hasAnyRole('COORDINATOR', 'ORGANISATION_ADMIN')")
class CoachingOrganisationController {

    private final CoachingOrganisation organisation;

    CoachingOrganisationController(CoachingOrganisation organisation) {
        this.organisation = organisation;
    }

    @GetMapping("/organisation")
    String overview(Model model) {
        model.addAttribute("overview", organisation.overview());
        model.addAttribute("minimum", SmallNumbers.MINIMUM);
        if (organisation.maySupervise()) {
            model.addAttribute("supervision", organisation.supervision());
        }
        CoachingSettings settings = organisation.settings();
        if (!model.containsAttribute("lsnsAtRiskBelow")) {
            model.addAttribute("lsnsAtRiskBelow", Integer.toString(settings.lsnsAtRiskBelow()));
            model.addAttribute("stuckAfterWeeks", Integer.toString(settings.stuckAfterWeeks()));
        }
        model.addAttribute("settingsVersion", organisation.settingsVersion());
        model.addAttribute("settings", settings);
        return "coaching/organisation";
    }

    @PostMapping("/settings")
    String saveSettings(
            @RequestParam(defaultValue = "") String lsnsAtRiskBelow,
            @RequestParam(defaultValue = "") String stuckAfterWeeks,
            @RequestParam(name = "version", required = false) String version,
            Model model,
            RedirectAttributes redirect) {
        try {
            organisation.saveSettings(
                    new CoachingSettings(
                            FormValues.number("lsnsAtRiskBelow", lsnsAtRiskBelow, "coaching.settings.lsnsRange"),
                            FormValues.number("stuckAfterWeeks", stuckAfterWeeks, "coaching.settings.weeksRange")),
                    FormValues.version(version));
            redirect.addFlashAttribute("notice", "coaching.settings.saved");
            return "redirect:/coaching/organisation";
        } catch (Refusal refused) {
            model.addAttribute("refused", refused);
        } catch (VersionConflict conflict) {
            PageStatus.set(HttpStatus.CONFLICT);
            model.addAttribute("refused", new Refusal("version", "coaching.settings.changedMeanwhile"));
        }
        model.addAttribute("lsnsAtRiskBelow", lsnsAtRiskBelow);
        model.addAttribute("stuckAfterWeeks", stuckAfterWeeks);
        return overview(model);
    }

    @GetMapping("/steps")
    String template(Model model) {
        model.addAttribute("steps", organisation.template());
        model.addAttribute("templateVersion", organisation.templateVersion());
        return "coaching/steps";
    }

    /**
     * The template as edited: per row {@code position.<i>}, {@code name.<i>}, {@code default.<i>} and
     * {@code remove.<i>}; a row {@code new} adds a step when its name is filled in.
     */
    @PostMapping("/steps")
    String saveTemplate(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
        List<TemplateStep> steps = new ArrayList<>();
        try {
            for (int i = 0; params.containsKey("position." + i); i++) {
                if (params.containsKey("remove." + i)) {
                    continue;
                }
                String defaultStep = params.getOrDefault("default." + i, "");
                steps.add(new TemplateStep(
                        FormValues.number("position." + i, params.get("position." + i), "coaching.template.position"),
                        defaultStep.isBlank()
                                ? null
                                : FormValues.number("default." + i, defaultStep, "coaching.template.position"),
                        params.get("name." + i)));
            }
            String added = params.getOrDefault("name.new", "");
            if (!added.isBlank()) {
                steps.add(new TemplateStep(
                        FormValues.number("position.new", params.get("position.new"), "coaching.template.position"),
                        null,
                        added));
            }
            organisation.saveTemplate(steps, FormValues.version(params.get("version")));
            redirect.addFlashAttribute("notice", "coaching.template.saved");
            return "redirect:/coaching/steps";
        } catch (Refusal refused) {
            model.addAttribute("refused", refused);
            model.addAttribute("typed", params);
        } catch (VersionConflict conflict) {
            // the rows may differ now (added, removed): the plan as stored is shown, the message asks to redo it
            PageStatus.set(HttpStatus.CONFLICT);
            model.addAttribute("refused", new Refusal("version", "coaching.template.changedMeanwhile"));
        }
        model.addAttribute("steps", organisation.template());
        model.addAttribute("templateVersion", organisation.templateVersion());
        return "coaching/steps";
    }
}
