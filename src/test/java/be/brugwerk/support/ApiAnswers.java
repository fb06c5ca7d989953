package be.brugwerk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** What the JSON API answered, read the way the API tests read it: the body at an expected status, the fields refused. */
public final class ApiAnswers {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ApiAnswers() {}

    /** The body of an answer that must have this status (the body shows when it has not). */
    public static JsonNode body(HttpResponse<String> answer, int status) {
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        return JSON.readTree(answer.body());
    }

    /** The fields a 400 problem names in its {@code errors}, in their order. */
    public static List<String> refusedFields(HttpResponse<String> refused) {
        List<String> fields = new ArrayList<>();
        body(refused, 400)
                .get("errors")
                .forEach(error -> fields.add(error.get("field").asString()));
        return fields;
    }

    /** A session signed in as the account with this address and the test password. */
    public static WebSession signedIn(int port, String email) {
        WebSession session = new WebSession(port);
        assertThat(session.signIn(email, TestAccounts.PASSWORD)).as(email).isTrue();
        return session;
    }
}
