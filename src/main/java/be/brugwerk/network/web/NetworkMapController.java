package be.brugwerk.network.web;

import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.network.VersionSummary;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.DateDisplay;
import be.brugwerk.system.LocaleFragments;
import be.brugwerk.system.PathAccess;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import tools.jackson.databind.json.JsonMapper;

/**
 * The pages of a participant's network map: the editor (an SVG map and an equivalent list, saving to the working
 * copy through the JSON API as one goes), the analysis in plain words, the versions and their comparison, and a
 * printable map for the participant. Whoever may see the participant may use them; each request writes one audit
 * row. What each page shows is built by {@link NetworkMapPresenter}.
 */
@Controller
@RequestMapping("/participants/{participant}/map")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class NetworkMapController implements PathAccess {

    private final NetworkMapManagement maps;
    private final NetworkMapPresenter presenter;

    NetworkMapController(
            NetworkMapManagement maps,
            JsonMapper json,
            MessageSource messages,
            DateDisplay dates,
            MapPictures pictures,
            LocaleFragments fragments) {
        this.maps = maps;
        this.presenter = new NetworkMapPresenter(json, messages, dates::moment, pictures, fragments::html);
    }

    /** The participant whose map the path names: one the person may work with, or 404 before the input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("participant").map(ParticipantId::new).ifPresent(maps::checkAccess);
    }

    @GetMapping
    String editor(@PathVariable ParticipantId participant, Model model, Locale locale) {
        model.addAllAttributes(presenter.editor(maps.editorPage(participant), locale));
        return "network/editor";
    }

    /** Who changed the map last and when, for the editor's message after a refused (stale) save. */
    @GetMapping(path = "/last-change", produces = "application/json")
    @ResponseBody
    Map<String, Object> lastChange(@PathVariable ParticipantId participant) {
        return presenter.lastChange(maps.lastChange(participant));
    }

    @GetMapping("/analysis")
    String analysis(@PathVariable ParticipantId participant, Model model, Locale locale) {
        model.addAllAttributes(presenter.analysis(participant, maps.page(participant, locale), locale));
        return "network/analysis";
    }

    @GetMapping("/versions")
    String versions(@PathVariable ParticipantId participant, Model model) {
        model.addAllAttributes(presenter.versions(maps.versionsPage(participant)));
        return "network/versions";
    }

    @PostMapping("/versions")
    String takeVersion(@PathVariable ParticipantId participant, RedirectAttributes redirect) {
        maps.takeVersion(participant, VersionSummary.Reason.SNAPSHOT);
        redirect.addFlashAttribute("notice", "editor.versions.taken");
        return "redirect:/participants/" + participant + "/map/versions";
    }

    @GetMapping("/compare")
    String compare(
            @PathVariable ParticipantId participant,
            @RequestParam UUID first,
            @RequestParam UUID second,
            Model model,
            Locale locale) {
        model.addAllAttributes(presenter.comparison(maps.comparisonPage(participant, first, second, locale), locale));
        return "network/compare";
    }

    /**
     * The map and its analysis to print for the participant, in their language; valence (with the harm marks) and
     * notes only when the coach ticks them.
     */
    @GetMapping("/print")
    String print(
            @PathVariable ParticipantId participant,
            @RequestParam(required = false) String language,
            @RequestParam(defaultValue = "false") boolean valence,
            @RequestParam(defaultValue = "false") boolean notes,
            Model model,
            Locale viewer) {
        model.addAllAttributes(
                presenter.print(participant, maps.page(participant, viewer), language, valence, notes, viewer));
        return "network/print";
    }
}
