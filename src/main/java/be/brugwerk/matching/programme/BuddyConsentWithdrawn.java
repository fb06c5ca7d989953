package be.brugwerk.matching.programme;

/** The buddy of a pair withdrew their consent: the pair cannot be accepted, agreed to or started. */
public class BuddyConsentWithdrawn extends RuntimeException {

    public BuddyConsentWithdrawn() {
        super("The buddy withdrew their consent");
    }
}
