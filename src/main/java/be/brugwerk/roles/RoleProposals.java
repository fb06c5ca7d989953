package be.brugwerk.roles;

import be.brugwerk.neighbourhood.ActorManagement;
import be.brugwerk.neighbourhood.ActorView;
import be.brugwerk.people.AuditTrail;
import be.brugwerk.people.AuditTrail.Action;
import be.brugwerk.people.Language;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.people.ParticipantManagement;
import be.brugwerk.places.Place;
import be.brugwerk.places.PlaceManagement;
import be.brugwerk.roles.engine.Access;
import be.brugwerk.roles.engine.Candidate;
import be.brugwerk.roles.engine.MinCostFlowRoleMatching;
import be.brugwerk.roles.engine.OpenRole;
import be.brugwerk.roles.engine.ReasonPart;
import be.brugwerk.roles.engine.RoleCriterion;
import be.brugwerk.roles.engine.RoleMatcher;
import be.brugwerk.roles.engine.RoleMatchingResult;
import be.brugwerk.roles.engine.RoleMatchingRules;
import be.brugwerk.roles.engine.RoleProposal;
import be.brugwerk.system.Role;
import be.brugwerk.system.SignedInUser;
import be.brugwerk.system.Tenancy;
import be.brugwerk.talents.TakingPart;
import be.brugwerk.talents.TalentCardManagement;
import be.brugwerk.talents.TalentCardView;
import be.brugwerk.talents.TalentEntry;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A matching run for a coordinator: the organisation's open roles at actors on the map against the participants they
 * may work with who gave consent to be approached for matching, from each one's talent card, registered languages and
 * own places, through {@link MinCostFlowRoleMatching}. It only proposes: nothing is stored. The talent cards and places
 * it reads are read in batches and audited by their modules (one {@code LIST} row each, naming every participant
 * read), the languages it reads and the names it shows by one row of its own naming every participant weighed: a
 * run runs the same number of statements however many participants it weighs.
 *
 * <p>Like a buddy matching run, it holds no transaction (nor its pooled connection) while OR-Tools solves: it reads
 * and audits what it weighs in one transaction, solves with none, and reads and audits the names it shows in another.
 */
@Service
public class RoleProposals {

    private final Roles roles;
    private final ActorManagement actors;
    private final ParticipantManagement participants;
    private final TalentCardManagement talentCards;
    private final PlaceManagement places;
    private final MessageSource messages;
    private final AuditTrail audit;
    private final RoleMatcher matcher = new MinCostFlowRoleMatching();
    private final TransactionTemplate transaction;

    RoleProposals(
            Roles roles,
            ActorManagement actors,
            ParticipantManagement participants,
            TalentCardManagement talentCards,
            PlaceManagement places,
            MessageSource messages,
            AuditTrail audit,
            PlatformTransactionManager transactions) {
        this.transaction = new TransactionTemplate(transactions);
        this.roles = roles;
        this.actors = actors;
        this.participants = participants;
        this.talentCards = talentCards;
        this.places = places;
        this.messages = messages;
        this.audit = audit;
    }

    /** One explained part of a proposal, in the reader's language. */
    public record Reason(RoleCriterion criterion, String label, BigDecimal points, String text) {}

    /** A participant proposed for a role, and why. */
    public record Proposal(
            UUID role,
            String roleTitle,
            UUID actor,
            String actorName,
            UUID participant,
            String participantName,
            BigDecimal score,
            Double kilometres,
            List<Reason> reasons) {}

    /** The run's proposals, by role and then participant, and how many open roles and candidates it weighed. */
    public record Run(List<Proposal> proposals, int openRoles, int candidates) {}

    /** Runs the matching with the default rules ({@link RoleMatchingRules#DEFAULT}); coordinators only. */
    public Run run() {
        SignedInUser me = Tenancy.requireRole(Role.COORDINATOR);
        Weighed weighed = transaction.execute(status -> weigh(me));
        RoleMatchingResult result = matcher.match(
                weighed.open().stream().map(RoleProposals::openRole).toList(),
                weighed.candidates(),
                RoleMatchingRules.DEFAULT);

        Set<ParticipantId> proposed = new LinkedHashSet<>();
        result.proposals()
                .forEach(proposal -> proposed.add(new ParticipantId(UUID.fromString(proposal.participantId()))));
        Map<ParticipantId, String> names = transaction.execute(status -> participants.namesAuditedByCaller(proposed));
        Map<String, ValuedRole> roleById = new HashMap<>();
        weighed.open().forEach(role -> roleById.put(role.id().toString(), role));
        Locale locale = LocaleContextHolder.getLocale();
        List<Proposal> proposals = result.proposals().stream()
                .map(proposal -> {
                    ValuedRole role = roleById.get(proposal.roleId());
                    ParticipantId participant = new ParticipantId(UUID.fromString(proposal.participantId()));
                    return new Proposal(
                            role.id(),
                            role.details().title(),
                            role.site().actor(),
                            weighed.actorById().get(role.site().actor()).name(),
                            participant.value(),
                            names.get(participant),
                            proposal.score(),
                            proposal.kilometres(),
                            reasons(proposal, locale));
                })
                .toList();
        return new Run(proposals, weighed.open().size(), weighed.candidates().size());
    }

    /** What a run weighs: the open roles with a place, their actors, and the candidates. */
    private record Weighed(List<ValuedRole> open, Map<UUID, ActorView> actorById, List<Candidate> candidates) {}

    /** Reads the roles and candidates, and audits the candidates read; in the caller's transaction. */
    private Weighed weigh(SignedInUser me) {
        Map<UUID, ActorView> actorById = new HashMap<>();
        actors.list().forEach(actor -> actorById.put(actor.id(), actor));
        Map<UUID, ActorSite> sites = new HashMap<>();
        actorById
                .values()
                .forEach(actor -> sites.put(actor.id(), KnownActor.of(actor).site()));
        List<ValuedRole> open = roles.open(me.organisationId(), Roles.sitesOf(sites)).stream()
                .filter(role -> role.site().point() != null)
                .toList();
        List<Candidate> candidates = candidates(participants.approachableForMatching(participants.workable()));
        if (!candidates.isEmpty()) {
            audit.record(
                    Action.LIST,
                    AuditTrail.Subject.PARTICIPANT,
                    candidates.stream().map(c -> UUID.fromString(c.id())).toList());
        }
        return new Weighed(open, actorById, candidates);
    }

    /**
     * The participants as the matching knows them, read in batches through their modules (the cards of the
     * approachable, then the languages and places of those with a talent to share), so that a run reads the same number
     * of statements however many it weighs; those without a talent they would like to share are left out, and nothing
     * of them but their card is read.
     */
    private List<Candidate> candidates(Set<ParticipantId> approachable) {
        Map<ParticipantId, TalentCardView> cards = talentCards.currentCards(approachable);
        List<ParticipantId> sharing = approachable.stream()
                .filter(participant -> cards.containsKey(participant)
                        && !talents(cards.get(participant).entries(), true).isEmpty())
                .toList();
        if (sharing.isEmpty()) {
            return List.of();
        }
        Map<ParticipantId, List<String>> languagesOf = participants.languagesForMatching(sharing);
        if (languagesOf.isEmpty()) {
            return List.of();
        }
        Map<ParticipantId, List<Place>> placesOf = places.listAll(languagesOf.keySet());
        List<Candidate> candidates = new ArrayList<>();
        languagesOf.forEach((participant, languages) -> candidates.add(candidate(
                participant, cards.get(participant), languages, placesOf.getOrDefault(participant, List.of()))));
        return candidates;
    }

    /** The participant as the matching knows them. */
    private static Candidate candidate(
            ParticipantId participant, TalentCardView card, List<String> registered, List<Place> ownPlaces) {
        List<String> languages = registered.stream()
                .map(language -> Language.named(language)
                        .map(Language::tag)
                        .orElse(language.strip().toLowerCase(Locale.ROOT)))
                .toList();
        return new Candidate(
                participant.value().toString(),
                talents(card.entries(), true),
                talents(card.entries(), false),
                Set.copyOf(languages),
                needs(card.takingPart()),
                ownPlaces.stream().map(Place::point).toList(),
                card.takingPart().days());
    }

    /** What the participant needs of a place, as the actor's accessibility states it (the same codes). */
    private static Set<Access> needs(TakingPart takingPart) {
        return takingPart.accessNeeds().stream()
                .map(need -> Access.valueOf(need.name()))
                .collect(Collectors.toSet());
    }

    private static Set<String> talents(List<TalentEntry> entries, boolean toShare) {
        return entries.stream()
                .filter(entry -> entry.talent() != null && (toShare ? entry.share() : entry.learn()))
                .map(entry -> entry.talent().name())
                .collect(Collectors.toSet());
    }

    private static OpenRole openRole(ValuedRole role) {
        ValuedRole.Details d = role.details();
        Map<Access, Boolean> access = new HashMap<>();
        if (role.site().stepFree() != null) {
            access.put(Access.STEP_FREE, role.site().stepFree());
        }
        if (role.site().accessibleToilet() != null) {
            access.put(Access.ACCESSIBLE_TOILET, role.site().accessibleToilet());
        }
        return new OpenRole(
                role.id().toString(),
                d.talents().stream().map(Enum::name).collect(Collectors.toSet()),
                d.learning().stream().map(Enum::name).collect(Collectors.toSet()),
                d.languages(),
                role.site().point(),
                access,
                role.openPlaces(),
                d.days());
    }

    /** Each part in the reader's language: talent codes as the curated list's words, the rest as the engine gives it. */
    private List<Reason> reasons(RoleProposal proposal, Locale locale) {
        return proposal.explanation().stream()
                .map(part -> new Reason(
                        part.criterion(),
                        messages.getMessage("roles.criterion." + part.criterion(), null, locale),
                        part.points(),
                        messages.getMessage(part.messageKey(), arguments(part, locale), locale)))
                .toList();
    }

    private Object[] arguments(ReasonPart part, Locale locale) {
        String words = switch (part.criterion()) {
            case TALENTS, LEARNING -> "talents.talent.";
            case TIMES -> "neighbourhood.day.";
            default -> null;
        };
        return part.arguments().stream()
                .map(argument -> words != null && argument.matches("[A-Z_]+(,[A-Z_]+)*")
                        ? Arrays.stream(argument.split(","))
                                .map(code -> messages.getMessage(words + code, null, code, locale))
                                .collect(Collectors.joining(", "))
                        : argument)
                .toArray();
    }
}
