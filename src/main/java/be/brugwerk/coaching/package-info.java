/**
 * Coaching trajectories and their measured outcomes: validated loneliness and social network scales, and a
 * self-rating on Schalock's quality-of-life domains, scored from a participant's raw answers over time.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Coaching",
        allowedDependencies = {"system", "people", "network", "network::analysis", "matching"})
package be.brugwerk.coaching;
