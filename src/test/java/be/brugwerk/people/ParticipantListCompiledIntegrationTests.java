package be.brugwerk.people;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.http.HttpResponse;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The page's expressions are compiled to bytecode once a page has evaluated them often
 * ({@code spring.thymeleaf.enable-spring-el-compiler}, after about a hundred times): the participant list draws the
 * same after that as the first time, with a caseload of two, one of them deactivated.
 */
@FullStackTest
class ParticipantListCompiledIntegrationTests {

    /** More than SpEL's threshold for compiling an expression (100 evaluations by the interpreter). */
    private static final int RENDERINGS = 120;

    @Autowired
    TestAccounts accounts;

    @Test
    void drawsTheListTheSameOnceItsExpressionsAreCompiled() {
        UUID organisation = accounts.organisation("Compiled participant list");
        WebSession coordinator = accounts.signedIn(organisation, Role.COORDINATOR);
        Account first = accounts.account(organisation, Role.PROFESSIONAL);
        Account second = accounts.account(organisation, Role.VOLUNTEER_COACH);
        for (int i = 0; i < 3; i++) {
            HttpResponse<String> created = coordinator.sendJson("POST", "/api/v1/participants", """
                    {"name":"Deelnemer %d","municipality":"Gent","consents":[{"purpose":"PROCESSING"},
                     {"purpose":"SHARING","sharedWith":["VOLUNTEER_COACH"]}]}""".formatted(i));
            assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
            String id = created.body().replaceFirst("(?s).*?\"id\":\"([0-9a-f-]{36})\".*", "$1");
            for (Account member : i == 0 ? new Account[] {first, second} : new Account[] {first}) {
                assertThat(coordinator
                                .sendJson("PUT", "/api/v1/participants/" + id + "/caseload/" + member.id(), "")
                                .statusCode())
                        .isEqualTo(204);
            }
        }
        WebSession admin = accounts.signedIn(organisation, Role.ORGANISATION_ADMIN);
        assertThat(admin.sendJson("POST", "/api/v1/accounts/" + second.id() + "/deactivate", "")
                        .statusCode())
                .isEqualTo(200);

        String firstTime = page(coordinator);
        String last = firstTime;
        for (int i = 0; i < RENDERINGS; i++) {
            last = page(coordinator);
        }

        assertThat(firstTime).contains("Deelnemer 0", "Deelnemer 2", "Gent", "<span>, </span>", "class=\"badge\"");
        assertThat(last).isEqualTo(firstTime);
    }

    /** The list, without the CSRF token (masked anew for every answer). */
    private static String page(WebSession session) {
        HttpResponse<String> list = session.get("/participants?q=Deelnemer");
        assertThat(list.statusCode()).isEqualTo(200);
        return list.body().replaceAll("(name=\"_csrf\" (?:content|value)=)\"[^\"]*\"", "$1\"…\"");
    }
}
