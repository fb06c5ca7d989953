/**
 * The people Brugwerk serves and the people who work with it: organisations, accounts, participants,
 * caseloads, consent and the audit trail.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "People",
        allowedDependencies = {"system"})
package be.brugwerk.people;
