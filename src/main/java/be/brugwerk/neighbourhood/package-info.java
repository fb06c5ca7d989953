/**
 * The organisation's neighbourhood map and analysis (buurtkaart organisatie, buurtanalyse): the actors of the area
 * (associations, shops, schools, services, meeting places, ...) with what they offer and need, a minimal contact
 * person, opening hours, whether they are free and how accessible; where each comes from (typed by hand,
 * OpenStreetMap, De Sociale Kaart); the gaps the analysis finds among them; and the map as GeoJSON. Shared inside the
 * organisation; it never carries participant data.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Neighbourhood map",
        allowedDependencies = {"system", "people"})
package be.brugwerk.neighbourhood;
