package be.brugwerk.system;

/**
 * Whether this instance runs with demo data: by default exactly when it runs on its own embedded database.
 * Demo data on an external (production) database is refused at start-up.
 */
public record DemoMode(boolean active) {}
