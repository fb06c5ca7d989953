/**
 * The ground every module stands on: database and tenancy, security, layout, errors and language.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "System",
        allowedDependencies = {})
package be.brugwerk.system;
