package be.brugwerk.network.web;

import be.brugwerk.network.MapComparison;
import be.brugwerk.network.MapDocument;
import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.network.NetworkMapManagement.ComparisonPage;
import be.brugwerk.network.NetworkMapManagement.EditorPage;
import be.brugwerk.network.NetworkMapManagement.LastChange;
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
import be.brugwerk.system.LocaleFragments.Fragment;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the pages of a participant's network map show, built from what the network module answers: the model of each
 * page (its texts in the reader's or the printed language, the map and its labels as JSON for the drawing, the
 * changes between two versions in plain words). A plain class: the controller reads and decides, this only presents,
 * and its unit tests need no Spring.
 */
final class NetworkMapPresenter {

    /** The languages a printed map can be in. */
    static final List<String> PRINT_LANGUAGES = List.of("nl", "fr", "en");

    private final JsonMapper json;
    private final MessageSource messages;
    private final Function<Instant, String> moment;
    private final MapPictures pictures;
    private final BiFunction<Fragment, Locale, String> sameForEveryone;

    /** Every value the editor's fields can take: application constants, the same for everyone. */
    private static final Map<String, Object> EDITOR_CHOICES = Map.of(
            "categories", List.of(RelationCategory.values()),
            "rings", List.of(Ring.values()),
            "frequencies", List.of(ContactFrequency.values()),
            "functions", List.of(SupportFunction.values()),
            "directions", List.of(SupportDirection.values()),
            "valences", List.of(Valence.values()),
            "statuses", List.of(RelationshipStatus.values()),
            "capitalTypes", List.of(CapitalType.values()),
            "levels", List.of(Level.values()));

    /** The editor's member form (network/editor-panels). */
    static final Fragment EDITOR_SIDE = new Fragment("network/editor-panels", "side", EDITOR_CHOICES);

    /** The editor's legend, list head and script texts (network/editor-panels). */
    static final Fragment EDITOR_BELOW = new Fragment("network/editor-panels", "below", EDITOR_CHOICES);

    /**
     * @param moment how a page writes a moment (day and time, in the reader's language and the application's zone)
     * @param sameForEveryone a fragment's HTML in a language, as {@link be.brugwerk.system.LocaleFragments} keeps it
     */
    NetworkMapPresenter(
            JsonMapper json,
            MessageSource messages,
            Function<Instant, String> moment,
            MapPictures pictures,
            BiFunction<Fragment, Locale, String> sameForEveryone) {
        this.json = json;
        this.messages = messages;
        this.moment = moment;
        this.pictures = pictures;
        this.sameForEveryone = sameForEveryone;
    }

    /**
     * The editor: the working copy as JSON for the drawing, and its member form, legend, list head and script texts,
     * which are the same for everyone who reads the editor in {@code locale} and are drawn once per language.
     */
    Map<String, Object> editor(EditorPage page, Locale locale) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("participant", page.participant());
        model.put("mapJson", json.writeValueAsString(page.map()));
        model.put("editorSide", sameForEveryone.apply(EDITOR_SIDE, locale));
        model.put("editorBelow", sameForEveryone.apply(EDITOR_BELOW, locale));
        return model;
    }

    /** Who changed the map last and when, for the editor's message after a refused save; empty before any change. */
    Map<String, Object> lastChange(Optional<LastChange> last) {
        Map<String, Object> answer = new LinkedHashMap<>();
        last.ifPresent(change -> {
            answer.put("version", change.version());
            answer.put("by", change.by());
            answer.put("at", moment.apply(change.at()));
        });
        return answer;
    }

    /** The analysis in plain words and figures, in {@code locale}. */
    Map<String, Object> analysis(ParticipantId participant, MapPage page, Locale locale) {
        NetworkMap map = page.map().toEngine(participant.toString());
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("participant", page.participant());
        model.put(
                "analysis",
                AnalysisPageView.of(
                        json, page.figures(), page.map(), map, new NetworkAnalyser().analyse(map), messages, locale));
        return model;
    }

    /** The versions of the map, newest first. */
    Map<String, Object> versions(VersionsPage page) {
        List<VersionSummary> newestFirst = new ArrayList<>(page.versions());
        Collections.reverse(newestFirst);
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("participant", page.participant());
        model.put("versions", newestFirst);
        return model;
    }

    /** Two versions side by side: both drawn, what changed in plain words, and every figure before and after. */
    Map<String, Object> comparison(ComparisonPage page, Locale locale) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("participant", page.participant());
        model.put("comparison", page.comparison());
        model.put(
                "pictures",
                pictures.beforeAndAfter(
                        "compared-map",
                        page.participant().details().name(),
                        page.before(),
                        page.comparison().before().takenAt(),
                        page.after(),
                        page.comparison().after().takenAt()));
        model.put("sections", sections(page.comparison().changes(), locale));
        model.put(
                "figures",
                AnalysisView.compared(
                        json,
                        page.comparison().figuresBefore(),
                        page.comparison().figuresAfter(),
                        Stream.concat(page.before().members().stream(), page.after().members().stream())
                                .toList(),
                        messages,
                        locale));
        return model;
    }

    /**
     * The map and its analysis to print for the participant, in {@code language} when it is one Brugwerk prints in,
     * else in a language the participant registered or the {@code viewer}'s; valence (with the harm marks) and notes
     * only when asked. Signals meant for staff (comparisons with reference figures) are left out.
     */
    Map<String, Object> print(
            ParticipantId participant, MapPage page, String language, boolean valence, boolean notes, Locale viewer) {
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
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("t", texts);
        model.put("functions", SupportFunction.values());
        model.put(
                "heading",
                messages.getMessage(
                        "editor.print.heading",
                        new Object[] {page.participant().details().name()},
                        printed));
        model.put("labelsJson", json.writeValueAsString(labels));
        model.put("participant", page.participant());
        model.put("language", chosen);
        model.put("languages", PRINT_LANGUAGES);
        model.put("showValence", valence);
        model.put("showNotes", notes);
        model.put("printed", printed);
        model.put("map", shown);
        model.put("mapJson", json.writeValueAsString(shown));
        model.put(
                "analysis",
                AnalysisView.of(json, figures, page.map(), messages, printed).forParticipant());
        return model;
    }

    /** One list of changes on the comparison page: its element id, its heading's message key, its lines. */
    record ChangeSection(String id, String heading, List<String> lines) {}

    List<ChangeSection> sections(MapComparison changes, Locale locale) {
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
