package be.brugwerk.people.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.people.MailNotSent;
import be.brugwerk.system.DemoMode;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;

/** Where mails with links go, and the refusal when they can go nowhere. */
class MailerUnitTests {

    private static final OutgoingMail MAIL = new OutgoingMail(
            UUID.randomUUID(),
            "someone@test.brugwerk",
            "Subject",
            "http://localhost/activate?token=secret",
            Instant.EPOCH);

    @Test
    void aDemoKeepsItsMailsInTheOutboxEvenWithAnSmtpServer() {
        assertThat(MailRoute.choose(true, false)).isEqualTo(MailRoute.DEMO_OUTBOX);
        assertThat(MailRoute.choose(true, true)).isEqualTo(MailRoute.DEMO_OUTBOX);
    }

    @Test
    void outsideADemoMailsGoOverSmtpOrNowhere() {
        assertThat(MailRoute.choose(false, true)).isEqualTo(MailRoute.SMTP);
        assertThat(MailRoute.choose(false, false)).isEqualTo(MailRoute.NONE);
    }

    @Test
    void refusesUpFrontOnAnExternalDatabaseWithoutSmtp() {
        // an external database never runs as a demo (DatabaseConfiguration refuses it), and no host is configured
        Mailer mailer = mailer(false, "", new DemoOutbox());

        assertThatThrownBy(mailer::requireRoute).isInstanceOfSatisfying(MailNotSent.class, refused -> {
            assertThat(refused.reason()).isEqualTo(MailNotSent.Reason.NO_MAIL_SERVER);
            assertThat(refused.messageKey()).isEqualTo("mail.notConfigured");
        });
        assertThatThrownBy(() -> mailer.send(MAIL)).isInstanceOf(MailNotSent.class);
    }

    @Test
    void aDemoPutsTheMailInItsOutboxAndSendsNothing() {
        DemoOutbox outbox = new DemoOutbox();
        Mailer mailer = mailer(true, "", outbox);

        mailer.requireRoute();
        mailer.send(MAIL);

        assertThat(outbox.all()).containsExactly(MAIL);
        assertThat(outbox.of(MAIL.organisation())).containsExactly(MAIL);
        assertThat(outbox.of(UUID.randomUUID())).isEmpty();
    }

    @Test
    void theOutboxKeepsOnlyTheNewestMails() {
        DemoOutbox outbox = new DemoOutbox();
        for (int i = 0; i <= DemoOutbox.CAPACITY; i++) {
            outbox.add(new OutgoingMail(null, "n" + i + "@test.brugwerk", "s", "t", Instant.EPOCH));
        }

        assertThat(outbox.all()).hasSize(DemoOutbox.CAPACITY);
        assertThat(outbox.all().get(0).to()).isEqualTo("n" + DemoOutbox.CAPACITY + "@test.brugwerk");
    }

    private static Mailer mailer(boolean demo, String smtpHost, DemoOutbox outbox) {
        return new Mailer(
                new DemoMode(demo),
                smtpHost,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                outbox,
                "");
    }
}
