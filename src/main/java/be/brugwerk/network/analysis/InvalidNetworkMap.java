package be.brugwerk.network.analysis;

/**
 * A network map that cannot be analysed: a duplicate member, a tie to an unknown member, a member tied to
 * itself. The message names the element at fault.
 */
public class InvalidNetworkMap extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    public InvalidNetworkMap(String message) {
        super(message);
    }
}
