package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressUnitTests {

    @ParameterizedTest
    @ValueSource(
            strings = {
                "ann@x.be",
                "Ann.Peeters+buddy@sub.example.be",
                "élise@café.be" // letters beyond ASCII are letters
            })
    void acceptsAnAddress(String address) {
        assertThat(EmailAddress.isValid(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "ann",
                "ann@x",
                "ann@@x.be",
                "ann b@x.be",
                "ann\tb@x.be",
                "ann\u00a0b@x.be", // a non-breaking space: Java's \s is ASCII only
                "ann@x\u3000y.be", // an ideographic space
                "ann@x.be\u2028", // a line separator
                "ann\u200b@x.be", // a zero-width space
                "ann@x\u200e.be", // a direction mark
                "ann@x.b\u0000e"
            })
    void refusesAnythingElseAndWhiteSpaceOrAnInvisibleCharacterInAnyPart(String address) {
        assertThat(EmailAddress.isValid(address)).as(address).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ann@x.be", "  ANN@X.be ", "Ann@x.BE\n"})
    void storesAnAddressStrippedInLowerCase(String typed) {
        assertThat(EmailAddress.normalised(typed)).hasValue("ann@x.be");
    }

    @ParameterizedTest
    @ValueSource(ints = {EmailAddress.MAX_LENGTH, EmailAddress.MAX_LENGTH + 1})
    void refusesAnAddressLongerThanTheLongestStored(int length) {
        String address = "a".repeat(length - "@x.be".length()) + "@x.be";

        assertThat(EmailAddress.isValid(address)).isEqualTo(length <= EmailAddress.MAX_LENGTH);
    }

    @Test
    void takesNoAddressForNone() {
        assertThat(EmailAddress.isValid(null)).isFalse();
        assertThat(EmailAddress.normalised(null)).isEmpty();
    }
}
