package be.brugwerk.people.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The command's arguments, checked before anything starts. */
class FirstAdminCommandUnitTests {

    private final ByteArrayOutputStream result = new ByteArrayOutputStream();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    @Test
    void refusesMissingOrUnknownArgumentsWithoutStartingTheApplication() {
        assertThat(run()).isEqualTo(FirstAdminCommand.BAD_INPUT);
        assertThat(run("a@example.org", "b@example.org")).isEqualTo(FirstAdminCommand.BAD_INPUT);
        assertThat(run("a@example.org", "--language", "de")).isEqualTo(FirstAdminCommand.BAD_INPUT);
        assertThat(run("a@example.org", "--name")).isEqualTo(FirstAdminCommand.BAD_INPUT);

        assertThat(result.toString(StandardCharsets.UTF_8)).isEmpty();
        assertThat(errors.toString(StandardCharsets.UTF_8)).contains("usage: first-admin <e-mail>");
    }

    private int run(String... args) {
        return FirstAdminCommand.run(
                args,
                new PrintStream(result, true, StandardCharsets.UTF_8),
                new PrintStream(errors, true, StandardCharsets.UTF_8),
                () -> {
                    throw new AssertionError("the application must not start for bad arguments");
                });
    }
}
