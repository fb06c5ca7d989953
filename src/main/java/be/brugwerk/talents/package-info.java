/**
 * Talent cards (talentenkaart): what a participant is good at, cares about, has lived through and dreams of, filled
 * in with them, framed as head / heart / hands and by life area, each saying whether they would like to share it or to
 * learn it; versioned over time like the network map, so that valued roles can later be matched to it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Talent cards",
        allowedDependencies = {"system", "people", "coaching::scoring", "matching::engine"})
package be.brugwerk.talents;
