package be.brugwerk.people;

/** An account with this e-mail address exists already; each address signs in to one account. */
public class EmailTaken extends IllegalArgumentException {

    public EmailTaken() {
        super("email: an account with this address exists already");
    }
}
