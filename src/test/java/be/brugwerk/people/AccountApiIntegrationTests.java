package be.brugwerk.people;

import static be.brugwerk.support.ApiAnswers.body;
import static be.brugwerk.support.ApiAnswers.refusedFields;
import static be.brugwerk.support.ApiAnswers.signedIn;
import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestMail;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The organisation admin's accounts kept through {@code /api/v1/accounts}, as their page keeps them: an invitation
 * whose link goes by e-mail and never into an answer, a new password link, deactivation (which ends the person's
 * session and counts their caseload) and reactivation, and the organisation's settings; refused fields named; another
 * organisation's admin gets 404 on our accounts, and nobody but an admin gets in.
 */
@FullStackTest
class AccountApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    UUID organisation;
    TestAccounts.Account admin;
    WebSession session;

    @BeforeEach
    void anOrganisationAdmin() {
        organisation = accounts.organisation("Accounts API");
        admin = accounts.account(organisation, Role.ORGANISATION_ADMIN);
        session = signedIn(port, admin.email());
    }

    @Test
    void invitesSomeoneWhoseLinkGoesByMailOnly() {
        String email = "sara-" + UUID.randomUUID() + "@test.brugwerk";

        HttpResponse<String> invited = session.sendJson(
                "POST",
                "/api/v1/accounts",
                "{\"displayName\":\"Sara\",\"email\":\"" + email + "\",\"role\":\"COORDINATOR\",\"language\":\"FR\"}");

        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(204);
        String link = TestMail.linkTo(email);
        assertThat(link).contains("/activate?token=");
        JsonNode sara = byEmail(email);
        assertThat(sara.get("role").asString()).isEqualTo("COORDINATOR");
        assertThat(sara.get("activated").asBoolean()).isFalse();
        assertThat(session.getJson("/api/v1/accounts").body()).doesNotContain("token=");

        assertThat(refusedFields(session.sendJson(
                        "POST",
                        "/api/v1/accounts",
                        "{\"displayName\":\"Sara\",\"email\":\"geen adres\",\"role\":\"COORDINATOR\"}")))
                .containsExactly("email");
        assertThat(refusedFields(session.sendJson(
                        "POST",
                        "/api/v1/accounts",
                        "{\"displayName\":\"Root\",\"email\":\"" + email + "x\",\"role\":\"PLATFORM_ADMIN\"}")))
                .containsExactly("role");
    }

    @Test
    void answersAnInvitationToAnAddressWithAnAccountElsewhereExactlyLikeAnyOther() {
        TestAccounts.Account elsewhere =
                accounts.account(accounts.organisation("Accounts API elsewhere"), Role.COORDINATOR);
        String fresh = "fresh-" + UUID.randomUUID() + "@test.brugwerk";

        HttpResponse<String> toFresh = session.sendJson("POST", "/api/v1/accounts", invitation("Nieuw", fresh));
        HttpResponse<String> toTaken =
                session.sendJson("POST", "/api/v1/accounts", invitation("Bestaand", elsewhere.email()));

        assertThat(toTaken.statusCode()).isEqualTo(toFresh.statusCode()).isEqualTo(204);
        assertThat(toTaken.body()).isEqualTo(toFresh.body());
        JsonNode listedFresh = byEmail(fresh);
        JsonNode listedTaken = byEmail(elsewhere.email());
        for (String field : new String[] {"role", "active", "activated"}) {
            assertThat(listedTaken.get(field)).as(field).isEqualTo(listedFresh.get(field));
        }
        assertThat(session.sendJson(
                                "POST",
                                "/api/v1/accounts/" + listedTaken.get("id").asString() + "/reset",
                                "")
                        .statusCode())
                .isEqualTo(session.sendJson(
                                "POST",
                                "/api/v1/accounts/" + listedFresh.get("id").asString() + "/reset",
                                "")
                        .statusCode())
                .isEqualTo(204);
        // its owner is told, twice, and never gets a link
        assertThat(TestMail.to(elsewhere.email())).hasSize(2);
        assertThat(TestMail.lastTextTo(elsewhere.email())).doesNotContain("token=");
        assertThat(TestMail.linkTo(fresh)).contains("/activate?token=");
    }

    private static String invitation(String name, String email) {
        return "{\"displayName\":\"" + name + "\",\"email\":\"" + email + "\",\"role\":\"COORDINATOR\"}";
    }

    @Test
    void sendsANewLinkDeactivatesAndReactivates() {
        TestAccounts.Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        WebSession coachSession = signedIn(port, coach.email());
        String account = "/api/v1/accounts/" + coach.id();

        assertThat(session.sendJson("POST", account + "/reset", "").statusCode())
                .isEqualTo(204);
        assertThat(TestMail.linkTo(coach.email())).contains("/activate?token=");

        JsonNode deactivated = body(session.sendJson("POST", account + "/deactivate", ""), 200);
        assertThat(deactivated.get("toReassign").asInt()).isZero();
        assertThat(byEmail(coach.email()).get("active").asBoolean()).isFalse();
        assertThat(coachSession.get("/").statusCode())
                .as("the session ends at its next request")
                .isEqualTo(302);
        assertThat(refusedFields(session.sendJson("POST", "/api/v1/accounts/" + admin.id() + "/deactivate", "")))
                .as("not oneself")
                .containsExactly("account");

        assertThat(session.sendJson("POST", account + "/reactivate", "").statusCode())
                .isEqualTo(204);
        assertThat(byEmail(coach.email()).get("active").asBoolean()).isTrue();
    }

    @Test
    void savesTheOrganisationsSettings() {
        HttpResponse<String> saved = session.sendJson(
                "PUT",
                "/api/v1/accounts/settings",
                "{\"professionalsSeeOrganisation\":true,\"legalBases\":{\"MATCHING\":\"PUBLIC_TASK\"}}");

        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(204);
        JsonNode settings = body(session.getJson("/api/v1/accounts/settings"), 200);
        assertThat(settings.get("professionalsSeeOrganisation").asBoolean()).isTrue();
        assertThat(settings.get("legalBases").get("MATCHING").asString()).isEqualTo("PUBLIC_TASK");
        assertThat(refusedFields(session.sendJson("PUT", "/api/v1/accounts/settings", "{}")))
                .containsExactly("professionalsSeeOrganisation");
        assertThat(refusedFields(session.sendJson(
                        "PUT",
                        "/api/v1/accounts/settings",
                        "{\"professionalsSeeOrganisation\":false,\"legalBases\":{\"SHARING\":\"CONTRACT\"}}")))
                .containsExactly("legalBases.SHARING");
        assertThat(body(session.getJson("/api/v1/accounts/settings"), 200)
                        .get("professionalsSeeOrganisation")
                        .asBoolean())
                .as("nothing written")
                .isTrue();
    }

    @Test
    void refusesToInviteABuddyOrAnAddressWithAnInvisibleCharacter() {
        String buddy = "bart-" + UUID.randomUUID() + "@test.brugwerk";
        String hidden = "hidden-" + UUID.randomUUID();

        HttpResponse<String> asBuddy = session.sendJson(
                "POST",
                "/api/v1/accounts",
                "{\"displayName\":\"Bart\",\"email\":\"" + buddy + "\",\"role\":\"BUDDY\"}");
        HttpResponse<String> zeroWidthSpace = session.sendJson(
                "POST",
                "/api/v1/accounts",
                "{\"displayName\":\"Verborgen\",\"email\":\"" + hidden
                        + "\\u200b@test.brugwerk\",\"role\":\"PROFESSIONAL\"}");

        assertThat(refusedFields(asBuddy))
                .as("a buddy's account comes with their approval in a programme")
                .containsExactly("role");
        assertThat(asBuddy.body()).contains("\"code\":\"accounts.roleInvalid\"");
        HttpResponse<String> nonBreakingSpace = session.sendJson(
                "POST",
                "/api/v1/accounts",
                "{\"displayName\":\"Verborgen\",\"email\":\"" + hidden
                        + "\\u00a0b@test.brugwerk\",\"role\":\"PROFESSIONAL\"}");

        assertThat(refusedFields(zeroWidthSpace)).containsExactly("email");
        assertThat(refusedFields(nonBreakingSpace))
                .as("Java's \\s is ASCII only: a non-breaking space is white space all the same")
                .containsExactly("email");
        assertThat(session.getJson("/api/v1/accounts").body())
                .doesNotContain(buddy)
                .doesNotContain(hidden);
        assertThat(TestMail.to(buddy)).isEmpty();
    }

    @Test
    void refusesALegalBasisLeftEmptyAsMissingAndWritesNothing() {
        HttpResponse<String> refused = session.sendJson(
                "PUT",
                "/api/v1/accounts/settings",
                "{\"professionalsSeeOrganisation\":true,\"legalBases\":{\"MATCHING\":\"PUBLIC_TASK\",\"PROCESSING\":null}}");

        assertThat(refusedFields(refused)).containsExactly("legalBases.PROCESSING");
        assertThat(refused.body()).contains("\"code\":\"input.required\"");
        JsonNode settings = body(session.getJson("/api/v1/accounts/settings"), 200);
        assertThat(settings.get("professionalsSeeOrganisation").asBoolean()).isFalse();
        assertThat(settings.get("legalBases").get("MATCHING").asString()).isEqualTo("CONSENT");
    }

    @Test
    void letsOnlyTheOrganisationsOwnAdminIn() {
        TestAccounts.Account coach = accounts.account(organisation, Role.VOLUNTEER_COACH);
        WebSession otherAdmin = signedIn(
                port,
                accounts.account(accounts.organisation("Elsewhere"), Role.ORGANISATION_ADMIN)
                        .email());
        WebSession coordinator =
                signedIn(port, accounts.account(organisation, Role.COORDINATOR).email());

        assertThat(otherAdmin
                        .sendJson("POST", "/api/v1/accounts/" + coach.id() + "/deactivate", "")
                        .statusCode())
                .isEqualTo(404);
        assertThat(coordinator.getJson("/api/v1/accounts").statusCode()).isEqualTo(403);
        assertThat(byEmail(coach.email()).get("active").asBoolean()).isTrue();
    }

    private JsonNode byEmail(String email) {
        for (JsonNode account : body(session.getJson("/api/v1/accounts"), 200)) {
            if (account.get("email").asString().equals(email)) {
                return account;
            }
        }
        throw new AssertionError("no account " + email);
    }
}
