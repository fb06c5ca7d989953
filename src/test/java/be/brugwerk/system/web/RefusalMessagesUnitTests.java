package be.brugwerk.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.system.Refusal;
import be.brugwerk.system.TextInput;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.http.ProblemDetail;
import org.springframework.validation.MapBindingResult;

/** A refusal in the words of the request's language, read from the application's own message bundles. */
class RefusalMessagesUnitTests {

    private final RefusalMessages messages = new RefusalMessages(bundles());

    /** The application's message bundles, as the running application reads them. */
    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(
                "i18n/messages",
                "i18n/network",
                "i18n/coaching",
                "i18n/exchange",
                "i18n/editor",
                "i18n/trajectory",
                "i18n/matching");
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    @Test
    void translatesIntoDutchFrenchAndEnglishFillingInTheArguments() {
        Refusal refused = Refusal.tampered("name", TextInput.CONTROL_CHARACTER, "name");

        assertThat(messages.message(refused, Locale.forLanguageTag("nl"))).startsWith("„name” bevat een teken");
        assertThat(messages.message(refused, Locale.FRENCH)).startsWith("« name » contient un caractère");
        assertThat(messages.message(refused, Locale.ENGLISH)).startsWith("“name” holds a character that is not text");
    }

    @Test
    void fillsInNumbersAsThePageWould() {
        Refusal refused = new Refusal("capacity", "matching.buddy.capacity.range", 2);

        assertThat(messages.message(refused, Locale.ENGLISH))
                .isEqualTo("A buddy takes at least 1 and at most 2 participants at once.");
    }

    @Test
    void answersAProblemNamingTheFieldWithTheMessageAndItsKey() {
        Refusal refused = new Refusal("birthYear", "participant.birthYear.future");

        ProblemDetail problem = messages.problem(refused, Locale.ENGLISH);

        assertThat(problem.getStatus()).isEqualTo(400);
        assertThat(problem.getDetail()).isEqualTo("birthYear: That year of birth lies in the future.");
        assertThat(problem.getProperties())
                .containsEntry(
                        "errors",
                        List.of(Map.of(
                                "field",
                                "birthYear",
                                "message",
                                "That year of birth lies in the future.",
                                "code",
                                "participant.birthYear.future")));
    }

    @Test
    void fallsBackToTheKeyRatherThanFailingWhenAMessageIsMissing() {
        assertThat(messages.message(new Refusal("x", "no.such.key"), Locale.ENGLISH))
                .isEqualTo("no.such.key");
    }

    @Test
    void namesAnUnreadableFieldWithTheKeyWhenItsMessageIsMissing() {
        assertThat(messages.entry("version", "no.such.key", Locale.ENGLISH))
                .isEqualTo(Map.of("field", "version", "message", "no.such.key", "code", "no.such.key"));
    }

    @Test
    void saysWhatAFormRefusedAsItsPageDoesWithItsKeyAsCode() {
        MapBindingResult form = new MapBindingResult(new HashMap<>(), "buddyForm");
        form.rejectValue("capacity", "matching.buddy.capacity.range", new Object[] {2}, null);

        assertThat(messages.entry(form.getFieldError(), Locale.ENGLISH))
                .isEqualTo(Map.of(
                        "field",
                        "capacity",
                        "message",
                        "A buddy takes at least 1 and at most 2 participants at once.",
                        "code",
                        "matching.buddy.capacity.range"));
    }

    @Test
    void namesWhatAFormRefusedWithTheKeyWhenItsMessageIsMissing() {
        MapBindingResult form = new MapBindingResult(new HashMap<>(), "buddyForm");
        form.rejectValue("capacity", "no.such.key", new Object[] {2}, null);
        form.reject("no.such.formKey");

        assertThat(messages.entry(form.getFieldError(), Locale.ENGLISH))
                .isEqualTo(Map.of("field", "capacity", "message", "no.such.key", "code", "no.such.key"));
        assertThat(messages.entry(form.getGlobalError(), Locale.ENGLISH))
                .isEqualTo(Map.of("field", "", "message", "no.such.formKey", "code", "no.such.formKey"));
    }

    @Test
    void namesAnUnreadableFieldInTheRequestsLanguage() {
        assertThat(messages.entry("version", "input.wrongKind", Locale.FRENCH))
                .isEqualTo(Map.of(
                        "field",
                        "version",
                        "message",
                        "Ce champ contient une valeur du mauvais type.",
                        "code",
                        "input.wrongKind"));
    }
}
