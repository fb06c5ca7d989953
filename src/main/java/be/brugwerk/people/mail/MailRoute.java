package be.brugwerk.people.mail;

/**
 * Where a mail with a link goes. A demo never mails anyone: its addresses are made up, so its mails land in the
 * demo outbox for the admins of the demo to read. Otherwise a configured SMTP server delivers them; without one,
 * nothing that needs a mail can be done, since the only other way to hand over a link is through someone who could
 * use it themselves.
 */
public enum MailRoute {
    DEMO_OUTBOX,
    SMTP,
    NONE;

    public static MailRoute choose(boolean demoMode, boolean smtpConfigured) {
        if (demoMode) {
            return DEMO_OUTBOX;
        }
        return smtpConfigured ? SMTP : NONE;
    }
}
