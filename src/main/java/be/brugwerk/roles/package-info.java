/**
 * Valued roles (sociaal gewaardeerde rollen): an actor's need becomes a role that says what it asks (talents of the
 * curated list, times, the actor's place, accessibility, language), how many people it can take, whether a group can
 * take it, and what it gives (a valued role, light ties, learning); and the matching of open roles to participants'
 * talent cards. See docs/roles.md.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Valued roles",
        allowedDependencies = {
            "system",
            "people",
            "talents",
            "places",
            "neighbourhood",
            "matching::engine",
            "coaching",
            "network",
            "network::analysis"
        })
package be.brugwerk.roles;
