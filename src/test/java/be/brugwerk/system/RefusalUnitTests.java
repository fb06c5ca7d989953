package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.FieldError;
import org.springframework.validation.ObjectError;

class RefusalUnitTests {

    record Form(String name, List<String> steps) {}

    @Test
    void showsItselfBesideTheFieldOfTheFormWithWhatWasTyped() {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new Form("Zoë", List.of()), "form");

        new Refusal("name", "some.key", 7).showOn(errors);

        FieldError error = errors.getFieldError("name");
        assertThat(error).isNotNull();
        assertThat(error.getCodes()).contains("some.key");
        assertThat(error.getArguments()).containsExactly(7);
        assertThat(error.getRejectedValue()).isEqualTo("Zoë");
        assertThat(error.unwrap(Refusal.class).messageKey()).isEqualTo("some.key");
    }

    @Test
    void showsItselfAboveAFormThatHasNoSuchField() {
        BeanPropertyBindingResult errors = new BeanPropertyBindingResult(new Form("Zoë", List.of()), "form");

        Refusal.tampered("trajectory", "other.key").showOn(errors);

        assertThat(errors.getFieldErrors()).isEmpty();
        ObjectError error = errors.getGlobalError();
        assertThat(error).isNotNull();
        assertThat(error.getCodes()).contains("other.key");
        assertThat(error.unwrap(Refusal.class).tampered()).isTrue();
    }

    @Test
    void keepsItsArgumentsOutOfItsMessage() {
        Refusal refused = new Refusal("email", "accounts.emailTaken", "someone@example.be");

        assertThat(refused.getMessage()).isEqualTo("email: accounts.emailTaken").doesNotContain("someone");
        assertThat(refused.arguments()).containsExactly("someone@example.be");
    }

    @Test
    void namesAFieldFurtherDown() {
        assertThat(new Refusal("name", "k").under("members[2]").field()).isEqualTo("members[2].name");
        assertThat(new Refusal("[0]", "k").under("steps").field()).isEqualTo("steps[0]");
        assertThat(Refusal.tampered("name", "k").under("members[2]").tampered()).isTrue();
    }
}
