package be.brugwerk.people.mail;

import be.brugwerk.people.MailNotSent;
import be.brugwerk.system.DemoMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Sends the mails that carry links, along the {@link MailRoute} of this instance. Inside a transaction a mail
 * leaves just before the commit, once everything else in the transaction worked: a mail that cannot be sent rolls
 * the transaction back (no account without its invitation), and a transaction that fails earlier sends nothing.
 */
@Component
public class Mailer {

    private static final Logger log = LoggerFactory.getLogger(Mailer.class);

    private final MailRoute route;
    private final ObjectProvider<JavaMailSender> smtp;
    private final DemoOutbox outbox;
    private final String from;

    Mailer(
            DemoMode demoMode,
            @Value("${spring.mail.host:}") String smtpHost,
            ObjectProvider<JavaMailSender> smtp,
            DemoOutbox outbox,
            @Value("${brugwerk.mail.from:}") String from) {
        this.route = MailRoute.choose(demoMode.active(), !smtpHost.isBlank());
        this.smtp = smtp;
        this.outbox = outbox;
        this.from = from.isBlank() ? "brugwerk@" + (smtpHost.isBlank() ? "localhost" : smtpHost) : from.strip();
    }

    public MailRoute route() {
        return route;
    }

    /**
     * Refuses up front when no mail can leave at all, before anything is written.
     *
     * @throws MailNotSent with {@link MailNotSent.Reason#NO_MAIL_SERVER}
     */
    public void requireRoute() {
        if (route == MailRoute.NONE) {
            throw new MailNotSent(MailNotSent.Reason.NO_MAIL_SERVER, null);
        }
    }

    /** Sends the mail now, or just before the current transaction commits. */
    public void send(OutgoingMail mail) {
        requireRoute();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    deliver(mail);
                }
            });
        } else {
            deliver(mail);
        }
    }

    private void deliver(OutgoingMail mail) {
        if (route == MailRoute.DEMO_OUTBOX) {
            outbox.add(mail);
            return;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(mail.to());
        message.setSubject(mail.subject());
        message.setText(mail.text());
        try {
            smtp.getObject().send(message);
        } catch (MailException failed) {
            // the address is personal data: the log names only the kind of failure
            log.warn("A mail with a link was not sent: {}", failed.getClass().getSimpleName());
            throw new MailNotSent(MailNotSent.Reason.DELIVERY_FAILED, failed);
        }
    }
}
