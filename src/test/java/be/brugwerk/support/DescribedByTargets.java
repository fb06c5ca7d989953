package be.brugwerk.support;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The ids a page's {@code aria-describedby} attributes name that no element of the page carries: a screen reader
 * told to read a field's description finds nothing there. A field whose message is shown only when it was refused
 * names the message's id only then. {@link WebSession} checks every whole page a full-stack test receives.
 */
public final class DescribedByTargets {

    private static final Pattern ID = Pattern.compile("\\sid=\"([^\"]*)\"");
    private static final Pattern DESCRIBED_BY = Pattern.compile("\\saria-describedby=\"([^\"]*)\"");

    private DescribedByTargets() {}

    /** The ids named by an {@code aria-describedby} of {@code html} but carried by none of its elements, in order. */
    public static Set<String> missingIn(String html) {
        Set<String> present = new LinkedHashSet<>();
        Matcher id = ID.matcher(html);
        while (id.find()) {
            present.add(id.group(1));
        }
        Set<String> missing = new LinkedHashSet<>();
        Matcher describedBy = DESCRIBED_BY.matcher(html);
        while (describedBy.find()) {
            for (String named : describedBy.group(1).trim().split("\\s+")) {
                if (!named.isEmpty() && !present.contains(named)) {
                    missing.add(named);
                }
            }
        }
        return missing;
    }

    /** Fails when the whole page {@code html}, received from {@code where}, names an id it does not carry. */
    public static void requireAllPresent(String where, String html) {
        Set<String> missing = missingIn(html);
        if (!missing.isEmpty()) {
            throw new AssertionError(where + " has aria-describedby naming ids no element carries: " + missing);
        }
    }
}
