/**
 * The citizen's neighbourhood map (buurtkaart van de burger): the places a participant goes or would like to go, how
 * often, with whom of their network map, and whether they feel welcome there, each on a real map. A participant's
 * places are theirs, shared on the same consent and caseload rules as their network map; a home never appears on a
 * shared map. See docs/places.md.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Participants' places",
        allowedDependencies = {"system", "people", "network", "neighbourhood"})
package be.brugwerk.places;
