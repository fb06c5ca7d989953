package be.brugwerk.people;

import be.brugwerk.people.mail.OutgoingMail;
import be.brugwerk.system.PublicUrl;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** The mails about an account, written from the message bundles in the recipient's language. */
@Component
class AccountLetters {

    private static final DateTimeFormatter EXPIRY = DateTimeFormatter.ofPattern("dd-MM-yyyy HH:mm");

    private final MessageSource messages;
    private final PublicUrl links;
    private final Clock clock;

    AccountLetters(MessageSource messages, PublicUrl links, Clock clock) {
        this.messages = messages;
        this.links = links;
        this.clock = clock;
    }

    /** An invitation to set a password for a new account in {@code organisationName}. */
    OutgoingMail invitation(
            UUID organisation, String organisationName, String to, String name, Language language, OneTimeLink link) {
        return letter(
                organisation,
                to,
                language,
                "mail.invitation",
                name,
                organisationName,
                links.of(link.path()),
                expiry(link));
    }

    /** A link to choose a new password. */
    OutgoingMail reset(
            UUID organisation, String organisationName, String to, String name, Language language, OneTimeLink link) {
        return letter(
                organisation, to, language, "mail.reset", name, organisationName, links.of(link.path()), expiry(link));
    }

    /**
     * To an address that has an account already, in another organisation: someone there tried to invite it. The
     * inviting admin is not told; the address's owner is, and no link is sent.
     */
    OutgoingMail addressTaken(UUID organisation, String organisationName, String to, String name, Language language) {
        return letter(organisation, to, language, "mail.addressTaken", name, organisationName);
    }

    private OutgoingMail letter(UUID organisation, String to, Language language, String key, Object... arguments) {
        Locale locale = language.locale();
        return new OutgoingMail(
                organisation,
                to,
                messages.getMessage(key + ".subject", arguments, locale),
                messages.getMessage(key + ".text", arguments, locale),
                clock.instant());
    }

    private String expiry(OneTimeLink link) {
        return EXPIRY.format(link.expiresAt().atZone(clock.getZone()));
    }
}
