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
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

/**
 * The platform admin's page led through {@code /api/v1/organisations}: an organisation made with its first admin,
 * who gets the invitation by e-mail (never in the answer); refused fields named as the API names them; nobody else
 * gets in.
 */
@FullStackTest
class OrganisationApiIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    TestAccounts accounts;

    @Test
    void makesAnOrganisationWhoseFirstAdminIsInvitedByMail() {
        WebSession platform =
                signedIn(port, accounts.account(null, Role.PLATFORM_ADMIN).email());
        String email = "first-" + UUID.randomUUID() + "@test.brugwerk";

        JsonNode created = body(
                platform.sendJson(
                        "POST",
                        "/api/v1/organisations",
                        "{\"name\":\"OCMW Bergstad\",\"adminName\":\"Ine\",\"adminEmail\":\"" + email + "\"}"),
                201);

        assertThat(TestMail.linkTo(email)).contains("/activate?token=");
        boolean listed = false;
        for (JsonNode organisation : body(platform.getJson("/api/v1/organisations"), 200)) {
            listed |= organisation.get("id").asString().equals(created.get("id").asString())
                    && organisation.get("name").asString().equals("OCMW Bergstad");
        }
        assertThat(listed).isTrue();
        assertThat(refusedFields(platform.sendJson(
                        "POST",
                        "/api/v1/organisations",
                        "{\"name\":\"OCMW Dalstad\",\"adminName\":\"Ine\",\"adminEmail\":\"geen adres\"}")))
                .containsExactly("adminEmail");
        assertThat(refusedFields(platform.sendJson(
                        "POST",
                        "/api/v1/organisations",
                        "{\"name\":\" \",\"adminName\":\"Ine\",\"adminEmail\":\"" + email + "\"}")))
                .containsExactly("name");
    }

    @Test
    void letsNobodyButThePlatformAdminIn() {
        WebSession admin = signedIn(
                port,
                accounts.account(accounts.organisation("Not the platform"), Role.ORGANISATION_ADMIN)
                        .email());

        assertThat(admin.getJson("/api/v1/organisations").statusCode()).isEqualTo(403);
        assertThat(admin.sendJson("POST", "/api/v1/organisations", "{\"name\":").statusCode())
                .isEqualTo(403);
    }
}
