/**
 * Network maps: the personal network of a participant (netwerkkaart, inclusieweb) and what it tells a
 * participant and a network strengthener about size, support, diversity, contact and structure.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "Network maps",
        allowedDependencies = {"system", "people"})
package be.brugwerk.network;
