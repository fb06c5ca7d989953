package be.brugwerk.system.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/** Which failed address a problem document names as its instance. */
class ErrorPagesUnitTests {

    @Test
    void namesAPlainAddress() {
        assertThat(ErrorPages.instance("/api/v1/participants/abc%20def"))
                .isEqualTo(URI.create("/api/v1/participants/abc%20def"));
    }

    @Test
    void namesNoAddressWithABrokenEscapeOrOddCharacters() {
        assertThat(ErrorPages.instance("/api/v1/participants/%zz")).isNull();
        assertThat(ErrorPages.instance("/api/v1/participants/%4")).isNull();
        assertThat(ErrorPages.instance("/api/v1/participants/a b")).isNull();
        assertThat(ErrorPages.instance(null)).isNull();
    }

    /**
     * Found by ApiFuzzTests: a 3,000-character id in the address overflowed the stack of the request's thread while the
     * error page checked it (a regular expression that recursed once per character), so the caller got no problem
     * document. Checked on a thread with a small stack, as a server's request threads may have.
     */
    @Test
    void namesNoAddressLongerThanTwoThousandCharactersWithoutOverflowingTheStack() throws InterruptedException {
        AtomicReference<Object> outcome = new AtomicReference<>();
        Thread small = new Thread(
                null,
                () -> {
                    try {
                        outcome.set(String.valueOf(ErrorPages.instance("/api/v1/participants/" + "x".repeat(3000))));
                    } catch (StackOverflowError e) {
                        outcome.set(e);
                    }
                },
                "small stack",
                256 * 1024);
        small.start();
        small.join();

        assertThat(outcome.get()).isEqualTo("null");
        assertThat(ErrorPages.instance("/" + "x".repeat(1999))).isNotNull();
    }
}
