package be.brugwerk.matching.web;

import be.brugwerk.matching.engine.Gender;
import be.brugwerk.matching.engine.LanguageLevel;
import java.util.ArrayList;
import java.util.List;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every intake form offers to choose from: the weekly moments, the language levels and the genders. */
@ControllerAdvice(
        assignableTypes = {WaitingListController.class, ProgrammeBuddyController.class, SignUpController.class})
class IntakeChoices {

    @ModelAttribute("slots")
    List<String> slots() {
        return PersonForm.slots();
    }

    /** Mother tongue first, then A1 to C2: the order a coordinator asks about a language in. */
    @ModelAttribute("languageLevels")
    List<LanguageLevel> languageLevels() {
        List<LanguageLevel> levels = new ArrayList<>(List.of(LanguageLevel.values()));
        levels.remove(LanguageLevel.NATIVE);
        levels.add(0, LanguageLevel.NATIVE);
        return levels;
    }

    @ModelAttribute("genders")
    Gender[] genders() {
        return Gender.values();
    }
}
