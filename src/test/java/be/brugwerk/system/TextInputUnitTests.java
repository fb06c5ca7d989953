package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextInputUnitTests {

    @Test
    void acceptsNoTextAndEmptyText() {
        assertThat(TextInput.problem(null, false)).isNull();
        assertThat(TextInput.problem("", false)).isNull();
    }

    @Test
    void acceptsTextInAnyScriptWithWholeSurrogatePairs() {
        assertThat(TextInput.problem("Zoë, Ğül, 李, مرحبا, 🙂 — “quoted” é", false))
                .isNull();
    }

    @Test
    void refusesNulNamingTheFieldAsTampered() {
        Refusal refused = catchThrowableOfType(Refusal.class, () -> TextInput.check("name", "Ali\u0000", false));

        assertThat(refused.field()).isEqualTo("name");
        assertThat(refused.messageKey()).isEqualTo(TextInput.CONTROL_CHARACTER);
        assertThat(refused.arguments()).containsExactly("name");
        assertThat(refused.tampered()).isTrue();
        assertThat(refused.getMessage()).doesNotContain("Ali");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0001", "\u0008", "\u000b", "\u000c", "\u001b", "\u001f", "\u007f", "\u0085", "\u009f"})
    void refusesEveryOtherControlCharacterEvenInATextArea(String control) {
        assertThat(TextInput.problem("a" + control + "b", true)).isEqualTo(TextInput.CONTROL_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\ud800", "x\ud83dy", "\udc00", "\ude42\ud83d"})
    void refusesHalfACharacter(String half) {
        assertThat(TextInput.problem(half, true)).isEqualTo(TextInput.CONTROL_CHARACTER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"two\nlines", "a\ttab", "windows\r\nline"})
    void takesLineBreaksAndTabsOnlyInATextArea(String text) {
        assertThat(TextInput.problem(text, false)).isEqualTo(TextInput.LINE_BREAK);
        assertThatCode(() -> TextInput.check("note", text, true)).doesNotThrowAnyException();
    }

    @Test
    void namesAControlCharacterBeforeALineBreak() {
        assertThat(TextInput.problem("a\nb\u0000", false)).isEqualTo(TextInput.CONTROL_CHARACTER);
    }
}
