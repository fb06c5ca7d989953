package be.brugwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CommandsUnitTests {

    @Test
    void handlesTheAnalyseCommand() {
        assertThat(Commands.handles(new String[] {"analyse", "--ego", "0", "map.graphml"}))
                .isTrue();
        assertThat(Commands.handles(new String[] {"analyze"})).isFalse();
        assertThat(Commands.handles(new String[0])).isFalse();
    }

    @Test
    void handlesTheFirstAdminCommand() {
        assertThat(Commands.handles(new String[] {"first-admin", "you@example.org"}))
                .isTrue();
    }

    @Test
    void printsOnlyTheAnalysisOnStandardOutput() throws URISyntaxException {
        String karate = Path.of(CommandsUnitTests.class
                        .getResource("/network/published/karate.graphml")
                        .toURI())
                .toString();
        PrintStream standardOutput = System.out;
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exitCode;
        try {
            System.setOut(new PrintStream(output, true, StandardCharsets.UTF_8));
            exitCode = Commands.run(new String[] {"analyse", "--ego", "0", karate});
        } finally {
            System.setOut(standardOutput);
        }

        assertThat(exitCode).isZero();
        String printed = output.toString(StandardCharsets.UTF_8).strip();
        assertThat(printed).startsWith("{").endsWith("}").contains("\"effectiveSize\" : 13.75");
    }
}
