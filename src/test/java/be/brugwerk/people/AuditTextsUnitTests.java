package be.brugwerk.people;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every action and every subject the application can write into the audit trail has its text on the audit page, in
 * every language: {@link AuditTrail#record} takes only {@link AuditTrail.Action} and {@link AuditTrail.Subject}, so
 * these two types list all it can write.
 */
class AuditTextsUnitTests {

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr", "en"})
    void namesEveryActionAndSubjectTheTrailCanHold(String language) throws IOException {
        Properties texts = new Properties();
        String path = "i18n/messages_" + language + ".properties";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>();
        for (AuditTrail.Action action : AuditTrail.Action.values()) {
            keys.add("audit.action." + action.name());
        }
        for (AuditTrail.Subject subject : AuditTrail.Subject.values()) {
            keys.add("audit.subject." + subject.stored());
        }
        assertThat(keys)
                .as("audit texts missing from " + path)
                .allSatisfy(key -> assertThat(texts.getProperty(key)).as(key).isNotBlank());
    }
}
