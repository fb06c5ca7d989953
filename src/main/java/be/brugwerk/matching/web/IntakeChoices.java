package be.brugwerk.matching.web;

import java.util.List;

import be.brugwerk.matching.engine.Gender;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every intake form offers to choose from: the weekly moments and the genders. */
@ControllerAdvice(assignableTypes = { ProgrammeController.class, SignUpController.class })
class IntakeChoices {

    @ModelAttribute("slots")
    List<String> slots() {
        return PersonForm.slots();
    }

    @ModelAttribute("genders")
    Gender[] genders() {
        return Gender.values();
    }
}
