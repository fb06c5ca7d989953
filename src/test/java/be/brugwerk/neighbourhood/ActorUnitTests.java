package be.brugwerk.neighbourhood;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** An actor's rules, without Spring: what is refused naming the field, versions, and what a refresh keeps. */
class ActorUnitTests {

    static ActorInput input(String name, String kind) {
        return new ActorInput(
                null, name, kind, null, null, null, null, null, null, null, Map.of(), null, null, null, null);
    }

    static ActorInput full(Integer version, String name, String kind, Double latitude, Double longitude) {
        return new ActorInput(
                version,
                name,
                kind,
                "Soep op woensdag",
                "Iemand voor de repair café",
                "Onthaal",
                "onthaal@debrug.be",
                name == null ? null : "Kerkstraat 1, 1000 Brussel",
                latitude,
                longitude,
                Map.of(DayOfWeek.SATURDAY, "10:00-12:00"),
                true,
                true,
                false,
                "Nederlands, Arabisch");
    }

    @Test
    void registersAnActorTypedByHandAsItsFirstVersion() {
        Actor actor = Actor.typed(UUID.randomUUID(), full(null, " De Brug ", "COMMUNITY_CENTRE", 50.85, 4.35));

        ActorView view = actor.view();
        assertThat(view.version()).isEqualTo(1);
        assertThat(view.source()).isEqualTo(ActorSource.MANUAL);
        assertThat(view.name()).isEqualTo("De Brug");
        assertThat(view.kind()).isEqualTo(ActorKind.COMMUNITY_CENTRE);
        assertThat(view.openingHours()).containsExactly(Map.entry(DayOfWeek.SATURDAY, "10:00-12:00"));
        assertThat(view.stepFree()).isTrue();
        assertThat(view.accessibleToilet()).isFalse();
    }

    @Test
    void refusesAnActorWithoutNameOrKind() {
        assertThatThrownBy(() -> Actor.typed(UUID.randomUUID(), input("  ", "SHOP")))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.field()).isEqualTo("name"));
        assertThatThrownBy(() -> Actor.typed(UUID.randomUUID(), input("Bakkerij", "")))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.field()).isEqualTo("kind"));
        assertThatThrownBy(() -> Actor.typed(UUID.randomUUID(), input("Bakkerij", "CASTLE")))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.tampered()).isTrue());
    }

    @Test
    void refusesAPlaceOutsideBelgiumOrHalfAPlace() {
        assertThatThrownBy(() -> Actor.typed(UUID.randomUUID(), full(null, "Café", "CAFE", 48.85, 2.35)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.field()).isEqualTo("latitude");
                    assertThat(r.messageKey()).isEqualTo("geo.outsideBelgium");
                });
        assertThatThrownBy(() -> Actor.typed(UUID.randomUUID(), full(null, "Café", "CAFE", null, 4.35)))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.field()).isEqualTo("latitude"));
    }

    @Test
    void refusesAContactThatIsNeitherAPhoneNumberNorAnEmailAddress() {
        ActorInput in = full(null, "Café", "CAFE", 50.85, 4.35);
        ActorInput wrong = new ActorInput(
                null,
                in.name(),
                in.kind(),
                null,
                null,
                "Jan",
                "ask at the bar",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> Actor.typed(UUID.randomUUID(), wrong))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.field()).isEqualTo("contactReach"));
        ActorInput phone = new ActorInput(
                null,
                in.name(),
                in.kind(),
                null,
                null,
                "Jan",
                "+32 2 123 45 67",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(Actor.typed(UUID.randomUUID(), phone).view().contactReach()).isEqualTo("+32 2 123 45 67");
    }

    /** A café typed by hand, stored at version 2 with {@code own}. */
    private static Actor storedCafe(Actor.Own own) {
        return Actor.restore(
                UUID.randomUUID(),
                2,
                ActorSource.MANUAL,
                null,
                null,
                new Actor.Facts("Café", ActorKind.CAFE, null, null, null),
                own);
    }

    static ActorInput speaking(String languages) {
        return speaking("Café", languages);
    }

    static ActorInput speaking(String name, String languages) {
        return new ActorInput(
                null, name, "CAFE", null, null, null, null, null, null, null, Map.of(), null, null, null, languages);
    }

    @Test
    void keepsLanguagesWrittenAsLanguagesSeparatedByCommas() {
        assertThat(Actor.typed(UUID.randomUUID(), speaking(" Nederlands,Arabisch ;  pt-BR, "))
                        .view()
                        .languages())
                .isEqualTo("Nederlands, Arabisch, pt-BR");
        assertThat(Actor.typed(UUID.randomUUID(), speaking(" , ")).view().languages())
                .isNull();
    }

    @Test
    void keepsLanguageNamesOfSeveralWordsAndScriptsWithTheirSpacesCollapsed() {
        assertThat(Actor.typed(
                                UUID.randomUUID(),
                                speaking(
                                        "Vlaamse   Gebarentaal; Kreyòl ayisyen, Langue des signes de Belgique francophone,"
                                                + " \u0939\u093F\u0928\u094D\u0926\u0940, \u0641\u0627\u0631\u0633\u06CC"))
                        .view()
                        .languages())
                .isEqualTo("Vlaamse Gebarentaal, Kreyòl ayisyen, Langue des signes de Belgique francophone,"
                        + " \u0939\u093F\u0928\u094D\u0926\u0940, \u0641\u0627\u0631\u0633\u06CC");
    }

    @Test
    void keepsLanguagesStoredBeforeTheRuleWhenAnEditSendsThemBackUnchanged() {
        Actor stored = storedCafe(new Actor.Own(null, null, null, null, OpeningHours.NONE, null, null, null, "NL/FR"));
        ActorInput renamed = speaking("Café Nieuw", "NL/FR");

        stored.revise(2, renamed);

        assertThat(stored.view().name()).isEqualTo("Café Nieuw");
        assertThat(stored.view().languages()).isEqualTo("NL/FR");
        ActorInput changed = speaking("Café Nieuw", "NL/EN");
        assertThatThrownBy(() -> stored.revise(2, changed))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.field()).isEqualTo("languages"));
    }

    @Test
    void refusesLanguagesThatAreNotWrittenAsLanguagesNamingTheField() {
        for (String typed : java.util.List.of("12345", "Nederlands, <b>", "nl: C1", "NL/FR", "Nederlands (A2)", "🙂")) {
            assertThatThrownBy(() -> Actor.typed(UUID.randomUUID(), speaking(typed)))
                    .as(typed)
                    .isInstanceOfSatisfying(Refusal.class, r -> {
                        assertThat(r.field()).isEqualTo("languages");
                        assertThat(r.messageKey()).isEqualTo("input.language");
                    });
        }
    }

    @Test
    void refusesOpeningHoursNamingTheDay() {
        ActorInput in = full(null, "Café", "CAFE", 50.85, 4.35);
        ActorInput wrong = new ActorInput(
                null,
                in.name(),
                in.kind(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                Map.of(DayOfWeek.MONDAY, "9-12"),
                null,
                null,
                null,
                null);
        assertThatThrownBy(() -> Actor.typed(UUID.randomUUID(), wrong))
                .isInstanceOfSatisfying(
                        Refusal.class, r -> assertThat(r.field()).isEqualTo("openingHours.MONDAY"));
    }

    @Test
    void answersAChangeOnAStaleVersionWithAConflict() {
        Actor stored = storedCafe(Actor.Own.NOTHING);

        assertThatThrownBy(() -> stored.revise(1, input("Café Nieuw", "CAFE"))).isInstanceOf(VersionConflict.class);
        stored.revise(2, input("Café", "CAFE"));
        assertThat(stored.changed()).as("unchanged").isFalse();
        stored.revise(2, input("Café Nieuw", "CAFE"));
        assertThat(stored.version()).isEqualTo(3);
        assertThat(stored.view().name()).isEqualTo("Café Nieuw");
    }

    @Test
    void keepsTheSourcesFactsOfAnImportedActorAndRefusesChangingThem() {
        Actor imported = Actor.imported(
                UUID.randomUUID(),
                ActorSource.OPENSTREETMAP,
                "node/42",
                LocalDate.of(2026, 1, 10),
                new Actor.Facts("Bibliotheek", ActorKind.LIBRARY, null, new GeoPoint(50.85, 4.35), true));
        Actor stored = Actor.restore(
                imported.id(),
                1,
                imported.source(),
                imported.sourceId(),
                imported.fetchedOn(),
                imported.facts(),
                imported.own());

        assertThatThrownBy(() -> stored.revise(1, input("Andere naam", null)))
                .isInstanceOfSatisfying(Refusal.class, r -> {
                    assertThat(r.field()).isEqualTo("name");
                    assertThat(r.messageKey()).isEqualTo("neighbourhood.actor.fromSource.OPENSTREETMAP");
                });
        stored.revise(1, full(1, null, null, null, null));

        assertThat(stored.view().name()).isEqualTo("Bibliotheek");
        assertThat(stored.view().offers()).isEqualTo("Soep op woensdag");
    }

    @Test
    void aRefreshRewritesTheSourcesFactsAndKeepsWhatTheOrganisationAdded() {
        Actor stored = Actor.restore(
                UUID.randomUUID(),
                3,
                ActorSource.OPENSTREETMAP,
                "node/42",
                LocalDate.of(2026, 1, 10),
                new Actor.Facts("Bibliotheek", ActorKind.LIBRARY, null, new GeoPoint(50.85, 4.35), null),
                new Actor.Own(
                        "Boeken",
                        "Voorlezers",
                        "Onthaal",
                        "bib@example.be",
                        OpeningHours.NONE,
                        true,
                        null,
                        true,
                        "Nederlands"));

        stored.refresh(
                new Actor.Facts("Bibliotheek Noord", ActorKind.LIBRARY, null, new GeoPoint(50.86, 4.36), false),
                LocalDate.of(2026, 2, 1));

        ActorView view = stored.view();
        assertThat(view.name()).isEqualTo("Bibliotheek Noord");
        assertThat(view.latitude()).isEqualTo(50.86);
        assertThat(view.fetchedOn()).isEqualTo(LocalDate.of(2026, 2, 1));
        assertThat(view.needs()).isEqualTo("Voorlezers");
        assertThat(view.contactName()).isEqualTo("Onthaal");
        assertThat(view.free()).isTrue();
        assertThat(view.stepFree())
                .as("the source's answer where the organisation gave none")
                .isFalse();
        assertThat(view.version()).isEqualTo(4);
    }

    @Test
    void theOrganisationsAnswerOnStepFreeAccessGoesBeforeTheSources() {
        Actor stored = Actor.restore(
                UUID.randomUUID(),
                1,
                ActorSource.OPENSTREETMAP,
                "way/7",
                LocalDate.of(2026, 1, 10),
                new Actor.Facts("Park", ActorKind.PARK, null, null, false),
                new Actor.Own(null, null, null, null, OpeningHours.NONE, null, true, null, null));

        assertThat(stored.view().stepFree()).isTrue();
    }
}
