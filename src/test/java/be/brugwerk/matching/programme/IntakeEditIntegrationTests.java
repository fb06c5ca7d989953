package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.IntakeLanguages;
import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A coordinator corrects a waiting participant's intake and a buddy's profile: the next run uses the correction, the
 * date of entry stays, a stale save answers 409 without overwriting, bad input keeps what was typed, and a
 * coordinator who does not coordinate the programme finds nothing.
 */
@FullStackTest
class IntakeEditIntegrationTests {

    private static final Pattern VERSION = Pattern.compile("name=\"version\" value=\"(\\d+)\"");

    @Autowired
    TestAccounts accounts;

    @Autowired
    MutableClock clock;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Test
    void aCorrectedLanguageIsUsedByTheNextRunAndTheDateOfEntryStays() {
        String email = accounts.account(accounts.organisation("Intake edits"), Role.COORDINATOR)
                .email();
        WebSession coordinator = accounts.signedIn(email);
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Corrections");
        UUID participant = programme.waitingParticipant("Amina", true);
        programme.approvedBuddy("Lotte", unique("lotte"));
        String enteredOn = enteredOn(participant);
        clock.advance(Duration.ofDays(3));
        coordinator = accounts.signedIn(email);
        programme = programme.as(coordinator);

        String edit = waitingEditLink(coordinator, programme.programme);
        String page = coordinator.get(edit).body();
        assertThat(IntakeLanguages.shownIn(page)).isEqualTo("nl A2, ar NATIVE");
        String version = versionIn(page);
        String save = edit.replaceFirst("/edit$", "");

        HttpResponse<String> saved = coordinator.post(save, intake(version, "nl", "C1", "ar", "NATIVE"));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        ProgrammeFixtures.follow(coordinator, saved);
        assertThat(enteredOn(participant)).isEqualTo(enteredOn);

        programme.run();
        assertThat(coordinator
                        .get("/programmes/" + programme.programme + "?lang=nl")
                        .body())
                .contains("beiden spreken Nederlands (C1 en moedertaal)");

        HttpResponse<String> stale = coordinator.post(save + "?lang=en", intake(version, "fr", "B1"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("Someone else changed this intake meanwhile");
        assertThat(IntakeLanguages.shownIn(stale.body())).isEqualTo("fr B1");
        assertThat(IntakeLanguages.shownIn(coordinator.get(edit).body())).isEqualTo("nl C1, ar NATIVE");

        // a level the pick list does not offer (only a crafted post sends one) is refused on its own field, the rest
        // kept
        HttpResponse<String> refused = coordinator.post(
                save + "?lang=en", intake(versionIn(coordinator.get(edit).body()), "nl", "C1", "ar", "B3"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Level of language 2 (ar): “B3” does not exist; choose native or A1 to C2.")
                .contains("data-field=\"languages[1].level\"");
        assertThat(IntakeLanguages.shownIn(refused.body())).isEqualTo("nl C1, ar ?");
        assertThat(IntakeLanguages.shownIn(coordinator.get(edit).body())).isEqualTo("nl C1, ar NATIVE");
        coordinator.get("/programmes/" + programme.programme + "?lang=nl");
    }

    @Test
    void aBuddysProfileIsCorrectedRefusingABadCapacityAndAStaleSave() {
        String email = accounts.account(accounts.organisation("Buddy edits"), Role.COORDINATOR)
                .email();
        WebSession coordinator = accounts.signedIn(email);
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Buddy corrections");
        UUID buddy = programme.appliedBuddy("Jan", unique("jan"), "1");
        String edit = "/programmes/" + programme.programme + "/buddies/" + buddy + "/edit";
        String save = edit.replaceFirst("/edit$", "");
        String page = coordinator.get(edit).body();
        assertThat(page).contains("value=\"Jan\"");
        assertThat(IntakeLanguages.shownIn(page)).isEqualTo("nl NATIVE");
        String version = versionIn(page);
        String address = unique("jan.peeters");

        HttpResponse<String> refused = coordinator.post(save + "?lang=en", buddy("Jan Peeters", address, "5", version));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("A buddy takes at least 1 and at most 2 participants at once.")
                .contains("value=\"5\"")
                .contains("value=\"Jan Peeters\"");
        assertThat(programme.buddyIds()).containsKey("Jan");

        HttpResponse<String> saved = coordinator.post(save, buddy("Jan Peeters", address, "2", version));
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(302);
        ProgrammeFixtures.follow(coordinator, saved);
        assertThat(programme.buddyIds()).containsEntry("Jan Peeters", buddy);
        assertThat(owner().sql("select capacity from buddy where id = ?")
                        .param(buddy)
                        .query(Integer.class)
                        .single())
                .isEqualTo(2);

        HttpResponse<String> stale = coordinator.post(save + "?lang=en", buddy("Someone else", address, "1", version));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Someone else changed this intake meanwhile")
                .contains("value=\"Someone else\"");
        assertThat(programme.buddyIds()).containsEntry("Jan Peeters", buddy).doesNotContainKey("Someone else");
    }

    @Test
    void aCoordinatorWhoDoesNotCoordinateTheProgrammeFindsNoIntake() {
        var organisation = accounts.organisation("Intake strangers");
        WebSession coordinator = accounts.signedIn(organisation, Role.COORDINATOR);
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Not yours");
        programme.waitingParticipant("Amina", true);
        UUID buddy = programme.appliedBuddy("Jan", unique("jan"), "1");
        String waitingEdit = waitingEditLink(coordinator, programme.programme);
        String buddyEdit = "/programmes/" + programme.programme + "/buddies/" + buddy + "/edit";
        String version = versionIn(coordinator.get(waitingEdit).body());

        WebSession stranger = accounts.signedIn(organisation, Role.COORDINATOR);
        assertThat(stranger.get(waitingEdit).statusCode()).isEqualTo(404);
        assertThat(stranger.get(buddyEdit).statusCode()).isEqualTo(404);
        assertThat(stranger.post(waitingEdit.replaceFirst("/edit$", ""), intake(version, "fr", "B1"))
                        .statusCode())
                .isEqualTo(404);
        assertThat(stranger.post(buddyEdit.replaceFirst("/edit$", ""), buddy("Stranger", unique("s"), "1", version))
                        .statusCode())
                .isEqualTo(404);
        assertThat(IntakeLanguages.shownIn(coordinator.get(waitingEdit).body())).isEqualTo("nl A2, ar NATIVE");
        assertThat(programme.buddyIds()).containsKey("Jan");
    }

    private static String waitingEditLink(WebSession coordinator, UUID programme) {
        Matcher link = Pattern.compile("/programmes/" + programme + "/waiting/[0-9a-f-]{36}/edit")
                .matcher(coordinator.get("/programmes/" + programme).body());
        assertThat(link.find()).as("a link to correct the intake").isTrue();
        return link.group();
    }

    private static String versionIn(String page) {
        Matcher version = VERSION.matcher(page);
        assertThat(version.find()).as("the version the form was read at").isTrue();
        return version.group(1);
    }

    private static Map<String, String> intake(String version, String... codesAndLevels) {
        Map<String, String> form =
                new HashMap<>(Map.of("age", "34", "gender", "WOMAN", "interests", "koken", "version", version));
        form.putAll(IntakeLanguages.lines(codesAndLevels));
        return form;
    }

    private static Map<String, String> buddy(String name, String email, String capacity, String version) {
        Map<String, String> form = intake(version, "nl", "NATIVE");
        form.putAll(Map.of("name", name, "email", email, "capacity", capacity, "age", "51", "gender", "MAN"));
        return form;
    }

    private String enteredOn(UUID participant) {
        return owner().sql("select cast(entered_on as text) from waiting_entry where participant_id = ?")
                .param(participant)
                .query(String.class)
                .single();
    }

    private JdbcClient owner() {
        return JdbcClient.create(ownerDataSource);
    }

    private static String unique(String name) {
        return name + "-" + UUID.randomUUID() + "@test.brugwerk";
    }
}
