package be.brugwerk.system;

import java.util.Optional;

/**
 * A part of the home page (Start) that a module contributes for the signed-in person: what needs them first, each
 * item a link to where that work is done. The home asks every section that applies to the person's role, in their
 * {@code @Order}. Sections only read, scope every query to the person's organisation and
 * caseload, keep to a fixed number of statements however many rows there are, and audit their own reads of
 * personal data. So {@code system} renders the home without knowing the modules that fill it.
 */
public interface HomeSection {

    /** Whether this section has a part for people with this role: asked first, so no other role opens its work. */
    boolean appliesTo(Role role);

    /** This section's part of {@code me}'s home (whose role it applies to), or empty when there is nothing to show. */
    Optional<Part> forHome(SignedInUser me);

    /**
     * What to show: the fragment {@code home-section(content)} of the Thymeleaf template {@code template} (as
     * {@code "coaching/home"}), given {@code content}, the section's own view of the data.
     */
    record Part(String template, Object content) {}
}
