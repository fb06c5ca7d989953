package be.brugwerk.people.mail;

import java.time.Instant;
import java.util.UUID;

/**
 * One plain-text mail to one person. {@code organisation} is the organisation it concerns (none for the platform),
 * so the demo outbox shows an organisation admin only their own organisation's mails.
 */
public record OutgoingMail(UUID organisation, String to, String subject, String text, Instant createdAt) {}
