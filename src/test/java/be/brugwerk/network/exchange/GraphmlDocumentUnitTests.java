package be.brugwerk.network.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/** GraphML read in the encoding it names, and bytes that are no text in it refused without a word on stderr. */
@ResourceLock(Resources.SYSTEM_ERR)
class GraphmlDocumentUnitTests {

    private static final String GRAPH = "<graphml><graph><node id=\"%s\"/></graph></graphml>";

    @Test
    void refusesBytesThatAreNoUtf8WithoutPrintingToTheStandardError() {
        byte[] latin1InUtf8 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + GRAPH.formatted("é"))
                .getBytes(StandardCharsets.ISO_8859_1);

        String printed = standardErrorDuring(() -> assertThatThrownBy(() -> GraphmlDocument.parse(latin1InUtf8))
                .isInstanceOf(BadInput.class)
                .hasMessageStartingWith("line 2, column ")
                .hasMessageContaining("malformed XML")
                .hasMessageContaining("UTF-8"));

        assertThat(printed).isEmpty();
    }

    @Test
    void readsTheEncodingTheDeclarationNames() throws BadInput {
        byte[] latin1 = ("<?xml version='1.0' encoding='ISO-8859-1'?>" + GRAPH.formatted("é"))
                .getBytes(StandardCharsets.ISO_8859_1);

        assertThat(GraphmlDocument.parse(latin1).nodes().get(0).id()).isEqualTo("é");
    }

    @Test
    void readsUtf8WithoutADeclarationOrAfterAByteOrderMark() throws BadInput {
        byte[] bare = GRAPH.formatted("é").getBytes(StandardCharsets.UTF_8);
        byte[] marked = ("\uFEFF<?xml version=\"1.0\"?>" + GRAPH.formatted("é")).getBytes(StandardCharsets.UTF_8);

        assertThat(GraphmlDocument.parse(bare).nodes().get(0).id()).isEqualTo("é");
        assertThat(GraphmlDocument.parse(marked).nodes().get(0).id()).isEqualTo("é");
    }

    @Test
    void leavesUtf16ToTheParser() throws BadInput {
        byte[] utf16 = ("\uFEFF<?xml version=\"1.0\" encoding=\"UTF-16\"?>" + GRAPH.formatted("é"))
                .getBytes(StandardCharsets.UTF_16BE);

        assertThat(GraphmlDocument.parse(utf16).nodes().get(0).id()).isEqualTo("é");
    }

    private static String standardErrorDuring(Runnable action) {
        PrintStream standardError = System.err;
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        System.setErr(new PrintStream(printed, true, StandardCharsets.UTF_8));
        try {
            action.run();
        } finally {
            System.setErr(standardError);
        }
        return printed.toString(StandardCharsets.UTF_8);
    }
}
