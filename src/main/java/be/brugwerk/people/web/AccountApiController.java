package be.brugwerk.people.web;

import be.brugwerk.people.AccountManagement;
import be.brugwerk.people.AccountView;
import be.brugwerk.people.ConsentPurpose;
import be.brugwerk.people.Language;
import be.brugwerk.people.LegalBasis;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Role;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The organisation admin's accounts over JSON, as their page keeps them: the staff accounts, an invitation, a new
 * link to choose a password, deactivation and reactivation, and the organisation's settings. Links go by e-mail to
 * their person; no answer ever holds one. Without a mail server an invitation or a link answers 503 and nothing is
 * written.
 */
@RestController
@RequestMapping("/api/v1/accounts")
@PreAuthorize("hasRole('ORGANISATION_ADMIN')")
class AccountApiController implements PathAccess {

    private final AccountManagement accounts;
    private final ParticipantManagement participants;

    AccountApiController(AccountManagement accounts, ParticipantManagement participants) {
        this.accounts = accounts;
        this.participants = participants;
    }

    /** The an account of the admin's organisation the path names, if any: or 404 before the input is read (ADR 0006). */
    @Override
    public void checkAccess(Path path) {
        path.id("id").ifPresent(accounts::checkAccess);
    }

    @GetMapping
    @Operation(summary = "The organisation's staff accounts")
    List<AccountView> accounts() {
        return accounts.accounts();
    }

    record Invitation(
            String displayName,
            String email,

            @Schema(description = "COORDINATOR, PROFESSIONAL, VOLUNTEER_COACH or ORGANISATION_ADMIN")
            Role role,

            @Schema(description = "the language of the mail; the request's when none")
            Language language) {}

    @PostMapping
    @Operation(
            summary = "Invite someone to an account: the link to choose a password goes to them by e-mail",
            description = "An address already listed in the organisation is refused naming email.")
    ResponseEntity<Void> invite(@RequestBody Invitation invitation, Locale locale) {
        accounts.invite(
                invitation.displayName(),
                invitation.email(),
                invitation.role(),
                invitation.language() == null ? Language.of(locale) : invitation.language());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/reset")
    @Operation(summary = "Send the person a new link to choose a password (an invitation again if never accepted)")
    ResponseEntity<Void> reset(@PathVariable UUID id) {
        accounts.sendPasswordLink(id);
        return ResponseEntity.noContent().build();
    }

    record Deactivated(
            @Schema(description = "how many participants were on the account's caseload, to reassign")
            int toReassign) {}

    @PostMapping("/{id}/deactivate")
    @Operation(summary = "Deactivate an account: its sessions and tokens stop at their next request")
    Deactivated deactivate(@PathVariable UUID id) {
        return new Deactivated(accounts.deactivate(id));
    }

    @PostMapping("/{id}/reactivate")
    @Operation(summary = "Reactivate an account")
    ResponseEntity<Void> reactivate(@PathVariable UUID id) {
        accounts.reactivate(id);
        return ResponseEntity.noContent().build();
    }

    record Settings(
            @Schema(description = "whether professionals see every participant of the organisation")
            Boolean professionalsSeeOrganisation,

            @Schema(description = "the legal basis per purpose (PROCESSING, SHARING, MATCHING); those left out stay")
            Map<ConsentPurpose, LegalBasis> legalBases) {}

    @GetMapping("/settings")
    @Operation(summary = "The organisation's settings")
    Settings settings() {
        return new Settings(accounts.professionalsSeeOrganisation(), participants.legalBases());
    }

    @PutMapping("/settings")
    @Operation(
            summary = "Save the organisation's settings",
            description = "Sharing rests on consent only: another basis for SHARING is refused naming "
                    + "legalBases.SHARING, and nothing is written.")
    ResponseEntity<Void> saveSettings(@RequestBody Settings settings) {
        if (settings.professionalsSeeOrganisation() == null) {
            throw new Refusal("professionalsSeeOrganisation", "input.required");
        }
        accounts.saveSettings(
                settings.legalBases() == null ? Map.of() : settings.legalBases(),
                settings.professionalsSeeOrganisation());
        return ResponseEntity.noContent().build();
    }
}
