package be.brugwerk.people;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Registering, changing and sharing a participant, and what each consent gates — through the real app. */
@FullStackTest
class ParticipantIntegrationTests {

    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @Autowired
    TestAccounts accounts;

    UUID organisation;
    WebSession coordinator;
    WebSession coach;
    WebSession professional;
    Account coachAccount;
    Account professionalAccount;

    @BeforeEach
    void anOrganisationWithACoordinatorACoachAndAProfessional() {
        organisation = accounts.organisation("Participant tests");
        coordinator = accounts.signedIn(organisation, Role.COORDINATOR);
        coachAccount = accounts.account(organisation, Role.VOLUNTEER_COACH);
        coach = accounts.signedIn(coachAccount);
        professionalAccount = accounts.account(organisation, Role.PROFESSIONAL);
        professional = accounts.signedIn(professionalAccount);
    }

    @Test
    void keepsWhatWasTypedAndSaysWhatIsWrong() {
        coordinator.get("/participants/new");

        HttpResponse<String> response = coordinator.post(
                "/participants",
                Map.of(
                        "name",
                        " ",
                        "birthYear",
                        "19x5",
                        "languages",
                        "Dari, Nederlands",
                        "municipality",
                        "Gent",
                        "transitions",
                        "MIGRATION"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .contains("Vul een naam of schuilnaam in.")
                .contains("Vul een geboortejaar in zoals 1975.")
                .contains("value=\"19x5\"")
                .contains("value=\"Dari, Nederlands\"")
                .contains("value=\"Gent\"")
                .containsPattern("value=\"MIGRATION\"[^>]*checked");
    }

    @Test
    void refusesABirthYearInTheFuture() {
        HttpResponse<String> response = coordinator.post(
                "/participants", Map.of("name", "Toekomst", "birthYear", "2099", "consentProcessing", "true"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("Dat geboortejaar ligt in de toekomst.");
    }

    @Test
    void refusesABirthYearInTheFutureWhenAnApiChangeSendsIt() {
        UUID id = register("{\"name\":\"Jonas\",\"birthYear\":1990,\"consents\":[{\"purpose\":\"PROCESSING\"}]}");

        HttpResponse<String> future = coordinator.sendJson(
                "PUT", "/api/v1/participants/" + id, "{\"name\":\"Jonas\",\"birthYear\":2099,\"version\":0}");

        assertThat(future.statusCode()).as(future.body()).isEqualTo(400);
        assertThat(future.body())
                .contains("\"field\":\"birthYear\"")
                .contains("\"code\":\"participant.birthYear.future\"");
        assertThat(coordinator.getJson("/api/v1/participants/" + id).body())
                .contains("\"birthYear\":1990")
                .contains("\"version\":0");
    }

    @Test
    void refusesAConsentSentTwiceAtRegistrationNamingTheSecond() {
        HttpResponse<String> twice = coordinator.sendJson(
                "POST",
                "/api/v1/participants",
                "{\"name\":\"Tweemaal\",\"consents\":[{\"purpose\":\"PROCESSING\"},{\"purpose\":\"SHARING\","
                        + "\"sharedWith\":[\"VOLUNTEER_COACH\"]},{\"purpose\":\"SHARING\"}]}");

        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(400);
        assertThat(twice.body())
                .contains("\"field\":\"consents[2].purpose\"")
                .contains("\"code\":\"participant.consent.twice\"");
        assertThat(coordinator.getJson("/api/v1/participants?q=Tweemaal").body())
                .doesNotContain("Tweemaal");
    }

    @Test
    void answersBadApiInputWithAProblemNamingTheField() {
        HttpResponse<String> blank = coordinator.sendJson(
                "POST", "/api/v1/participants", "{\"name\":\"\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");
        HttpResponse<String> wrongType =
                coordinator.sendJson("POST", "/api/v1/participants", "{\"name\":\"Ali\",\"birthYear\":\"long ago\"}");

        assertThat(blank.statusCode()).isEqualTo(400);
        assertThat(blank.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).contains("problem+json"));
        assertThat(blank.body()).contains("\"field\":\"name\"");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(wrongType.body()).contains("\"field\":\"birthYear\"");
    }

    @Test
    void neverLetsARequestChooseItsOrganisationOrRole() {
        UUID elsewhere = accounts.organisation("Elsewhere");

        HttpResponse<String> response = coordinator.sendJson(
                "POST",
                "/api/v1/participants",
                "{\"name\":\"Sneaky\",\"organisationId\":\"" + elsewhere
                        + "\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");
        HttpResponse<String> form = coordinator.post(
                "/participants",
                Map.of(
                        "name",
                        "Sneaky form",
                        "consentProcessing",
                        "true",
                        "organisationId",
                        elsewhere.toString(),
                        "role",
                        "PLATFORM_ADMIN"));

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("\"field\":\"organisationId\"");
        assertThat(form.statusCode()).isEqualTo(302);
        HttpResponse<String> listed = coordinator.getJson("/api/v1/participants?q=Sneaky");
        assertThat(listed.body()).contains("Sneaky form");
        WebSession elsewhereCoordinator = accounts.signedIn(elsewhere, Role.COORDINATOR);
        assertThat(elsewhereCoordinator.getJson("/api/v1/participants").body()).doesNotContain("Sneaky");
    }

    @Test
    void answersAConcurrentEditWithAConflict() {
        UUID id = register("{\"name\":\"Jana\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");

        HttpResponse<String> first =
                coordinator.sendJson("PUT", "/api/v1/participants/" + id, "{\"name\":\"Jana B\",\"version\":0}");
        HttpResponse<String> second =
                professional.sendJson("PUT", "/api/v1/participants/" + id, "{\"name\":\"Jana C\",\"version\":0}");
        HttpResponse<String> secondAsCoordinator =
                coordinator.sendJson("PUT", "/api/v1/participants/" + id, "{\"name\":\"Jana C\",\"version\":0}");

        assertThat(first.statusCode()).isEqualTo(200);
        assertThat(second.statusCode())
                .as("the professional is not on the caseload")
                .isEqualTo(404);
        assertThat(secondAsCoordinator.statusCode()).isEqualTo(409);
        assertThat(coordinator.getJson("/api/v1/participants/" + id).body()).contains("Jana B");
    }

    @Test
    void answersAStaleFormWithAConflictAndKeepsWhatWasTyped() {
        UUID id = register("{\"name\":\"Jana\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");
        HttpResponse<String> first = coordinator.post("/participants/" + id, Map.of("name", "Jana B", "version", "0"));

        HttpResponse<String> stale =
                coordinator.post("/participants/" + id, Map.of("name", "Jana Typed", "version", "0"));

        assertThat(first.statusCode()).isEqualTo(302);
        assertThat(stale.statusCode()).isEqualTo(409);
        assertThat(stale.body()).contains("value=\"Jana Typed\"");
        assertThat(coordinator.getJson("/api/v1/participants/" + id).body())
                .contains("Jana B")
                .doesNotContain("Typed");
    }

    @Test
    void refusesToAssignAnAccountOfAnotherOrganisation() {
        UUID id = register("{\"name\":\"Karim\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");
        Account stranger = accounts.account(accounts.organisation("Strangers"), Role.VOLUNTEER_COACH);

        HttpResponse<String> response =
                coordinator.sendJson("PUT", "/api/v1/participants/" + id + "/caseload/" + stranger.id(), "");

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(coordinator.getJson("/api/v1/participants/" + id).body())
                .doesNotContain(stranger.id().toString());
    }

    @Test
    void processingConsentGatesEverythingButTheNameOnTheVeryNextRequest() {
        UUID id = register("{\"name\":\"Lotte\",\"municipality\":\"Aalst\",\"consents\":[{\"purpose\":\"PROCESSING\"},"
                + "{\"purpose\":\"SHARING\",\"sharedWith\":[\"VOLUNTEER_COACH\"]}]}");
        assign(id, coachAccount);
        assign(id, professionalAccount);
        assertThat(professional.getJson("/api/v1/participants/" + id).statusCode())
                .isEqualTo(200);

        assertThat(coordinator
                        .sendJson("DELETE", "/api/v1/participants/" + id + "/consents/PROCESSING", "")
                        .statusCode())
                .isEqualTo(204);

        assertThat(professional.getJson("/api/v1/participants/" + id).statusCode())
                .isEqualTo(404);
        assertThat(coach.getJson("/api/v1/participants/" + id).statusCode()).isEqualTo(404);
        HttpResponse<String> restricted = coordinator.getJson("/api/v1/participants/" + id);
        assertThat(restricted.body())
                .contains("\"restricted\":true")
                .contains("Lotte")
                .doesNotContain("Aalst");
        assertThat(coordinator
                        .sendJson("PUT", "/api/v1/participants/" + id, "{\"name\":\"Lotte\",\"version\":0}")
                        .statusCode())
                .isEqualTo(403);
    }

    @Test
    void sharingConsentGatesTheVolunteerCoachOnTheVeryNextRequest() {
        UUID id = register("{\"name\":\"Mo\",\"consents\":[{\"purpose\":\"PROCESSING\"},"
                + "{\"purpose\":\"SHARING\",\"sharedWith\":[\"VOLUNTEER_COACH\"]}]}");
        assign(id, coachAccount);
        assertThat(coach.getJson("/api/v1/participants/" + id).statusCode()).isEqualTo(200);

        coordinator.sendJson("DELETE", "/api/v1/participants/" + id + "/consents/SHARING", "");

        assertThat(coach.getJson("/api/v1/participants/" + id).statusCode()).isEqualTo(404);
        assertThat(coach.getJson("/api/v1/participants").body()).doesNotContain(id.toString());
        assertThat(coordinator.getJson("/api/v1/participants/" + id).statusCode())
                .isEqualTo(200);
    }

    @Test
    void matchingConsentGatesBeingApproachedForMatchingOnTheVeryNextRequest() {
        UUID id =
                register("{\"name\":\"Noor\",\"consents\":[{\"purpose\":\"PROCESSING\"},{\"purpose\":\"MATCHING\"}]}");
        assertThat(coordinator.getJson("/api/v1/participants/" + id).body())
                .contains("\"approachableForMatching\":true");

        coordinator.sendJson("DELETE", "/api/v1/participants/" + id + "/consents/MATCHING", "");

        assertThat(coordinator.getJson("/api/v1/participants/" + id).body())
                .contains("\"approachableForMatching\":false");
    }

    @Test
    void putsAParticipantAProfessionalRegistersOnTheirOwnCaseload() {
        UUID id = idOf(professional.sendJson(
                "POST", "/api/v1/participants", "{\"name\":\"Ola\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}"));

        assertThat(professional.getJson("/api/v1/participants/" + id).body())
                .contains(professionalAccount.id().toString());
        assertThat(coach.getJson("/api/v1/participants/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void archivedParticipantsLeaveTheList() {
        UUID id = register("{\"name\":\"Piet\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");

        coordinator.sendJson("POST", "/api/v1/participants/" + id + "/archive", "");

        assertThat(coordinator.getJson("/api/v1/participants").body()).doesNotContain(id.toString());
        assertThat(coordinator.getJson("/api/v1/participants/" + id).body()).contains("\"archived\":true");
    }

    @Test
    void keepsAnArchivedParticipantReadOnly() {
        UUID id = register("{\"name\":\"Piet\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");
        assign(id, professionalAccount);
        coordinator.sendJson("POST", "/api/v1/participants/" + id + "/archive", "");
        String archived = coordinator.getJson("/api/v1/participants/" + id).body();
        assertThat(archived).contains("\"archived\":true").contains("\"version\":1");

        HttpResponse<String> edit =
                coordinator.sendJson("PUT", "/api/v1/participants/" + id, "{\"name\":\"Piet B\",\"version\":1}");
        HttpResponse<String> editAsReadBefore =
                coordinator.sendJson("PUT", "/api/v1/participants/" + id, "{\"name\":\"Piet C\",\"version\":0}");
        HttpResponse<String> consent =
                coordinator.sendJson("POST", "/api/v1/participants/" + id + "/consents", "{\"purpose\":\"MATCHING\"}");
        HttpResponse<String> assign =
                coordinator.sendJson("PUT", "/api/v1/participants/" + id + "/caseload/" + coachAccount.id(), "");
        HttpResponse<String> archiveAgain = coordinator.sendJson("POST", "/api/v1/participants/" + id + "/archive", "");
        HttpResponse<String> page = coordinator.post("/participants/" + id, Map.of("name", "Piet D", "version", "1"));

        for (HttpResponse<String> refused : java.util.List.of(edit, editAsReadBefore, consent, assign, archiveAgain)) {
            assertThat(refused.statusCode()).as(refused.body()).isEqualTo(409);
            assertThat(refused.body())
                    .contains("participant.conflict.archived")
                    .doesNotContain("participant.conflict\"");
        }
        assertThat(page.statusCode()).isEqualTo(409);
        assertThat(page.body()).contains("gearchiveerd").contains("value=\"Piet D\"");
        assertThat(coordinator.getJson("/api/v1/participants/" + id).body())
                .as("nothing changed")
                .contains("\"name\":\"Piet\"")
                .contains("\"version\":1")
                .doesNotContain("MATCHING")
                .doesNotContain(coachAccount.id().toString());
        assertThat(coordinator.get("/participants/" + id).body())
                .as("the profile still reads, and offers no change")
                .contains("gearchiveerd")
                .doesNotContain("/participants/" + id + "/edit")
                .doesNotContain("/participants/" + id + "/archive");
        assertThat(coordinator
                        .sendJson("DELETE", "/api/v1/participants/" + id + "/consents/PROCESSING", "")
                        .statusCode())
                .as("a consent can still be withdrawn")
                .isEqualTo(204);
        assertThat(coordinator
                        .sendJson("DELETE", "/api/v1/participants/" + id + "/caseload/" + professionalAccount.id(), "")
                        .statusCode())
                .as("the caseload can still be cleared")
                .isEqualTo(204);
    }

    @Test
    void refusesRolesToShareWithForAPurposeOtherThanSharing() {
        UUID id = register("{\"name\":\"Ruth\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");

        HttpResponse<String> consent = coordinator.sendJson(
                "POST",
                "/api/v1/participants/" + id + "/consents",
                "{\"purpose\":\"MATCHING\",\"sharedWith\":[\"VOLUNTEER_COACH\"]}");
        HttpResponse<String> registration = coordinator.sendJson(
                "POST",
                "/api/v1/participants",
                "{\"name\":\"Rik\",\"consents\":[{\"purpose\":\"PROCESSING\"},"
                        + "{\"purpose\":\"MATCHING\",\"sharedWith\":[\"VOLUNTEER_COACH\"]}]}");

        assertThat(consent.statusCode()).as(consent.body()).isEqualTo(400);
        assertThat(consent.body())
                .contains("\"field\":\"sharedWith\"")
                .contains("participant.consent.sharedWithOnlyForSharing");
        assertThat(registration.statusCode()).as(registration.body()).isEqualTo(400);
        assertThat(registration.body()).contains("\"field\":\"consents[1].sharedWith\"");
        assertThat(coordinator.getJson("/api/v1/participants/" + id).body()).doesNotContain("MATCHING");
        assertThat(coordinator
                        .sendJson(
                                "POST",
                                "/api/v1/participants/" + id + "/consents",
                                "{\"purpose\":\"SHARING\",\"sharedWith\":[\"VOLUNTEER_COACH\"]}")
                        .statusCode())
                .isEqualTo(204);
    }

    @Test
    void findsANameSearchedWithAnInvisibleMark() {
        UUID id = register("{\"name\":\"Amina\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");

        assertThat(coordinator.getJson("/api/v1/participants?q=Am%E2%80%8Bina").body())
                .contains(id.toString());
        assertThat(coordinator.get("/participants?q=Am%E2%80%8Bina").body()).contains(id.toString());
    }

    @Test
    void holdsALanguageToTheSameLengthOnThePageAndTheApi() {
        String sixty = "a".repeat(60);
        String sixtyOne = "a".repeat(61);

        HttpResponse<String> apiLong = coordinator.sendJson(
                "POST",
                "/api/v1/participants",
                "{\"name\":\"Lang\",\"languages\":[\"" + sixtyOne + "\"],\"consents\":[{\"purpose\":\"PROCESSING\"}]}");
        HttpResponse<String> pageLong = coordinator.post(
                "/participants", Map.of("name", "Lang", "languages", "Dari, " + sixtyOne, "consentProcessing", "true"));
        UUID apiFits = register(
                "{\"name\":\"Lang\",\"languages\":[\"" + sixty + "\"],\"consents\":[{\"purpose\":\"PROCESSING\"}]}");
        HttpResponse<String> pageFits = coordinator.post(
                "/participants", Map.of("name", "Lang", "languages", sixty, "consentProcessing", "true"));

        assertThat(apiLong.statusCode()).as(apiLong.body()).isEqualTo(400);
        assertThat(apiLong.body()).contains("\"field\":\"languages[0]\"").contains("participant.language.tooLong");
        assertThat(pageLong.statusCode()).isEqualTo(200);
        assertThat(pageLong.body())
                .contains("Een taal telt hoogstens 60 tekens")
                .contains("value=\"Dari, " + sixtyOne);
        assertThat(coordinator.getJson("/api/v1/participants/" + apiFits).body())
                .contains(sixty);
        assertThat(pageFits.statusCode()).isEqualTo(302);
    }

    @Test
    void professionalsSeeTheWholeOrganisationOnlyWhereItAllowsIt() {
        UUID id = register("{\"name\":\"Quinten\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");
        assertThat(professional.getJson("/api/v1/participants/" + id).statusCode())
                .isEqualTo(404);

        WebSession admin = accounts.signedIn(organisation, Role.ORGANISATION_ADMIN);
        admin.post("/accounts/settings", Map.of("professionalsSeeOrganisation", "true"));

        assertThat(professional.getJson("/api/v1/participants/" + id).statusCode())
                .isEqualTo(200);
        assertThat(coach.getJson("/api/v1/participants/" + id).statusCode())
                .as("coaches still see only their own")
                .isEqualTo(404);
    }

    @Test
    void aPublicTaskNeedsNoConsentToProcessButStillToShareWithVolunteers() {
        WebSession admin = accounts.signedIn(organisation, Role.ORGANISATION_ADMIN);
        admin.post(
                "/accounts/settings",
                Map.of("basis.PROCESSING", "PUBLIC_TASK", "basis.SHARING", "CONSENT", "basis.MATCHING", "CONSENT"));

        HttpResponse<String> refused = admin.post("/accounts/settings", Map.of("basis.SHARING", "PUBLIC_TASK"));
        assertThat(refused.statusCode())
                .as("sharing with volunteers rests on consent only")
                .isEqualTo(400);

        UUID id = register("{\"name\":\"Rosa\"}");
        assign(id, professionalAccount);
        assign(id, coachAccount);

        assertThat(professional.getJson("/api/v1/participants/" + id).statusCode())
                .isEqualTo(200);
        assertThat(coach.getJson("/api/v1/participants/" + id).statusCode()).isEqualTo(404);
    }

    @Test
    void flagsTheCaseloadOfADeactivatedPersonForReassignment() {
        UUID id = register("{\"name\":\"Sara\",\"consents\":[{\"purpose\":\"PROCESSING\"}]}");
        assign(id, professionalAccount);
        WebSession admin = accounts.signedIn(organisation, Role.ORGANISATION_ADMIN);

        HttpResponse<String> deactivated =
                admin.post("/accounts/" + professionalAccount.id() + "/deactivate", Map.of());
        assertThat(admin.get(deactivated
                                .headers()
                                .firstValue("Location")
                                .orElseThrow()
                                .replaceAll("^https?://[^/]+", ""))
                        .body())
                .contains("1 deelnemer(s) hadden deze persoon als begeleider.");

        assertThat(coordinator.get("/participants").body()).contains("gedeactiveerd: wijs iemand anders toe");
    }

    private UUID register(String json) {
        return idOf(coordinator.sendJson("POST", "/api/v1/participants", json));
    }

    private void assign(UUID participant, Account account) {
        assertThat(coordinator
                        .sendJson("PUT", "/api/v1/participants/" + participant + "/caseload/" + account.id(), "")
                        .statusCode())
                .isEqualTo(204);
    }

    private static UUID idOf(HttpResponse<String> created) {
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        Matcher id = ID.matcher(created.body());
        assertThat(id.find()).isTrue();
        return UUID.fromString(id.group(1));
    }
}
