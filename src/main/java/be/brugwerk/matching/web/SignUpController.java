package be.brugwerk.matching.web;

import be.brugwerk.matching.programme.BuddySignUp;
import be.brugwerk.matching.programme.BuddySignUp.OpenProgramme;
import be.brugwerk.matching.programme.Intake;
import be.brugwerk.system.NotFound;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * The public sign-up form of a programme, without signing in. Rate-limited per address; a honeypot field; the same
 * answer whether the address is known or not.
 */
@Controller
@RequestMapping("/join/{programmeId}")
class SignUpController {

    private final BuddySignUp signUp;

    SignUpController(BuddySignUp signUp) {
        this.signUp = signUp;
    }

    @GetMapping
    String form(@PathVariable UUID programmeId, Model model) {
        OpenProgramme programme = open(programmeId);
        model.addAttribute("programme", programme);
        model.addAttribute("maxCapacity", signUp.maxCapacity(programme));
        model.addAttribute("form", PersonForm.empty());
        return "join/form";
    }

    @PostMapping
    String apply(
            @PathVariable UUID programmeId,
            @Valid @ModelAttribute("form") PersonForm form,
            BindingResult errors,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        OpenProgramme programme = open(programmeId);
        model.addAttribute("programme", programme);
        model.addAttribute("maxCapacity", signUp.maxCapacity(programme));
        if (!signUp.attempt(programme, request.getRemoteAddr())) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            return "join/later";
        }
        if (form.website() != null && !form.website().isBlank()) {
            return "join/thanks"; // a robot filled in the field people never see: the same answer, nothing stored
        }
        form.checkNameAndEmail(errors);
        int capacity = form.capacity(errors, (Integer) model.getAttribute("maxCapacity"));
        if (!Boolean.TRUE.equals(form.consent())) {
            errors.rejectValue("consent", "matching.buddy.consent.required");
        }
        Intake intake = form.intake(errors, false, false);
        if (errors.hasErrors()) {
            return "join/form";
        }
        signUp.apply(programme, form.name(), form.email(), capacity, intake);
        return "join/thanks";
    }

    private OpenProgramme open(UUID programmeId) {
        return signUp.programme(programmeId).orElseThrow(() -> new NotFound("Programme"));
    }
}
