package be.brugwerk.people;

/**
 * A mail with a link could not be sent, so nothing was done: no account, no link. Says why, as a message key.
 */
public class MailNotSent extends RuntimeException {

    /** Why the mail was not sent. */
    public enum Reason {
        /** No SMTP server is configured (and this is no demo): links are handed over by mail only. */
        NO_MAIL_SERVER("mail.notConfigured"),
        /** The SMTP server did not take the mail. */
        DELIVERY_FAILED("mail.deliveryFailed");

        private final String messageKey;

        Reason(String messageKey) {
            this.messageKey = messageKey;
        }
    }

    private final Reason reason;

    public MailNotSent(Reason reason, Throwable cause) {
        super(
                reason == Reason.NO_MAIL_SERVER
                        ? "no SMTP server is configured (BRUGWERK_SMTP_HOST): invitations and resets go by e-mail only"
                        : "the SMTP server did not take the mail",
                cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** The message key that explains the refusal to the person who asked. */
    public String messageKey() {
        return reason.messageKey;
    }
}
