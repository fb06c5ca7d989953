package be.brugwerk.system.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.csrf.DefaultCsrfToken;
import org.springframework.web.servlet.FlashMap;

class SessionValuesUnitTests {

    @Test
    void keepsPlainValuesAsTheyWere() {
        Instant moment = Instant.parse("2026-03-02T09:00:00.123Z");

        assertThat(roundTrip("accounts.deactivated")).isEqualTo("accounts.deactivated");
        assertThat(roundTrip(3)).isEqualTo(3);
        assertThat(roundTrip(7L)).isEqualTo(7L);
        assertThat(roundTrip(true)).isEqualTo(true);
        assertThat(roundTrip(moment)).isEqualTo(moment);
        assertThat(new String(SessionValues.write(moment), StandardCharsets.UTF_8))
                .isEqualTo("{\"type\":\"instant\",\"value\":\"2026-03-02T09:00:00.123Z\"}");
    }

    @Test
    void keepsASignInAsAnAccountIdAndAMoment() {
        SessionSignIn signIn = new SessionSignIn(UUID.randomUUID(), Instant.parse("2026-03-02T09:00:00Z"));

        assertThat(roundTrip(signIn)).isEqualTo(signIn);
    }

    @Test
    void keepsACsrfToken() {
        CsrfToken token = (CsrfToken) roundTrip(new DefaultCsrfToken("X-CSRF-TOKEN", "_csrf", "secret-token"));

        assertThat(token.getHeaderName()).isEqualTo("X-CSRF-TOKEN");
        assertThat(token.getParameterName()).isEqualTo("_csrf");
        assertThat(token.getToken()).isEqualTo("secret-token");
    }

    @Test
    void keepsFlashMessagesWithTheirTargetAndExpiry() {
        FlashMap flash = new FlashMap();
        flash.setTargetRequestPath("/accounts");
        flash.addTargetRequestParam("page", "2");
        flash.setExpirationTime(1_772_442_000_000L);
        flash.put("notice", "accounts.deactivated");
        flash.put("toReassign", 4);
        flash.put("nothing", null);

        @SuppressWarnings("unchecked")
        List<FlashMap> read = (List<FlashMap>) roundTrip(new ArrayList<>(List.of(flash)));

        assertThat(read).hasSize(1);
        FlashMap back = read.get(0);
        Map<String, Object> attributes = back;
        assertThat(attributes)
                .containsEntry("notice", "accounts.deactivated")
                .containsEntry("toReassign", 4)
                .containsEntry("nothing", null);
        assertThat(back.getTargetRequestPath()).isEqualTo("/accounts");
        assertThat(back.getTargetRequestParams().get("page")).containsExactly("2");
        assertThat(back.getExpirationTime()).isEqualTo(1_772_442_000_000L);
        read.clear(); // Spring MVC removes expired maps from the list it reads
    }

    @Test
    void refusesToStoreAnyOtherObject() {
        assertThatThrownBy(() -> SessionValues.write(Locale.FRENCH))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("java.util.Locale");
        FlashMap flash = new FlashMap();
        flash.put("form", new StringBuilder("typed"));
        assertThatThrownBy(() -> SessionValues.write(List.of(flash))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void readsAJavaSerialisedValueAsNoValueWithoutDeserialisingIt() throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(Instant.parse("2026-03-02T09:00:00Z"));
        }

        assertThat(SessionValues.read(bytes.toByteArray())).isNull();
    }

    @Test
    void readsWhatIsNotOneOfItsValuesAsNoValue() {
        assertThat(read("")).isNull();
        assertThat(read("not json")).isNull();
        assertThat(read("{\"type\":")).isNull();
        assertThat(read("{\"type\":\"java.lang.Runtime\",\"value\":\"x\"}")).isNull();
        assertThat(read("{\"@class\":\"org.example.Gadget\"}")).isNull();
        assertThat(read("{\"type\":\"integer\",\"value\":\"3\"}")).isNull();
        assertThat(read("{\"type\":\"instant\",\"value\":\"yesterday\"}")).isNull();
        assertThat(
                        read(
                                "{\"type\":\"sign-in\",\"value\":{\"account\":\"not-a-uuid\",\"signedInAt\":\"2026-03-02T09:00:00Z\"}}"))
                .isNull();
        assertThat(read("{\"type\":\"flash-maps\",\"value\":[{\"attributes\":{\"x\":{\"type\":\"sign-in\"}}}]}"))
                .as("a flash attribute is a plain value only")
                .isNull();
    }

    private static Object roundTrip(Object value) {
        return SessionValues.read(SessionValues.write(value));
    }

    private static Object read(String text) {
        return SessionValues.read(text.getBytes(StandardCharsets.UTF_8));
    }
}
