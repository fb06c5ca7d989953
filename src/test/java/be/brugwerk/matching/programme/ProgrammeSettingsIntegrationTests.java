package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.ProgrammeForms;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A programme's settings: changed by its coordinator, kept as typed when refused, never overwritten silently. */
@FullStackTest
class ProgrammeSettingsIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void changesTheSettingsAndRefusesAStaleChangeWith409() {
        WebSession coordinator = new WebSession(port);
        assertThat(coordinator.signIn(
                        accounts.account(accounts.organisation("Settings"), Role.COORDINATOR)
                                .email(),
                        TestAccounts.PASSWORD))
                .isTrue();
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Duo in armoede");
        String page = "/programmes/" + programme.programme;
        assertThat(coordinator.get(page + "/edit").body()).contains("value=\"Duo in armoede\"");

        HttpResponse<String> saved = coordinator.post(page, settings("Duo in armoede – Mechelen", "30", "0"));
        assertThat(saved.statusCode()).isEqualTo(302);
        assertThat(coordinator.get(page + "?lang=en").body())
                .contains("Duo in armoede – Mechelen")
                .contains("30 days of waiting weigh as much as 15 points of fit");

        HttpResponse<String> stale = coordinator.post(page + "?lang=en", settings("Someone else's name", "30", "0"));
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body())
                .contains("Someone else changed this programme meanwhile")
                .contains("Someone else&#39;s name");

        HttpResponse<String> refused = coordinator.post(page + "?lang=en", settings("Duo", "zero", "1"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("Fill in a whole number from 1 to 3650.")
                .contains("value=\"zero\"");
        assertThat(coordinator.get(page).body()).contains("Duo in armoede – Mechelen");
    }

    private static Map<String, String> settings(String name, String waitingDays, String version) {
        Map<String, String> form = ProgrammeForms.settings(name);
        form.put("waitingDays", waitingDays);
        form.put("waitingPoints", "15");
        form.put("version", version);
        return form;
    }
}
