package be.brugwerk.matching.web;

import be.brugwerk.matching.programme.BuddyManagement;
import be.brugwerk.matching.programme.PairView;
import be.brugwerk.system.DateInput;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A buddy's own page over JSON, with the same rules: what the page shows them of their profiles and pairs, agreeing
 * to a pair, logging a meeting, a check-in, saying they want to stop, withdrawing their consent. Only their own pair
 * or profile; any other answers 404 before the body is read.
 */
@RestController
@RequestMapping("/api/v1/buddy")
@PreAuthorize("hasRole('BUDDY')")
class BuddySelfApiController implements PathAccess {

    private final BuddyManagement buddies;

    BuddySelfApiController(BuddyManagement buddies) {
        this.buddies = buddies;
    }

    /** The pair or profile the path names, if any: the buddy's own, or 404 before the body is read. */
    @Override
    public void checkAccess(Path path) {
        buddies.checkOwn(path.id("pairId").orElse(null), path.id("buddyId").orElse(null));
    }

    record Profile(
            UUID id, UUID programmeId, String programme, int capacity, boolean wantsToStop, boolean consentWithdrawn) {}

    record Meeting(LocalDate metOn, String note) {}

    record Pair(
            UUID id,
            UUID programmeId,

            @Schema(description = "the name the coordinator shared of the participant")
            String sharedName,

            String status,
            Instant buddyAgreedAt,
            List<Meeting> meetings) {

        static Pair of(PairView pair) {
            return new Pair(
                    pair.id(),
                    pair.programmeId(),
                    pair.sharedName(),
                    pair.status().name(),
                    pair.buddyAgreedAt(),
                    pair.meetings().stream()
                            .map(m -> new Meeting(m.metOn(), m.note()))
                            .toList());
        }
    }

    record Own(
            List<Profile> profiles,
            List<Pair> pairs,
            @Schema(description = "pairs due a check-in") Set<UUID> checkInDue) {}

    @GetMapping
    @Operation(summary = "The buddy's profiles and pairs, as their page shows them")
    Own own() {
        BuddyManagement.OwnView own = buddies.own();
        return new Own(
                own.profiles().stream()
                        .map(b -> new Profile(
                                b.id(),
                                b.programmeId(),
                                own.programmeNames().get(b.programmeId()),
                                b.capacity(),
                                b.wantsToStop(),
                                b.consentWithdrawn()))
                        .toList(),
                own.pairs().stream().map(Pair::of).toList(),
                own.checkInDue());
    }

    @PostMapping("/pairs/{pairId}/agree")
    @Operation(
            summary = "Agree to a pair the coordinator accepted",
            description = "The pair starts once the participant agreed too. After withdrawing consent: 409.")
    ResponseEntity<Void> agree(@PathVariable UUID pairId) {
        buddies.agree(pairId);
        return ResponseEntity.noContent().build();
    }

    record MeetingLog(
            @Schema(description = "as 2026-03-02: not in the future, not before the pair started")
            String metOn,

            @Schema(description = "at most 1000 characters") String note) {}

    @PostMapping("/pairs/{pairId}/meetings")
    @Operation(summary = "Log a meeting of a running pair")
    ResponseEntity<Void> logMeeting(@PathVariable UUID pairId, @RequestBody MeetingLog meeting) {
        buddies.logMeeting(pairId, DateInput.required("metOn", meeting.metOn()), meeting.note());
        return ResponseEntity.noContent().build();
    }

    record CheckIn(
            @Schema(description = "1 (badly) to 5 (very well)")
            Integer score,

            @Schema(description = "at most 1000 characters") String comment) {}

    @PostMapping("/pairs/{pairId}/checkins")
    @Operation(summary = "A short check-in of a running pair")
    ResponseEntity<Void> checkIn(@PathVariable UUID pairId, @RequestBody CheckIn checkIn) {
        if (checkIn.score() == null) {
            throw new Refusal("score", "matching.own.checkInScore");
        }
        buddies.checkIn(pairId, checkIn.score(), checkIn.comment());
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/profiles/{buddyId}/stop")
    @Operation(summary = "Tell the coordinator the buddy wants to stop")
    ResponseEntity<Void> wantsToStop(@PathVariable UUID buddyId) {
        buddies.wantsToStop(buddyId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/profiles/{buddyId}/withdraw-consent")
    @Operation(
            summary = "Withdraw the buddy's consent",
            description = "They are no longer matched, and no pair with them goes ahead.")
    ResponseEntity<Void> withdrawConsent(@PathVariable UUID buddyId) {
        buddies.withdrawConsent(buddyId);
        return ResponseEntity.noContent().build();
    }
}
