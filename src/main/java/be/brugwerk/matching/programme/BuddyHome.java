package be.brugwerk.matching.programme;

import be.brugwerk.people.AuditTrail;
import be.brugwerk.system.HomeSection;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A buddy's home: their accepted and running pairs (a proposal is never shown to a buddy), the last meeting and the
 * next check-in. One query and one audit row naming the pairs shown.
 */
@Component
@Order(40)
class BuddyHome implements HomeSection {

    private final ProgrammeAgenda agenda;
    private final AuditTrail audit;
    private final Clock clock;

    BuddyHome(ProgrammeAgenda agenda, AuditTrail audit, Clock clock) {
        this.agenda = agenda;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public boolean appliesTo(Role role) {
        return role == Role.BUDDY;
    }

    @Override
    @Transactional
    public Optional<Part> forHome(SignedInUser me) {
        LocalDate today = LocalDate.now(clock);
        List<ProgrammeAgenda.OwnPair> own = agenda.ownPairs(me.organisationId(), me.accountId());
        if (!own.isEmpty()) {
            audit.record(
                    AuditTrail.Action.LIST,
                    AuditTrail.Subject.BUDDY_PAIR,
                    own.stream().map(ProgrammeAgenda.OwnPair::pair).toList());
        }
        List<BuddyHomeView.OwnPair> pairs = own.stream()
                .map(p -> {
                    boolean running = p.status() == PairStatus.ACTIVE;
                    LocalDate lastContact = p.lastMeeting();
                    LocalDate checkInDue = running
                            ? (p.lastCheckIn() != null ? p.lastCheckIn() : p.startedOn())
                                    .plusDays(p.checkInIntervalDays())
                            : null;
                    return new BuddyHomeView.OwnPair(
                            p.pair(),
                            p.programmeName(),
                            p.sharedName(),
                            p.status(),
                            p.status() == PairStatus.AWAITING_AGREEMENT && !p.buddyAgreed(),
                            lastContact,
                            lastContact == null ? null : ChronoUnit.DAYS.between(lastContact, today),
                            checkInDue,
                            checkInDue != null && !checkInDue.isAfter(today));
                })
                .toList();
        return Optional.of(new Part("home/buddy", new BuddyHomeView(pairs)));
    }
}
