package be.brugwerk.matching.programme;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.system.HomeSection;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A coordinator's home: per programme they coordinate (not the organisation's others), how many wait and for how
 * long, and the proposals to decide, named through the people module (which audits the names it gives).
 */
@Component
@Order(20)
class CoordinatorHome implements HomeSection {

    private static final int MOST_PROPOSALS = 50;

    private final Programmes programmes;
    private final ProgrammeAgenda agenda;
    private final ParticipantManagement participants;
    private final Clock clock;

    CoordinatorHome(Programmes programmes, ProgrammeAgenda agenda, ParticipantManagement participants, Clock clock) {
        this.programmes = programmes;
        this.agenda = agenda;
        this.participants = participants;
        this.clock = clock;
    }

    @Override
    public boolean appliesTo(Role role) {
        return role == Role.COORDINATOR;
    }

    @Override
    @Transactional
    public Optional<Part> forHome(SignedInUser me) {
        LocalDate today = LocalDate.now(clock);
        List<ProgrammeView> own = programmes.coordinatedBy(me.organisationId(), me.accountId());
        List<UUID> ids = own.stream().map(ProgrammeView::id).toList();
        Map<UUID, ProgrammeAgenda.Waiting> waiting = agenda.waiting(me.organisationId(), ids);
        List<ProgrammeAgenda.Proposal> open = agenda.proposals(me.organisationId(), ids, MOST_PROPOSALS);
        Map<ParticipantId, String> names = open.isEmpty()
                ? Map.of()
                : participants.names(
                        open.stream().map(ProgrammeAgenda.Proposal::participant).toList());
        Map<UUID, String> programmeNames = new HashMap<>();
        own.forEach(p -> programmeNames.put(p.id(), p.settings().name()));

        List<CoordinatorHomeView.Proposal> proposals = new ArrayList<>();
        Map<UUID, Integer> perProgramme = new HashMap<>();
        for (ProgrammeAgenda.Proposal p : open) {
            String name = names.get(p.participant());
            if (name == null) {
                continue; // a participant whose data may not be processed now: the programme page says more
            }
            perProgramme.merge(p.programme(), 1, Integer::sum);
            proposals.add(new CoordinatorHomeView.Proposal(
                    p.programme(),
                    programmeNames.get(p.programme()),
                    p.pair(),
                    name,
                    p.buddyName(),
                    LocalDate.ofInstant(p.proposedAt(), clock.getZone())));
        }
        List<CoordinatorHomeView.Programme> lines = own.stream()
                .map(p -> {
                    ProgrammeAgenda.Waiting w = waiting.get(p.id());
                    return new CoordinatorHomeView.Programme(
                            p.id(),
                            p.settings().name(),
                            w == null ? 0 : w.count(),
                            w == null ? null : ChronoUnit.DAYS.between(w.longestSince(), today),
                            perProgramme.getOrDefault(p.id(), 0));
                })
                .toList();
        return Optional.of(new Part("home/coordinator", new CoordinatorHomeView(lines, proposals)));
    }
}
