package be.brugwerk.matching.cli;

/** Input the command cannot use; the message is the single line shown to the user, naming the line at fault. */
final class BadInput extends Exception {

    BadInput(String message) {
        super(message);
    }

    static BadInput atLine(int line, String message) {
        return new BadInput("line " + line + ": " + message);
    }
}
