package be.brugwerk.system.database;

/**
 * The resolved connection details of both roles.
 *
 * @param embedded whether Brugwerk runs its own embedded server (demo seeding is allowed only then)
 */
public record DatabaseConnections(
        boolean embedded, String url, String ownerUser, String ownerPassword, String appUser, String appPassword) {

    @Override
    public String toString() {
        return "DatabaseConnections[" + url + ", owner " + ownerUser + ", app " + appUser + "]";
    }
}
