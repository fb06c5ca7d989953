package be.brugwerk.people.web;

import be.brugwerk.people.AccountManagement;
import be.brugwerk.people.Language;
import be.brugwerk.system.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The platform admin's page over JSON (with their session: the platform admin has no API token): the organisations,
 * and a new one with its first admin, who gets the invitation by e-mail; no answer holds the link.
 */
@RestController
@RequestMapping("/api/v1/organisations")
@PreAuthorize("hasRole('PLATFORM_ADMIN')")
class OrganisationApiController {

    /** The invitation's fields as the API names them. */
    private static final Map<String, String> FIELDS = Map.of("displayName", "adminName", "email", "adminEmail");

    private final AccountManagement accounts;

    OrganisationApiController(AccountManagement accounts) {
        this.accounts = accounts;
    }

    @GetMapping
    @Operation(summary = "Every organisation on the platform")
    List<AccountManagement.OrganisationView> organisations() {
        return accounts.organisations();
    }

    record NewOrganisation(
            String name,
            String adminName,
            String adminEmail,

            @Schema(description = "the language of the first admin's invitation; the request's when none")
            Language language) {}

    @PostMapping
    @Operation(
            summary = "Make an organisation with its first admin, who is invited by e-mail",
            description = "Without a mail server 503, and nothing is made.")
    ResponseEntity<Map<String, UUID>> create(@RequestBody NewOrganisation organisation, Locale locale) {
        UUID created;
        try {
            created = accounts.createOrganisation(
                    organisation.name(),
                    organisation.adminName(),
                    organisation.adminEmail(),
                    organisation.language() == null ? Language.of(locale) : organisation.language());
        } catch (Refusal refused) {
            throw new Refusal(
                    FIELDS.getOrDefault(refused.field(), refused.field()), refused.messageKey(), refused.arguments());
        }
        return ResponseEntity.created(URI.create("/api/v1/organisations")).body(Map.of("id", created));
    }
}
