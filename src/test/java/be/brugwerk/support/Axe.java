package be.brugwerk.support;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * axe-core run inside the page as the browser tests check it: the rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA,
 * violations only. Deque's Playwright binding ({@link AxeBuilder}) stays the source of axe-core, but not its runner:
 * it injects axe's 560 KB again on every check and runs it frame by frame, then sends every result back in chunks to
 * be parsed in Java, passes included. On the same 24 pages of {@code TrajectoryBrowserTests}, each checked by both in
 * turn, it took 143 s where this took 51 s (2026-12-07, a machine under a load of 21), and the browser tests spend most
 * of their time in these checks. Here axe is injected once per document and asked for violations alone. Our pages have
 * no frames; a page with one fails its check rather than pass with a frame unread ({@code AxeCheckBrowserTests}).
 */
final class Axe {

    /** The axe-core tags of the rules checked: WCAG 2.0, 2.1 and 2.2, levels A and AA. */
    static final List<String> WCAG_A_AND_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String SOURCE = source();

    /** A rule the page breaks: how much it matters, the rule's id and help, and the elements at fault (each by its selectors, space-separated). */
    record Violation(String impact, String rule, String help, List<String> elements) {

        @Override
        public String toString() {
            return impact + " " + rule + ": " + help + " at " + elements;
        }
    }

    private static final String RUN = """
            async tags => {
              if (window.frames.length > 0) {
                throw new Error('a page with frames: this check reads the top document only');
              }
              const result = await axe.run(document, {runOnly: {type: 'tag', values: tags}, resultTypes: ['violations']});
              return result.violations.map(v =>
                ({impact: v.impact, rule: v.id, help: v.help, elements: v.nodes.map(n => n.target.join(' '))}));
            }""";

    private Axe() {}

    /** The page's violations as it stands now; empty when it has none. */
    @SuppressWarnings("unchecked")
    static List<Violation> violations(Page page) {
        // axe itself, not an element whose id or name is "axe" (the browser names those on window too)
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe?.run === 'function'"))) {
            page.evaluate("() => {" + SOURCE + "}");
        }
        List<Map<String, Object>> found = (List<Map<String, Object>>) page.evaluate(RUN, WCAG_A_AND_AA);
        return found.stream()
                .map(v -> new Violation(
                        (String) v.get("impact"), (String) v.get("rule"), (String) v.get("help"), (List<String>)
                                v.get("elements")))
                .toList();
    }

    private static String source() {
        try (InputStream in = Objects.requireNonNull(
                AxeBuilder.class.getResourceAsStream("/axe.min.js"), "axe.min.js in Deque's axe-core binding")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
