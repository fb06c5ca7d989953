package be.brugwerk.network.web;

import be.brugwerk.network.MapComparison;
import be.brugwerk.network.MapDocument;
import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.network.NetworkMapManagement.ComparisonPage;
import be.brugwerk.network.NetworkMapManagement.EditorPage;
import be.brugwerk.network.NetworkMapManagement.MapPage;
import be.brugwerk.network.NetworkMapManagement.VersionsPage;
import be.brugwerk.network.VersionSummary;
import be.brugwerk.network.analysis.CapitalType;
import be.brugwerk.network.analysis.ContactFrequency;
import be.brugwerk.network.analysis.Level;
import be.brugwerk.network.analysis.NetworkAnalyser;
import be.brugwerk.network.analysis.NetworkMap;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.network.analysis.Valence;
import be.brugwerk.people.Language;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.DateDisplay;
import be.brugwerk.system.PathAccess;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
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
 * row.
 */
@Controller
@RequestMapping("/participants/{participant}/map")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class NetworkMapController implements PathAccess {

    /** The languages a printed map can be in. */
    static final List<String> PRINT_LANGUAGES = List.of("nl", "fr", "en");

    private final NetworkMapManagement maps;
    private final JsonMapper json;
    private final MessageSource messages;
    private final DateDisplay dates;
    private final MapPictures pictures;

    NetworkMapController(
            NetworkMapManagement maps,
            JsonMapper json,
            MessageSource messages,
            DateDisplay dates,
            MapPictures pictures) {
        this.maps = maps;
        this.json = json;
        this.messages = messages;
        this.dates = dates;
        this.pictures = pictures;
    }

    /** The participant whose map the path names: one the person may work with, or 404 before the input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("participant").map(ParticipantId::new).ifPresent(maps::checkAccess);
    }

    @GetMapping
    String editor(@PathVariable ParticipantId participant, Model model) {
        EditorPage page = maps.editorPage(participant);
        model.addAttribute("participant", page.participant());
        model.addAttribute("mapJson", json.writeValueAsString(page.map()));
        model.addAttribute("categories", RelationCategory.values());
        model.addAttribute("rings", Ring.values());
        model.addAttribute("frequencies", ContactFrequency.values());
        model.addAttribute("functions", SupportFunction.values());
        model.addAttribute("directions", SupportDirection.values());
        model.addAttribute("valences", Valence.values());
        model.addAttribute("statuses", RelationshipStatus.values());
        model.addAttribute("capitalTypes", CapitalType.values());
        model.addAttribute("levels", Level.values());
        return "network/editor";
    }

    /** Who changed the map last and when, for the editor's message after a refused (stale) save. */
    @GetMapping(path = "/last-change", produces = "application/json")
    @ResponseBody
    Map<String, Object> lastChange(@PathVariable ParticipantId participant) {
        Map<String, Object> answer = new LinkedHashMap<>();
        maps.lastChange(participant).ifPresent(change -> {
            answer.put("version", change.version());
            answer.put("by", change.by());
            answer.put("at", dates.moment(change.at()));
        });
        return answer;
    }

    @GetMapping("/analysis")
    String analysis(@PathVariable ParticipantId participant, Model model, Locale locale) {
        MapPage page = maps.page(participant, locale);
        NetworkMap map = page.map().toEngine(participant.toString());
        model.addAttribute("participant", page.participant());
        model.addAttribute(
                "analysis",
                AnalysisPageView.of(
                        json, page.figures(), page.map(), map, new NetworkAnalyser().analyse(map), messages, locale));
        return "network/analysis";
    }

    @GetMapping("/versions")
    String versions(@PathVariable ParticipantId participant, Model model) {
        VersionsPage page = maps.versionsPage(participant);
        model.addAttribute("participant", page.participant());
        List<VersionSummary> newestFirst = new ArrayList<>(page.versions());
        Collections.reverse(newestFirst);
        model.addAttribute("versions", newestFirst);
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
        ComparisonPage page = maps.comparisonPage(participant, first, second, locale);
        model.addAttribute("participant", page.participant());
        model.addAttribute("comparison", page.comparison());
        model.addAttribute(
                "pictures",
                pictures.beforeAndAfter(
                        "compared-map",
                        page.participant().details().name(),
                        page.before(),
                        page.comparison().before().takenAt(),
                        page.after(),
                        page.comparison().after().takenAt()));
        model.addAttribute("sections", sections(page.comparison().changes(), locale));
        model.addAttribute(
                "figures",
                AnalysisView.compared(
                        json,
                        page.comparison().figuresBefore(),
                        page.comparison().figuresAfter(),
                        Stream.concat(page.before().members().stream(), page.after().members().stream())
                                .toList(),
                        messages,
                        locale));
        return "network/compare";
    }

    /**
     * The map and its analysis to print for the participant, in their language; valence (with the harm marks) and
     * notes only when the coach ticks them. Signals meant for staff (comparisons with reference figures) are left
     * out.
     */
    @GetMapping("/print")
    String print(
            @PathVariable ParticipantId participant,
            @RequestParam(required = false) String language,
            @RequestParam(defaultValue = "false") boolean valence,
            @RequestParam(defaultValue = "false") boolean notes,
            Model model,
            Locale viewer) {
        MapPage page = maps.page(participant, viewer);
        String chosen = Language.forPrint(language, page.participant().details().languages(), viewer)
                .tag();
        Locale printed = Locale.forLanguageTag(chosen);
        String figures = NetworkMapManagement.analysisOf(participant, page.map(), printed);
        MapDocument shown = MapPictures.shown(page.map(), valence, notes);
        Map<String, String> texts = texts(printed);
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("categories", enumTexts(texts, "editor.category.", RelationCategory.values()));
        labels.put("rings", enumTexts(texts, "editor.ring.", Ring.values()));
        labels.put("centre", page.participant().details().name());
        model.addAttribute("t", texts);
        model.addAttribute("functions", SupportFunction.values());
        model.addAttribute(
                "heading",
                messages.getMessage(
                        "editor.print.heading",
                        new Object[] {page.participant().details().name()},
                        printed));
        model.addAttribute("labelsJson", json.writeValueAsString(labels));
        model.addAttribute("participant", page.participant());
        model.addAttribute("language", chosen);
        model.addAttribute("languages", PRINT_LANGUAGES);
        model.addAttribute("showValence", valence);
        model.addAttribute("showNotes", notes);
        model.addAttribute("printed", printed);
        model.addAttribute("map", shown);
        model.addAttribute("mapJson", json.writeValueAsString(shown));
        model.addAttribute(
                "analysis",
                AnalysisView.of(json, figures, page.map(), messages, printed).forParticipant());
        return "network/print";
    }

    /** One list of changes on the comparison page: its element id, its heading's message key, its lines. */
    record ChangeSection(String id, String heading, List<String> lines) {}

    private List<ChangeSection> sections(MapComparison changes, Locale locale) {
        Function<String, String> text = key -> messages.getMessage(key, null, locale);
        return List.of(
                new ChangeSection(
                        "added",
                        "editor.compare.added",
                        changes.added().stream().map(m -> m.name()).toList()),
                new ChangeSection(
                        "removed",
                        "editor.compare.removed",
                        changes.removed().stream().map(m -> m.name()).toList()),
                new ChangeSection(
                        "moved",
                        "editor.compare.moved",
                        changes.movedBetweenRings().stream()
                                .map(m -> messages.getMessage(
                                        "editor.compare.move",
                                        new Object[] {
                                            m.name(),
                                            text.apply("editor.ring." + m.from()),
                                            text.apply("editor.ring." + m.to())
                                        },
                                        locale))
                                .toList()),
                new ChangeSection(
                        "statuses",
                        "editor.compare.statuses",
                        changes.statusChanges().stream()
                                .map(m -> messages.getMessage(
                                        "editor.compare.move",
                                        new Object[] {
                                            m.name(),
                                            text.apply("editor.status." + m.from()),
                                            text.apply("editor.status." + m.to())
                                        },
                                        locale))
                                .toList()),
                new ChangeSection(
                        "gained", "editor.compare.gained", functionLines(changes.functionsGained(), text, locale)),
                new ChangeSection("lost", "editor.compare.lost", functionLines(changes.functionsLost(), text, locale)),
                new ChangeSection(
                        "tie-labels",
                        "editor.compare.tieLabels",
                        changes.tieLabelsChanged().stream()
                                .map(t -> messages.getMessage(
                                        "editor.compare.tieLabel",
                                        new Object[] {
                                            t.firstName(),
                                            t.secondName(),
                                            t.from() == null ? text.apply("editor.tie.noLabel") : t.from(),
                                            t.to() == null ? text.apply("editor.tie.noLabel") : t.to()
                                        },
                                        locale))
                                .toList()));
    }

    private List<String> functionLines(
            List<MapComparison.FunctionChange> changes, Function<String, String> text, Locale locale) {
        return changes.stream()
                .map(f -> messages.getMessage(
                        "editor.compare.function",
                        new Object[] {
                            f.name(),
                            text.apply("editor.function." + f.function()),
                            text.apply("editor.direction." + f.direction())
                        },
                        locale))
                .toList();
    }

    /**
     * The print language a registered language names, as people write it on the participant's page (Nederlands,
     * Arabisch), in Dutch, French or English, or as a code; anything else stays as it is (and is not printed in).
     */
    static String printLanguage(String registered) {
        return Language.named(registered)
                .map(Language::tag)
                .orElse(registered.strip().toLowerCase(Locale.ROOT));
    }

    /** Every text of the editor's bundle in {@code language}, for a page printed in another language than the UI's. */
    private static Map<String, String> texts(Locale language) {
        ResourceBundle bundle = ResourceBundle.getBundle(
                "i18n.editor",
                language,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        Map<String, String> texts = new HashMap<>();
        bundle.keySet().forEach(key -> texts.put(key, bundle.getString(key)));
        return texts;
    }

    private static Map<String, String> enumTexts(Map<String, String> texts, String prefix, Enum<?>[] values) {
        Map<String, String> labels = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            labels.put(value.name(), texts.get(prefix + value.name()));
        }
        return labels;
    }
}
