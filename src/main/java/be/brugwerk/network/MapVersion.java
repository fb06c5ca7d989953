package be.brugwerk.network;

/** One stored version of a map with its content, for figures over time. */
public record MapVersion(VersionSummary summary, MapDocument map) {}
