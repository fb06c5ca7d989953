package be.brugwerk.people.web;

import be.brugwerk.people.ConsentPurpose;
import be.brugwerk.people.ParticipantDetails;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.people.SharingRole;
import be.brugwerk.people.Transition;
import be.brugwerk.system.Keyset;
import be.brugwerk.system.MultiLine;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Participants over JSON, with the same access rules as the pages. */
@RestController
@RequestMapping("/api/v1/participants")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class ParticipantApiController implements PathAccess {

    private final ParticipantManagement participants;

    ParticipantApiController(ParticipantManagement participants) {
        this.participants = participants;
    }

    /** The participant the path names, if any: one the person may work with, or 404 before the input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("id").map(ParticipantId::new).ifPresent(participants::checkAccess);
    }

    @GetMapping
    @Operation(summary = "A page of the participants the caller may see, newest first", description = Keyset.API_PAGING)
    ResponseEntity<List<ParticipantResponse>> list(
            @Parameter(description = "search text: part of the name, municipality or neighbourhood")
                    @RequestParam(name = "q", required = false)
                    String search,
            @Parameter(description = Keyset.API_AFTER) @RequestParam(required = false) String after,
            @Parameter(description = Keyset.API_BEFORE) @RequestParam(required = false) String before) {
        Keyset.Page<ParticipantView, ParticipantId> page =
                participants.page(search, Keyset.Cursor.sent(after, before, ParticipantId::of), Keyset.PAGE_SIZE);
        return Keyset.Links.of("/api/v1/participants", Map.of("q", search == null ? "" : search), page)
                .answer(page.map(ParticipantResponse::of).rows());
    }

    @GetMapping("/{id}")
    ParticipantResponse get(@PathVariable ParticipantId id) {
        return ParticipantResponse.of(participants.get(id));
    }

    @PostMapping
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL')")
    ResponseEntity<ParticipantResponse> register(@Valid @RequestBody ParticipantRequest request) {
        ParticipantView registered = participants.register(request.details(), request.consentsGiven());
        return ResponseEntity.created(URI.create("/api/v1/participants/" + registered.id()))
                .body(ParticipantResponse.of(registered));
    }

    @PutMapping("/{id}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL')")
    ParticipantResponse update(@PathVariable ParticipantId id, @Valid @RequestBody ParticipantRequest request) {
        if (request.version() == null) {
            throw new Refusal("version", "input.version.required");
        }
        return ParticipantResponse.of(participants.update(id, request.details(), request.version()));
    }

    @PostMapping("/{id}/archive")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL')")
    ResponseEntity<Void> archive(@PathVariable ParticipantId id) {
        participants.archive(id);
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/{id}/caseload/{accountId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<Void> assign(@PathVariable ParticipantId id, @PathVariable UUID accountId) {
        participants.assign(id, accountId);
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/caseload/{accountId}")
    @PreAuthorize("hasRole('COORDINATOR')")
    ResponseEntity<Void> unassign(@PathVariable ParticipantId id, @PathVariable UUID accountId) {
        participants.unassign(id, accountId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/{id}/consents")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL')")
    ResponseEntity<Void> giveConsent(@PathVariable ParticipantId id, @Valid @RequestBody ConsentRequest request) {
        participants.giveConsent(id, request.purpose(), request.sharedWith()); // roles checked there, naming sharedWith
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/{id}/consents/{purpose}")
    @PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL')")
    ResponseEntity<Void> withdrawConsent(@PathVariable ParticipantId id, @PathVariable ConsentPurpose purpose) {
        participants.withdrawConsent(id, purpose);
        return ResponseEntity.noContent().build();
    }

    /** What a script may send: no organisation, no role, no id — unknown fields are refused. */
    record ParticipantRequest(
            @NotBlank @Size(max = 100) String name,
            @Min(1900) @Max(2100) Integer birthYear,
            List<String> languages,
            @Size(max = 100) String municipality,
            @Size(max = 100) String neighbourhood,
            @MultiLine @Size(max = 2000) String lifeSituation,
            Set<Transition> transitions,
            List<@Valid ConsentRequest> consents,
            Integer version) {

        /** The details sent; a language too long is refused naming its index in the list sent. */
        ParticipantDetails details() {
            ParticipantDetails.requireLanguagesFit(languages);
            return new ParticipantDetails(
                    name, birthYear, languages, municipality, neighbourhood, lifeSituation, transitions);
        }

        /** The consents given, one per purpose: a purpose sent again is refused naming it, rather than one dropped. */
        Map<ConsentPurpose, Set<SharingRole>> consentsGiven() {
            Map<ConsentPurpose, Set<SharingRole>> given = new EnumMap<>(ConsentPurpose.class);
            for (int i = 0; consents != null && i < consents.size(); i++) {
                ConsentRequest consent = consents.get(i);
                Set<SharingRole> sharedWith =
                        consent.purpose().sharedWith("consents[" + i + "].sharedWith", consent.sharedWith());
                if (given.putIfAbsent(consent.purpose(), sharedWith) != null) {
                    throw new Refusal("consents[" + i + "].purpose", "participant.consent.twice");
                }
            }
            return given;
        }
    }

    record ConsentRequest(@NotNull ConsentPurpose purpose, Set<SharingRole> sharedWith) {}

    record ParticipantResponse(
            UUID id,
            String name,
            Integer birthYear,
            List<String> languages,
            String municipality,
            String neighbourhood,
            String lifeSituation,
            Set<Transition> transitions,
            boolean archived,
            Instant registeredAt,
            int version,
            List<ParticipantView.CaseloadMember> caseload,
            Set<ConsentPurpose> consents,
            Set<SharingRole> sharedWith,
            boolean approachableForMatching,
            boolean restricted) {

        static ParticipantResponse of(ParticipantView p) {
            ParticipantDetails d = p.details();
            return new ParticipantResponse(
                    p.id().value(),
                    d.name(),
                    d.birthYear(),
                    d.languages(),
                    d.municipality(),
                    d.neighbourhood(),
                    d.lifeSituation(),
                    d.transitions(),
                    p.archived(),
                    p.registeredAt(),
                    p.version(),
                    p.caseload(),
                    p.consents(),
                    p.sharedWith(),
                    p.approachableForMatching(),
                    p.restricted());
        }
    }
}
