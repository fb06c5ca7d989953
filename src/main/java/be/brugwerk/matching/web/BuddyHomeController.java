package be.brugwerk.matching.web;

import be.brugwerk.matching.programme.BuddyHomes;
import be.brugwerk.matching.programme.BuddyView;
import be.brugwerk.matching.programme.ProgrammeManagement;
import be.brugwerk.neighbourhood.Geocoder;
import be.brugwerk.places.LocatedBy;
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
 * The page where a programme's coordinator sets where a buddy lives, for real distances in the matching: the point on a
 * map (its table beside it as the list view), found by the buddy's address through the organisation's own geocoder or
 * picked on the map; removing it. A refused form, or a point changed by someone else meanwhile (409), comes back with
 * what was typed and the message beside the field. The API twin is {@link BuddyHomeApiController}.
 */
@Controller
@RequestMapping("/programmes/{id}/buddies/{buddyId}/home")
@PreAuthorize("hasRole('COORDINATOR')")
class BuddyHomeController implements PathAccess {

    private final BuddyHomes homes;
    private final ProgrammeManagement programmes;
    private final MessageSource messages;

    BuddyHomeController(BuddyHomes homes, ProgrammeManagement programmes, MessageSource messages) {
        this.homes = homes;
        this.programmes = programmes;
        this.messages = messages;
    }

    /** The programme and buddy the path names: one the person coordinates and its own buddy, or 404 before the form. */
    @Override
    public void checkAccess(Path path) {
        homes.checkAccess(path.id("id").orElseThrow(), path.id("buddyId").orElseThrow());
    }

    /**
     * The form: the address to look up (never kept), the geocoder's candidate chosen ("latitude longitude", or empty),
     * the point picked on the map, and the version read.
     */
    record HomeForm(
            String street,
            String houseNumber,
            String postcode,
            String municipality,
            String candidate,
            String latitude,
            String longitude,
            String version) {

        static HomeForm of(BuddyView buddy) {
            return new HomeForm(
                    null,
                    null,
                    null,
                    null,
                    null,
                    buddy.home() == null ? null : Double.toString(buddy.home().latitude()),
                    buddy.home() == null ? null : Double.toString(buddy.home().longitude()),
                    Integer.toString(buddy.homeVersion()));
        }

        boolean geocoded() {
            return candidate != null && !candidate.isBlank();
        }

        /** The chosen candidate's coordinate {@code index} (0 latitude, 1 longitude), else the one picked; or null. */
        Double coordinate(int index) {
            String value;
            if (geocoded()) {
                String[] point = candidate.strip().split(" ", 2);
                value = index < point.length ? point[index] : null;
            } else {
                value = index == 0 ? latitude : longitude;
            }
            if (value == null || value.isBlank()) {
                return null;
            }
            try {
                return Double.valueOf(value.strip());
            } catch (NumberFormatException notANumber) {
                throw Refusal.tampered("latitude", "geo.unreadable"); // the map fills these fields, nobody types them
            }
        }

        int readVersion() {
            try {
                return Integer.parseInt(version == null ? "" : version.strip());
            } catch (NumberFormatException notANumber) {
                throw Refusal.tampered("version", "input.version.required");
            }
        }

        HomeForm atVersion(int current) {
            return new HomeForm(
                    street,
                    houseNumber,
                    postcode,
                    municipality,
                    candidate,
                    latitude,
                    longitude,
                    Integer.toString(current));
        }
    }

    /** What is wrong with the form: the field at fault (empty for the form as a whole) and why. */
    record Problem(String field, String message) {}

    @GetMapping
    String page(@PathVariable UUID id, @PathVariable UUID buddyId, Model model) {
        BuddyView buddy = homes.get(id, buddyId);
        return show(id, buddy, HomeForm.of(buddy), model);
    }

    @PostMapping
    String set(
            @PathVariable UUID id,
            @PathVariable UUID buddyId,
            @ModelAttribute("form") HomeForm form,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        try {
            homes.set(
                    id,
                    buddyId,
                    form.coordinate(0),
                    form.coordinate(1),
                    form.geocoded() ? LocatedBy.GEOCODER : LocatedBy.PICKED,
                    form.readVersion());
            redirect.addFlashAttribute("notice", "matching.buddyHome.saved");
            return "redirect:/programmes/" + id + "/buddies/" + buddyId + "/home";
        } catch (Refusal refused) {
            model.addAttribute("refusal", refused); // a tampered one answers 400 (RefusedPageStatus)
            model.addAttribute("problem", problem(refused, locale));
            return show(id, homes.get(id, buddyId), form, model);
        } catch (VersionConflict conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            BuddyView now = homes.get(id, buddyId);
            model.addAttribute(
                    "problem",
                    new Problem("", messages.getMessage("matching.buddyHome.changedMeanwhile", null, locale)));
            return show(id, now, form.atVersion(now.homeVersion()), model);
        }
    }

    /**
     * Looks the typed address up with the organisation's own geocoder and shows the page again with what was typed and
     * the candidates; when there is none, or it fails, the page says so and the point is picked on the map.
     */
    @PostMapping("/lookup")
    String lookup(
            @PathVariable UUID id,
            @PathVariable UUID buddyId,
            @ModelAttribute("form") HomeForm form,
            Model model,
            Locale locale) {
        try {
            Geocoder.Lookup lookup =
                    homes.lookup(id, buddyId, form.street(), form.houseNumber(), form.postcode(), form.municipality());
            model.addAttribute("lookup", lookup);
        } catch (Refusal refused) {
            model.addAttribute("refusal", refused);
            model.addAttribute("problem", problem(refused, locale));
        }
        return show(id, homes.get(id, buddyId), form, model);
    }

    @PostMapping("/remove")
    String remove(
            @PathVariable UUID id,
            @PathVariable UUID buddyId,
            @RequestParam(defaultValue = "0") int version,
            RedirectAttributes redirect) {
        try {
            homes.remove(id, buddyId, version);
            redirect.addFlashAttribute("notice", "matching.buddyHome.removed");
        } catch (VersionConflict conflict) {
            redirect.addFlashAttribute("notice", "matching.buddyHome.changedMeanwhile");
        }
        return "redirect:/programmes/" + id + "/buddies/" + buddyId + "/home";
    }

    private String show(UUID programme, BuddyView buddy, HomeForm form, Model model) {
        model.addAttribute("programme", programmes.get(programme));
        model.addAttribute("buddy", buddy);
        model.addAttribute("geocoder", homes.geocoderAvailable());
        model.addAttribute("form", form);
        return "programmes/buddy-home";
    }

    private Problem problem(Refusal refused, Locale locale) {
        return new Problem(
                refused.field() == null ? "" : refused.field(),
                messages.getMessage(refused.messageKey(), refused.arguments(), locale));
    }
}
