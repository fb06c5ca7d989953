package be.brugwerk.network.cli;

/** Input the analyse command cannot use; the message is one line naming the line or element at fault. */
public final class BadInput extends Exception {

    private static final long serialVersionUID = 1L;

    BadInput(String message) {
        super(message);
    }
}
