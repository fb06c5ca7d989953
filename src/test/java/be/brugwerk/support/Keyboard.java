package be.brugwerk.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * Walking a page with the keyboard alone: Tab and Shift+Tab from stop to stop, each stop showing a focus ring one can
 * see (an outline of at least 2 px that is not transparent, or a box shadow, as {@code LookAndFeelBrowserTests}
 * checks); and the order of the stops within the page's main content.
 */
public final class Keyboard {

    private static final int MOST_STOPS = 150;

    private Keyboard() {}

    /** The id of the element that has the focus ("" when it has none, or when the body has the focus). */
    public static String focusedId(Page page) {
        return (String) page.evaluate("() => document.activeElement ? document.activeElement.id : ''");
    }

    /** Whether the focused element shows a focus ring. */
    public static boolean focusRingShown(Page page) {
        return (Boolean) page.evaluate("""
                () => {
                  const style = getComputedStyle(document.activeElement);
                  const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2
                      && style.outlineColor !== 'rgba(0, 0, 0, 0)' && style.outlineColor !== 'transparent';
                  return outline || style.boxShadow !== 'none';
                }""");
    }

    /** Presses Tab until the element of this id has the focus; every stop on the way shows its focus ring. */
    public static void tabTo(Page page, String id) {
        moveTo(page, "Tab", "e => e.id === arg", id);
    }

    /** Presses Shift+Tab until the element of this id has the focus; every stop on the way shows its focus ring. */
    public static void shiftTabTo(Page page, String id) {
        moveTo(page, "Shift+Tab", "e => e.id === arg", id);
    }

    /** Presses Tab until the link to this path has the focus; every stop on the way shows its focus ring. */
    public static void tabToLink(Page page, String path) {
        moveTo(page, "Tab", "e => e.tagName === 'A' && e.getAttribute('href') === arg", path);
    }

    /** Presses the key until the focused element {@code e} meets the test (a script of {@code e} and {@code arg}). */
    private static void moveTo(Page page, String key, String test, String arg) {
        String focusedMeets = "arg => (" + test + ")(document.activeElement, arg)";
        for (int i = 0; i < MOST_STOPS && !(Boolean) page.evaluate(focusedMeets, arg); i++) {
            page.keyboard().press(key);
            assertRing(page, key, i + 1);
        }
        assertThat((Boolean) page.evaluate(focusedMeets, arg))
                .as("%s reached by %s on %s (the focus is on #%s)", arg, key, page.url(), focusedId(page))
                .isTrue();
    }

    /**
     * Opens the page's main content with the skip link (the first Tab from the top, then Enter) and presses Tab
     * through it to its end: the ids of the stops within the main content in the order reached (a stop without an
     * id is named by its tag and text), each showing its focus ring; a control Tab stops in more than once (a date
     * field's day, month, year and calendar button) counts once. The focus is then past the main content. Call it on
     * a page just opened, before a key moved the focus: the first Tab goes on from where the focus last was.
     */
    public static List<String> stopsInMain(Page page) {
        page.evaluate("() => { document.activeElement && document.activeElement.blur(); window.scrollTo(0, 0); }");
        page.keyboard().press("Tab");
        assertThat((Boolean) page.evaluate("() => document.activeElement.classList.contains('skip-link')"))
                .as("the first Tab reaches the skip link on " + page.url())
                .isTrue();
        assertRing(page, "Tab", 1);
        page.keyboard().press("Enter");
        assertThat(focusedId(page))
                .as("the skip link leads to the main content")
                .isEqualTo("main");
        List<String> stops = new ArrayList<>();
        for (int i = 0; i < MOST_STOPS; i++) {
            page.keyboard().press("Tab");
            Object stop = page.evaluate("""
                    () => {
                      const e = document.activeElement;
                      if (!e || e === document.body || !document.getElementById('main').contains(e)) return null;
                      return e.id || (e.tagName.toLowerCase() + ':' + e.textContent.trim());
                    }""");
            if (stop == null) {
                return stops;
            }
            assertRing(page, "Tab", i + 1);
            if (stops.isEmpty() || !stops.get(stops.size() - 1).equals(stop)) {
                stops.add((String) stop);
            }
        }
        throw new AssertionError("Tab never leaves the main content of " + page.url() + " after " + stops);
    }

    private static void assertRing(Page page, String key, int presses) {
        assertThat(focusRingShown(page))
                .as(
                        "a focus ring on #%s (%s) after %d × %s on %s",
                        focusedId(page),
                        page.evaluate("() => document.activeElement.tagName"),
                        presses,
                        key,
                        page.url())
                .isTrue();
    }
}
