package be.brugwerk.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * A real SMTP server (GreenMail) in the test JVM, shared by every full-stack test, on a free port: the application
 * sends its invitation and reset mails there, and tests read the links from them as the invited person would.
 * Registered as an initializer of {@link FullStackTest}'s context, which it points at the server.
 */
public final class TestMail implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+(/activate\\?token=[A-Za-z0-9_-]+)");
    private static GreenMail server;

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource(
                        "test-smtp",
                        Map.of(
                                "spring.mail.host", "127.0.0.1",
                                "spring.mail.port", server().getSmtp().getPort(),
                                "spring.mail.properties.mail.smtp.starttls.enable", "false",
                                "spring.mail.properties.mail.smtp.starttls.required", "false",
                                "brugwerk.mail.from", "brugwerk@test.brugwerk")));
    }

    /** The shared server, started on first use. */
    public static synchronized GreenMail server() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** Every mail that reached the server for this address, oldest first. */
    public static List<MimeMessage> to(String address) {
        return Arrays.stream(server().getReceivedMessages())
                .filter(m -> isFor(m, address))
                .toList();
    }

    /** The text of the last mail to this address; fails when there is none. */
    public static String lastTextTo(String address) {
        List<MimeMessage> mails = to(address);
        if (mails.isEmpty()) {
            throw new AssertionError("no mail reached " + address);
        }
        return text(mails.get(mails.size() - 1));
    }

    /** The path of the one-time link in the last mail to this address, as the person would follow it. */
    public static String linkTo(String address) {
        String text = lastTextTo(address);
        Matcher link = LINK.matcher(text);
        if (!link.find()) {
            throw new AssertionError("no link in the last mail to " + address + ":\n" + text);
        }
        return link.group(1);
    }

    public static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String text(MimeMessage mail) {
        try {
            return String.valueOf(mail.getContent()).replace("\r\n", "\n");
        } catch (IOException | MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isFor(MimeMessage mail, String address) {
        try {
            return mail.getRecipients(Message.RecipientType.TO) != null
                    && Arrays.stream(mail.getRecipients(Message.RecipientType.TO))
                            .anyMatch(r -> r.toString().equalsIgnoreCase(address));
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
