package be.brugwerk.talents.web;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.talents.CardVersion;
import be.brugwerk.talents.TakingPart;
import be.brugwerk.talents.TalentCardManagement;
import be.brugwerk.talents.TalentCardView;
import be.brugwerk.talents.TalentEntry;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** A participant's talent card over JSON: the current card, saving a new version, and the earlier versions. */
@RestController
@RequestMapping("/api/v1/participants/{participant}/talents")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class TalentCardApiController implements PathAccess {

    private final TalentCardManagement cards;

    TalentCardApiController(TalentCardManagement cards) {
        this.cards = cards;
    }

    /** The participant whose card the path names: one the person may work with, or 404 before the input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("participant").map(ParticipantId::new).ifPresent(cards::checkAccess);
    }

    @GetMapping
    @Operation(summary = "The participant's current talent card", description = """
            Version 0 without entries before anything was saved. Codes: kind STRENGTH, SKILL, INTEREST, \
            LIFE_EXPERIENCE, DREAM; frame HEAD, HEART, HANDS; lifeArea one of Schalock's eight domains or null; \
            talent one of the curated list (docs/talents.md) or null. availability: the weekly moments the \
            participant can take part (DAY:PART, week order; none when unknown); accessNeeds: what they need of a \
            place (STEP_FREE, ACCESSIBLE_TOILET).""")
    TalentCardView current(@PathVariable ParticipantId participant) {
        return cards.current(participant);
    }

    /** The card as sent: the version it was read at and every entry. */
    record CardBody(
            @Schema(
                    description = "the version that was read (0 for a first card); a card saved since answers 409",
                    requiredMode = Schema.RequiredMode.REQUIRED)
            Integer version,

            @Schema(description = "the whole card, in order; an entry is refused naming it as entries[i].part")
            List<TalentEntry.Input> entries,

            @Schema(
                    description = "the weekly moments the participant can take part, as DAY:PART (MONDAY ... SUNDAY, "
                            + "MORNING, AFTERNOON, EVENING), e.g. SATURDAY:MORNING; none or absent when unknown")
            List<String> availability,

            @Schema(
                    description = "what the participant needs of a place: STEP_FREE, ACCESSIBLE_TOILET; none or absent "
                            + "when they need nothing of it or it is unknown")
            List<String> accessNeeds) {}

    @PutMapping
    @Operation(summary = "Save the talent card as its next version", description = """
            Replaces the card with the entries sent, as a new version; earlier versions stay readable. Each entry \
            needs a kind and a frame, and a talent of the list or a text (at most 300 characters, one line), or \
            both; a refused entry answers 400 with a problem naming it in errors[].field, e.g. entries[2].text, and \
            nothing is stored. An entry that repeats an earlier one (the same kind, talent and words) is refused \
            naming the later one (talents.entry.twice), a null entry naming it (entries[1]). The card is the whole of it: availability and accessNeeds absent are none (unknown). \
            An unknown code answers 400 naming it (availability[1], accessNeeds[0]). A stale version answers 409. A \
            card that changes nothing keeps its version.""")
    TalentCardView save(@PathVariable ParticipantId participant, @RequestBody CardBody body) {
        if (body.version() == null) {
            throw new Refusal("version", "talents.card.versionRequired");
        }
        return cards.save(
                participant,
                body.version(),
                body.entries() == null ? List.of() : body.entries(),
                TakingPart.read(body.availability(), body.accessNeeds()));
    }

    @GetMapping("/versions")
    @Operation(summary = "Every saved version of the talent card, oldest first")
    List<CardVersion> versions(@PathVariable ParticipantId participant) {
        return cards.versions(participant);
    }

    @GetMapping("/versions/{version}")
    @Operation(summary = "The talent card as it was at one saved version; 404 when there is none")
    TalentCardView version(@PathVariable ParticipantId participant, @PathVariable int version) {
        return cards.version(participant, version);
    }
}
