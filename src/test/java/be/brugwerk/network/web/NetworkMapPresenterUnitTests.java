package be.brugwerk.network.web;

import static be.brugwerk.network.MapFixtures.member;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.network.MapComparison;
import be.brugwerk.network.MapDocument;
import be.brugwerk.network.MapDocument.MemberEntry;
import be.brugwerk.network.NetworkMapManagement.LastChange;
import be.brugwerk.network.NetworkMapManagement.MapPage;
import be.brugwerk.network.NetworkMapManagement.VersionsPage;
import be.brugwerk.network.VersionSummary;
import be.brugwerk.network.VersionSummary.Reason;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.network.analysis.Valence;
import be.brugwerk.network.web.NetworkMapPresenter.ChangeSection;
import be.brugwerk.people.ParticipantDetails;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantView;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the map's pages show, without Spring: the changes between two versions in the reader's words, the printed map
 * in the participant's language with what is for the coach's eyes left out, the versions newest first and the last
 * change as the editor tells it.
 */
class NetworkMapPresenterUnitTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ResourceBundleMessageSource messages = bundles();
    private final NetworkMapPresenter presenter = new NetworkMapPresenter(
            JSON, messages, at -> "moment " + at, new MapPictures(JSON, messages), (fragment, locale) -> "");

    private final ParticipantId participant = new ParticipantId(UUID.randomUUID());
    private final UUID sister = UUID.randomUUID();
    private final UUID neighbour = UUID.randomUUID();

    private static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/messages", "i18n/network", "i18n/editor");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void tellsEveryChangeBetweenTwoVersionsInTheReadersWords() {
        MapComparison changes = new MapComparison(
                List.of(new MapComparison.Named(neighbour, "Buurman")),
                List.of(),
                List.of(new MapComparison.Move(sister, "Zus", Ring.INNER, Ring.MIDDLE)),
                List.of(new MapComparison.StatusChange(
                        sister, "Zus", RelationshipStatus.ACTIVE, RelationshipStatus.DORMANT)),
                List.of(new MapComparison.FunctionChange(
                        sister, "Zus", SupportFunction.AFFECTIVE, SupportDirection.BOTH)),
                List.of(),
                List.of(new MapComparison.TieLabelChange("Zus", "Buurman", null, "buren")));

        List<ChangeSection> english = presenter.sections(changes, Locale.ENGLISH);

        assertThat(english)
                .extracting(ChangeSection::id)
                .containsExactly("added", "removed", "moved", "statuses", "gained", "lost", "tie-labels");
        assertThat(lines(english, "added")).containsExactly("Buurman");
        assertThat(lines(english, "removed")).isEmpty();
        assertThat(lines(english, "moved")).containsExactly("Zus: from very close to close");
        assertThat(lines(english, "statuses")).containsExactly("Zus: from active to dormant");
        assertThat(lines(english, "gained")).containsExactly("Zus – Emotional support (both ways)");
        assertThat(lines(english, "tie-labels")).containsExactly("Zus and Buurman: from no label to buren");
        assertThat(lines(presenter.sections(changes, Locale.FRENCH), "moved"))
                .singleElement()
                .asString()
                .startsWith("Zus")
                .contains("très proche");
    }

    @Test
    void printsInTheParticipantsLanguageWithoutValenceAndNotesUnlessAsked() {
        MapPage page = page(List.of("Arabisch", "Frans"));

        Map<String, Object> plain = presenter.print(participant, page, null, false, false, Locale.ENGLISH);

        assertThat(plain.get("language")).isEqualTo("fr");
        assertThat(plain.get("printed")).isEqualTo(Locale.FRENCH);
        assertThat(plain.get("heading")).isEqualTo("Ana : le réseau");
        assertThat(text(plain, "editor.ring.INNER")).isEqualTo("très proche");
        assertThat((String) plain.get("labelsJson")).contains("très proche").contains("\"centre\":\"Ana\"");
        assertThat(plain.get("languages")).isEqualTo(List.of("nl", "fr", "en"));
        MemberEntry printed = ((MapDocument) plain.get("map")).members().get(0);
        assertThat(printed.valence()).isEqualTo(Valence.SUPPORTIVE);
        assertThat(printed.note()).isNull();
        assertThat((String) plain.get("mapJson")).doesNotContain("HARMFUL").doesNotContain("drinkt");

        Map<String, Object> asked = presenter.print(participant, page, "en", true, true, Locale.FRENCH);

        assertThat(asked.get("heading")).isEqualTo("Ana’s network");
        MemberEntry shown = ((MapDocument) asked.get("map")).members().get(0);
        assertThat(shown.valence()).isEqualTo(Valence.HARMFUL);
        assertThat(shown.note()).isEqualTo("drinkt");
        assertThat(asked.get("showValence")).isEqualTo(true);
        assertThat(asked.get("showNotes")).isEqualTo(true);
    }

    @Test
    void listsTheVersionsNewestFirst() {
        VersionSummary first =
                new VersionSummary(UUID.randomUUID(), Instant.parse("2026-03-01T09:00:00Z"), Reason.SESSION);
        VersionSummary second =
                new VersionSummary(UUID.randomUUID(), Instant.parse("2026-03-02T09:00:00Z"), Reason.SNAPSHOT);

        Map<String, Object> model = presenter.versions(new VersionsPage(view(List.of()), List.of(first, second)));

        assertThat(model.get("versions")).isEqualTo(List.of(second, first));
    }

    @Test
    void tellsWhoChangedTheMapLastAndWhenOrNothingBeforeAnyChange() {
        Instant at = Instant.parse("2026-03-02T09:00:00Z");

        assertThat(presenter.lastChange(Optional.of(new LastChange(3, at, "Coach Els"))))
                .containsExactly(
                        Map.entry("version", 3), Map.entry("by", "Coach Els"), Map.entry("at", "moment " + at));
        assertThat(presenter.lastChange(Optional.empty())).isEmpty();
    }

    private static List<String> lines(List<ChangeSection> sections, String id) {
        return sections.stream()
                .filter(s -> s.id().equals(id))
                .findFirst()
                .orElseThrow()
                .lines();
    }

    @SuppressWarnings("unchecked")
    private static String text(Map<String, Object> model, String key) {
        return ((Map<String, String>) model.get("t")).get(key);
    }

    /** Ana's map: a harmful sister with a note, and a dormant neighbour. */
    private MapPage page(List<String> languages) {
        MemberEntry harmfulSister = member(
                sister,
                "Zus",
                RelationCategory.FAMILY,
                Ring.INNER,
                Map.of(SupportFunction.AFFECTIVE, SupportDirection.BOTH),
                RelationshipStatus.ACTIVE,
                null);
        harmfulSister = new MemberEntry(
                harmfulSister.id(),
                harmfulSister.name(),
                harmfulSister.category(),
                harmfulSister.ring(),
                harmfulSister.frequency(),
                harmfulSister.support(),
                Valence.HARMFUL,
                harmfulSister.status(),
                null,
                null,
                harmfulSister.capitalType(),
                harmfulSister.level(),
                false,
                null,
                "drinkt",
                null);
        MapDocument map = new MapDocument(
                2,
                List.of(
                        harmfulSister,
                        member(
                                neighbour,
                                "Buurman",
                                RelationCategory.NEIGHBOUR,
                                Ring.MIDDLE,
                                Map.of(),
                                RelationshipStatus.DORMANT,
                                LocalDate.of(2025, 6, 1))),
                List.of());
        return new MapPage(view(languages), map, Optional.empty(), "{}");
    }

    private ParticipantView view(List<String> languages) {
        return new ParticipantView(
                participant,
                new ParticipantDetails("Ana", 1990, languages, null, null, null, Set.of()),
                false,
                Instant.parse("2026-01-05T09:00:00Z"),
                1,
                List.of(),
                Set.of(),
                Set.of(),
                false);
    }
}
