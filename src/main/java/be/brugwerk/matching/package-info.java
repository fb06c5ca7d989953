/**
 * Buddy matching (buddywerking): proposes pairs of waiting participants and volunteer buddies for a
 * programme coordinator, from the whole waiting list at once.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Buddy matching",
        allowedDependencies = {"system", "people", "places", "neighbourhood"})
package be.brugwerk.matching;
