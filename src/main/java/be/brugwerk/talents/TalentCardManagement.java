package be.brugwerk.talents;

import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.people.ParticipantView;
import be.brugwerk.people.StaffDirectory;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.system.VersionConflict;
import java.time.Clock;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A participant's talent card (talentenkaart): the current card, saving a new version, and the earlier versions.
 * Whoever may see and change the participant's network map may see and change their talent card, and nobody else
 * learns it exists (404). Every read and every save writes one audit row. The rules of a change are the card's own
 * ({@link TalentCard}); this reads, orders and stores.
 */
@Service
@Transactional // read-write, also for reads: their audit rows are written in the same transaction
public class TalentCardManagement {

    private static final AuditTrail.Subject SUBJECT = AuditTrail.Subject.TALENT_CARD;
    /** The card before anything was saved. */
    private static final TalentCardView NO_CARD = new TalentCardView(0, null, null, List.of(), List.of(), List.of());

    private final TalentCards cards;
    private final ParticipantManagement participants;
    private final StaffDirectory staff;
    private final AuditTrail audit;
    private final Clock clock;

    TalentCardManagement(
            TalentCards cards,
            ParticipantManagement participants,
            StaffDirectory staff,
            AuditTrail audit,
            Clock clock) {
        this.cards = cards;
        this.participants = participants;
        this.staff = staff;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Throws {@link NotFound} unless the signed-in person may see (and so change) the participant's talent card: the
     * same people as for their network map. Asked before a request's input is read (ADR 0006); no audit row.
     */
    @Transactional(readOnly = true)
    public void checkAccess(ParticipantId participant) {
        requireVisible(participant);
    }

    /** The current card; version 0 without entries before anything was saved. */
    public TalentCardView current(ParticipantId participant) {
        requireVisible(participant);
        audit.record(Action.READ, SUBJECT, List.of(participant.value()));
        return currentView(participant);
    }

    /**
     * The current cards of those of {@code participants} the signed-in person may see (the others are left out; one
     * without a saved card gets the empty card, version 0), read in a fixed number of statements however many, with
     * one audit row ({@code LIST}) naming every participant whose card was read: for a module that weighs many cards
     * at once (a role matching run).
     */
    public Map<ParticipantId, TalentCardView> currentCards(Collection<ParticipantId> participants) {
        SignedInUser me = Tenancy.requireUser();
        if (me.organisationId() == null || participants.isEmpty()) {
            return Map.of();
        }
        Set<ParticipantId> visible = new LinkedHashSet<>(participants);
        visible.retainAll(this.participants.workableAmong(participants));
        if (visible.isEmpty()) {
            return Map.of();
        }
        audit.record(
                Action.LIST, SUBJECT, visible.stream().map(ParticipantId::value).toList());
        Map<ParticipantId, TalentCards.Current> current = cards.currentOf(visible);
        Map<UUID, String> names =
                names(current.values().stream().map(TalentCards.Current::saved).toList());
        Map<ParticipantId, TalentCardView> views = new LinkedHashMap<>();
        for (ParticipantId participant : visible) {
            TalentCards.Current found = current.get(participant);
            views.put(
                    participant,
                    found == null
                            ? NO_CARD
                            : TalentCardView.of(
                                    found.saved().version(),
                                    found.saved().at(),
                                    names.get(found.saved().by()),
                                    found.card().entries(),
                                    found.card().takingPart()));
        }
        return views;
    }

    /**
     * Saves {@code entries}, and when and how the participant can take part, as the card's next version, made on version
     * {@code readVersion}; blank lines are left out.
     * A save that changes nothing makes no new version and answers the card as it is.
     *
     * @throws VersionConflict when the card was saved since {@code readVersion}
     * @throws Refusal naming the entry and its part at fault ({@code entries[1].kind}); nothing is stored then
     */
    public TalentCardView save(
            ParticipantId participant, int readVersion, List<TalentEntry.Input> entries, TakingPart takingPart) {
        SignedInUser me = requireVisible(participant);
        TalentCard card = cards.current(participant);
        card.revise(readVersion, entries, takingPart);
        if (card.revised()) {
            cards.save(me.organisationId(), card, me.accountId(), clock.instant());
        }
        audit.record(Action.UPDATE, SUBJECT, List.of(participant.value()));
        return currentView(participant);
    }

    /** Every saved version, oldest first. */
    public List<CardVersion> versions(ParticipantId participant) {
        requireVisible(participant);
        audit.record(Action.LIST, SUBJECT, List.of(participant.value()));
        List<TalentCards.Saved> saved = cards.versions(participant);
        return summaries(saved, names(saved));
    }

    private static List<CardVersion> summaries(List<TalentCards.Saved> saved, Map<UUID, String> names) {
        return saved.stream()
                .map(s -> new CardVersion(s.version(), s.at(), names.get(s.by()), s.entries()))
                .toList();
    }

    /** The card as it was at {@code version}; {@link NotFound} when there is no such version. */
    public TalentCardView version(ParticipantId participant, int version) {
        requireVisible(participant);
        audit.record(Action.READ, SUBJECT, List.of(participant.value()));
        TalentCards.Saved saved = cards.version(participant, version).orElseThrow(() -> new NotFound("Version"));
        return view(participant, saved);
    }

    /**
     * What the card's pages show, read with one audit row: the participant, the card (the current one, or an earlier
     * version) and every saved version.
     */
    public record CardPage(ParticipantView participant, TalentCardView card, List<CardVersion> versions) {}

    /** The card page at {@code version}, or at the current card when {@code null}; {@link NotFound} for no such version. */
    public CardPage page(ParticipantId participant, Integer version) {
        requireVisible(participant);
        audit.record(Action.READ, SUBJECT, List.of(participant.value()));
        List<TalentCards.Saved> saved = cards.versions(participant);
        Map<UUID, String> names = names(saved);
        TalentCards.Saved shown = version == null
                ? (saved.isEmpty() ? null : saved.get(saved.size() - 1))
                : saved.stream()
                        .filter(s -> s.version() == version)
                        .findFirst()
                        .orElseThrow(() -> new NotFound("Version"));
        TalentCardView card = shown == null ? NO_CARD : view(participant, shown, names);
        return new CardPage(participants.getWithoutAudit(participant), card, summaries(saved, names));
    }

    /** The participant and their current card strengths first, as printed for them, read with one audit row. */
    public record PrintPage(ParticipantView participant, TalentCardView card) {}

    public PrintPage printPage(ParticipantId participant) {
        TalentCardView current = current(participant);
        List<TalentEntry> strengthsFirst = TalentCard.restore(
                        participant, current.version(), current.entries(), current.takingPart())
                .strengthsFirst();
        return new PrintPage(
                participants.getWithoutAudit(participant),
                TalentCardView.of(
                        current.version(), current.savedAt(), current.savedBy(), strengthsFirst, current.takingPart()));
    }

    private TalentCardView currentView(ParticipantId participant) {
        return cards.latest(participant).map(saved -> view(participant, saved)).orElse(NO_CARD);
    }

    private TalentCardView view(ParticipantId participant, TalentCards.Saved saved) {
        return view(participant, saved, names(List.of(saved)));
    }

    private TalentCardView view(ParticipantId participant, TalentCards.Saved saved, Map<UUID, String> names) {
        return TalentCardView.of(
                saved.version(),
                saved.at(),
                names.get(saved.by()),
                cards.restore(participant, saved).entries(),
                saved.takingPart());
    }

    private Map<UUID, String> names(List<TalentCards.Saved> saved) {
        Set<UUID> ids = saved.stream()
                .map(TalentCards.Saved::by)
                .filter(Objects::nonNull)
                .collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : staff.names(ids);
    }

    private SignedInUser requireVisible(ParticipantId participant) {
        SignedInUser me = Tenancy.requireUser();
        if (me.organisationId() == null || !participants.isVisible(participant)) {
            throw new NotFound("Participant");
        }
        return me;
    }
}
