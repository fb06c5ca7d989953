package be.brugwerk.places.web;

import be.brugwerk.neighbourhood.Address;
import be.brugwerk.neighbourhood.Geocoder;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.places.Going;
import be.brugwerk.places.LocatedBy;
import be.brugwerk.places.PlaceKind;
import be.brugwerk.places.PlaceManagement;
import be.brugwerk.places.PlaceManagement.EditPage;
import be.brugwerk.places.PlaceManagement.PlacesPage;
import be.brugwerk.places.Visits;
import be.brugwerk.places.Welcome;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The pages of a participant's places (buurtkaart van de burger): the map with the table of places beside it as its
 * list view and the form to add one by picking it on the map; a place's own form to change it; removing one. A refused
 * form, or a place changed by someone else meanwhile (409), comes back with everything typed and the message beside
 * the field. Whoever may see the participant's network map may use them.
 */
@Controller
@RequestMapping("/participants/{participant}/places")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class PlacesController implements PathAccess {

    private final PlaceManagement places;
    private final MessageSource messages;

    PlacesController(PlaceManagement places, MessageSource messages) {
        this.places = places;
        this.messages = messages;
    }

    /** The participant whose places the path names: one the person may work with, or 404 before the input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("participant").map(ParticipantId::new).ifPresent(places::checkAccess);
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("kinds", PlaceKind.values());
        model.addAttribute("goings", Going.values());
        model.addAttribute("visitsChoices", Visits.values());
        model.addAttribute("welcomes", Welcome.values());
    }

    /** What is wrong with the form, for the page: the field at fault (empty for the form as a whole) and why. */
    public record Problem(String field, String message) {}

    @GetMapping
    String page(@PathVariable ParticipantId participant, Model model) {
        return show(participant, PlaceForm.blank(), model);
    }

    @PostMapping
    String add(
            @PathVariable ParticipantId participant,
            @ModelAttribute("form") PlaceForm form,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            if (form.fromActor()) {
                places.addFromActor(participant, PlaceForm.actorId(form.actor()), form.input());
            } else {
                places.add(participant, form.input(), form.geocoded() ? LocatedBy.GEOCODER : LocatedBy.PICKED);
            }
            redirect.addFlashAttribute("notice", "places.added");
            return "redirect:/participants/" + participant + "/places";
        } catch (Refusal refused) {
            model.addAttribute("refusal", refused); // a tampered one answers 400 (RefusedPageStatus)
            model.addAttribute("problem", problem(refused, locale));
            return show(participant, form, model);
        }
    }

    /**
     * Looks the typed address up with the organisation's geocoder and shows the page again with everything typed and
     * the candidates to choose from; when there is no geocoder, or it fails, the page says so and the place is picked
     * on the map.
     */
    @PostMapping("/lookup")
    String lookup(
            @PathVariable ParticipantId participant,
            @ModelAttribute("form") PlaceForm form,
            Model model,
            Locale locale) {
        PlaceForm shown = form;
        try {
            Geocoder.Lookup lookup = places.lookup(
                    participant, form.kind(), form.street(), form.houseNumber(), form.postcode(), form.municipality());
            model.addAttribute("lookup", lookup);
            shown = form.withAddress(Address.of(form.street(), form.houseNumber(), form.postcode(), form.municipality())
                    .oneLine());
        } catch (Refusal refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("problem", problem(refused, locale));
        }
        return show(participant, shown, model);
    }

    @GetMapping("/{place}/edit")
    String edit(@PathVariable ParticipantId participant, @PathVariable UUID place, Model model) {
        EditPage page = places.editPage(participant, place);
        return showEdit(page, PlaceForm.of(page.place()), model);
    }

    @PostMapping("/{place}")
    String change(
            @PathVariable ParticipantId participant,
            @PathVariable UUID place,
            @ModelAttribute("form") PlaceForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        try {
            places.change(participant, place, form.readVersion(), form.input());
            redirect.addFlashAttribute("notice", "places.changed");
            return "redirect:/participants/" + participant + "/places";
        } catch (Refusal refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("problem", problem(refused, locale));
            return showEdit(places.editPage(participant, place), form, model);
        } catch (VersionConflict conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            EditPage page = places.editPage(participant, place);
            model.addAttribute(
                    "problem", new Problem("", messages.getMessage("places.changedMeanwhile", null, locale)));
            // what was typed stays; the form now names the current version, so saving again is a deliberate choice
            return showEdit(page, form.atVersion(page.place().version()), model);
        }
    }

    @PostMapping("/{place}/remove")
    String remove(
            @PathVariable ParticipantId participant,
            @PathVariable UUID place,
            @RequestParam(defaultValue = "0") int version,
            RedirectAttributes redirect) {
        try {
            places.remove(participant, place, version);
            redirect.addFlashAttribute("notice", "places.removed");
        } catch (VersionConflict conflict) {
            redirect.addFlashAttribute("notice", "places.changedMeanwhile");
        }
        return "redirect:/participants/" + participant + "/places";
    }

    private String show(ParticipantId participant, PlaceForm form, Model model) {
        PlacesPage page = places.page(participant);
        model.addAttribute("participant", page.participant());
        model.addAttribute("lines", page.places());
        model.addAttribute("members", page.members());
        model.addAttribute("actors", page.actors());
        model.addAttribute("geocoder", places.geocoderAvailable());
        model.addAttribute("form", form);
        return "places/places";
    }

    private String showEdit(EditPage page, PlaceForm form, Model model) {
        model.addAttribute("participant", page.participant());
        model.addAttribute("place", page.place());
        model.addAttribute("members", page.members());
        model.addAttribute("form", form);
        return "places/edit";
    }

    private Problem problem(Refusal refused, Locale locale) {
        return new Problem(
                refused.field() == null ? "" : refused.field(),
                messages.getMessage(refused.messageKey(), refused.arguments(), locale));
    }
}
