package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.TestMail;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Approving a buddy invites them to an account, and the coordinator who approves can never tell whether the address
 * already has an account in another organisation (the security issue's point 7): the answer, the buddy list and the
 * buddy's edit page are the same as for a new address; only the address's owner learns of it, by mail, without a link.
 */
@FullStackTest
class BuddyApprovalIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void anAddressWithAnAccountElsewhereIsApprovedLikeANewOneAndOnlyItsOwnerIsTold() {
        WebSession coordinator = new WebSession(port);
        assertThat(coordinator.signIn(
                        accounts.account(accounts.organisation("Approving"), Role.COORDINATOR)
                                .email(),
                        TestAccounts.PASSWORD))
                .isTrue();
        ProgrammeFixtures programme = ProgrammeFixtures.programme(coordinator, "Buddies near and far");
        Account elsewhere = accounts.account(accounts.organisation("Elsewhere approving"), Role.VOLUNTEER_COACH);
        String fresh = "fresh-" + UUID.randomUUID() + "@buddies.test";
        UUID freshBuddy = programme.appliedBuddy("Nieuw", fresh, "1");
        UUID takenBuddy = programme.appliedBuddy("Bestaand", elsewhere.email(), "1");

        HttpResponse<String> approvedFresh = approve(coordinator, programme, freshBuddy);
        HttpResponse<String> approvedTaken = approve(coordinator, programme, takenBuddy);

        assertThat(approvedTaken.statusCode())
                .isEqualTo(approvedFresh.statusCode())
                .isEqualTo(302);
        assertThat(approvedTaken.headers().firstValue("Location"))
                .isEqualTo(approvedFresh.headers().firstValue("Location"));
        String list = coordinator
                .get("/programmes/" + programme.programme + "/buddies")
                .body();
        assertThat(row(list, takenBuddy, "Bestaand")).isEqualTo(row(list, freshBuddy, "Nieuw"));
        assertThat(editPage(coordinator, programme, takenBuddy, "Bestaand", elsewhere.email()))
                .as("the address is fixed after the approval, whether or not an account was made")
                .isEqualTo(editPage(coordinator, programme, freshBuddy, "Nieuw", fresh));

        assertThat(TestMail.linkTo(fresh))
                .as("the new buddy gets a link to choose a password")
                .contains("token=");
        assertThat(TestMail.lastTextTo(elsewhere.email()))
                .contains("bestaat al een account")
                .doesNotContain("token=");
        WebSession owner = new WebSession(port);
        assertThat(owner.signIn(elsewhere.email(), TestAccounts.PASSWORD))
                .as("the account elsewhere is untouched")
                .isTrue();
    }

    private static HttpResponse<String> approve(WebSession coordinator, ProgrammeFixtures programme, UUID buddy) {
        return coordinator.post(
                "/programmes/" + programme.programme + "/buddies/" + buddy + "/approve", Map.of("intakeHeld", "true"));
    }

    /** The buddy's row in the list, with its id and name replaced, to compare the rest. */
    private static String row(String list, UUID buddy, String name) {
        int start = list.indexOf("data-buddy-id=\"" + buddy + "\"");
        assertThat(start).as("the buddy is listed").isPositive();
        String row = list.substring(start, list.indexOf("</tr>", start));
        return row.replace(buddy.toString(), "ID").replace(name, "NAME");
    }

    private static String editPage(
            WebSession coordinator, ProgrammeFixtures programme, UUID buddy, String name, String email) {
        HttpResponse<String> page =
                coordinator.get("/programmes/" + programme.programme + "/buddies/" + buddy + "/edit");
        assertThat(page.statusCode()).isEqualTo(200);
        return page.body()
                .replace(buddy.toString(), "ID")
                .replace(name, "NAME")
                .replace(email, "EMAIL")
                .replaceAll("(name=\"_csrf\" (value|content)=\")[^\"]+", "$1CSRF");
    }
}
