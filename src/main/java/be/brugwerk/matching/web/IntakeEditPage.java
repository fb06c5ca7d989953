package be.brugwerk.matching.web;

import be.brugwerk.matching.programme.ProgrammeManagement;
import java.util.UUID;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * The edit page of an intake, which a waiting participant's ({@link WaitingListController}) and a buddy's
 * ({@link ProgrammeBuddyController}) share: one template, told where to post and whose intake it is.
 */
@Component
class IntakeEditPage {

    private final ProgrammeManagement programmes;

    IntakeEditPage(ProgrammeManagement programmes) {
        this.programmes = programmes;
    }

    /** The edit page of an intake, posting to {@code action} (a buddy's when it lies under /buddies). */
    String show(UUID id, String person, PersonForm form, String action, Model model) {
        model.addAttribute("programme", programmes.get(id));
        model.addAttribute("person", person);
        model.addAttribute("buddy", action.contains("/buddies/"));
        model.addAttribute("action", action);
        model.addAttribute("editing", true);
        model.addAttribute("form", form);
        return "programmes/intake-edit";
    }
}
