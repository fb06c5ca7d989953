package be.brugwerk.system.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import be.brugwerk.system.MultiLine;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.TextInput;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.core.NestedExceptionUtils;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/** The JSON reader of request bodies refuses what no text field takes, naming the field by its path. */
class TextDeserializerUnitTests {

    record Member(String name, @MultiLine String note) {}

    record Map_(
            String title, List<Member> members, @MultiLine List<String> lines, Map<String, String> answers) {}

    private final JsonMapper json = JsonMapper.builder()
            .addModule(new SimpleModule().addDeserializer(String.class, new TextDeserializer()))
            .build();

    @Test
    void readsTextAsItIs() {
        Map_ read = json.readValue("""
                {"title":"Zoë 🙂","members":[{"name":"Ann","note":"two\\nlines"}],"lines":["a\\tb"],"answers":{"A":"1"}}""", Map_.class);

        assertThat(read.title()).isEqualTo("Zoë 🙂");
        assertThat(read.members().get(0).note()).isEqualTo("two\nlines");
        assertThat(read.lines()).containsExactly("a\tb");
    }

    @Test
    void namesTheTopLevelField() {
        assertThat(refusal("{\"title\":\"a\\u0000\"}").field()).isEqualTo("title");
    }

    @Test
    void namesAFieldInAListByItsPosition() {
        Refusal refused = refusal("{\"members\":[{\"name\":\"Ann\"},{\"name\":\"B\\u0007b\"}]}");

        assertThat(refused.field()).isEqualTo("members[1].name");
        assertThat(refused.messageKey()).isEqualTo(TextInput.CONTROL_CHARACTER);
        assertThat(refused.arguments()).containsExactly("members[1].name");
    }

    @Test
    void takesLineBreaksOnlyWhereTheFieldIsMarkedForThem() {
        assertThat(refusal("{\"members\":[{\"name\":\"A\\nB\"}]}").messageKey()).isEqualTo(TextInput.LINE_BREAK);
        assertThat(refusal("{\"lines\":[\"ok\",\"half \\ud800\"]}").field()).isEqualTo("lines[1]");
    }

    @Test
    void checksTheValuesOfAMap() {
        assertThat(refusal("{\"answers\":{\"A\":\"\\u0000\"}}").field()).isEqualTo("answers.A");
    }

    private Refusal refusal(String body) {
        Throwable thrown = catchThrowable(() -> json.readValue(body, Map_.class));
        assertThat(NestedExceptionUtils.getMostSpecificCause(thrown)).isInstanceOf(Refusal.class);
        return (Refusal) NestedExceptionUtils.getMostSpecificCause(thrown);
    }
}
