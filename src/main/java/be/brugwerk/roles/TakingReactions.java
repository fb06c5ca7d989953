package be.brugwerk.roles;

import be.brugwerk.coaching.ValuedRoleActions;
import be.brugwerk.neighbourhood.ActorKind;
import be.brugwerk.neighbourhood.ActorManagement;
import be.brugwerk.network.ActorTies;
import be.brugwerk.network.analysis.RelationCategory;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What follows a taking that started or ended, after it committed, for the event's organisation
 * (docs/adr/0008-events-between-modules.md). When it starts, the participant's open trajectory gets an action named by
 * the role's title, and, when the participant agreed, the role's actor joins their network map as a light tie (its
 * name and kind only). When it ends, that action is done and that member becomes dormant. The roles module reacts
 * itself and calls coaching's and network's APIs, because neither can depend on roles (roles depends on talents, which
 * depends on coaching, and on places, which depends on network); the events carry ids only, and the title and the
 * actor's name are read here. When a check-in first finds it holding ({@link RoleTakingHeld}), the trajectory gets a
 * small success named by the role's title, and the action is done on that day.
 *
 * <p>Each reaction is idempotent: the action is added once per taking, the member's id is the taking's, and only an
 * open action and an active member are changed at the end. The reactions run on their own threads, so each first locks
 * the taking's row: the reaction to the end waits for the one to the start, and a reaction to the start that comes
 * after the end (or after its reaction) sees the taking ended and ends what it adds at once.
 */
@Component
class TakingReactions {

    private final Roles roles;
    private final RoleTakings takings;
    private final ValuedRoleActions actions;
    private final ActorManagement actors;
    private final ActorTies ties;

    TakingReactions(
            Roles roles, RoleTakings takings, ValuedRoleActions actions, ActorManagement actors, ActorTies ties) {
        this.roles = roles;
        this.takings = takings;
        this.actions = actions;
        this.actors = actors;
        this.ties = ties;
    }

    @ApplicationModuleListener
    void on(RoleTakingStarted started) {
        Optional<RoleTaking> taking = takings.lockForReaction(started.organisationId(), started.takingId());
        Optional<String> title = roles.find(started.organisationId(), started.roleId(), Roles.sitesOf(Map.of()))
                .map(role -> role.details().title());
        title.ifPresent(named -> actions.noteRoleTaken(
                started.organisationId(), started.participant(), started.takingId(), named, started.startedOn()));
        Optional<LocalDate> heldOn = taking.map(RoleTaking::heldOn);
        if (title.isPresent() && heldOn.isPresent()) { // the reaction to its holding came first, and found no action
            actions.noteRoleHeld(
                    started.organisationId(), started.participant(), started.takingId(), title.get(), heldOn.get());
        }
        endedAlready(taking)
                .ifPresent(ended -> actions.noteRoleEnded(
                        started.organisationId(), started.participant(), started.takingId(), ended.endedOn()));
    }

    @ApplicationModuleListener
    void onMap(RoleTakingStarted started) {
        if (!started.onMap()) {
            return;
        }
        Optional<RoleTaking> taking = takings.lockForReaction(started.organisationId(), started.takingId());
        actors.forReaction(started.organisationId(), started.actorId())
                .ifPresent(actor -> ties.addLightTie(
                        started.organisationId(),
                        started.participant(),
                        started.takingId(),
                        actor.name(),
                        category(actor.kind()),
                        started.startedBy()));
        endedAlready(taking)
                .ifPresent(ended -> ties.makeDormant(
                        started.organisationId(),
                        started.participant(),
                        started.takingId(),
                        ended.endedOn(),
                        started.startedBy()));
    }

    @ApplicationModuleListener
    void on(RoleTakingHeld held) {
        takings.lockForReaction(held.organisationId(), held.takingId());
        roles.find(held.organisationId(), held.roleId(), Roles.sitesOf(Map.of()))
                .ifPresent(role -> actions.noteRoleHeld(
                        held.organisationId(),
                        held.participant(),
                        held.takingId(),
                        role.details().title(),
                        held.heldOn()));
    }

    @ApplicationModuleListener
    void on(RoleTakingEnded ended) {
        takings.lockForReaction(ended.organisationId(), ended.takingId());
        actions.noteRoleEnded(ended.organisationId(), ended.participant(), ended.takingId(), ended.endedOn());
    }

    @ApplicationModuleListener
    void onMap(RoleTakingEnded ended) {
        if (!ended.onMap()) {
            return;
        }
        takings.lockForReaction(ended.organisationId(), ended.takingId());
        ties.makeDormant(
                ended.organisationId(), ended.participant(), ended.takingId(), ended.endedOn(), ended.endedBy());
    }

    private static Optional<RoleTaking> endedAlready(Optional<RoleTaking> taking) {
        return taking.filter(t -> t.status() == TakingStatus.ENDED);
    }

    /** The map's category for an actor of this kind: a school is school, a service professional, the rest a group. */
    static RelationCategory category(ActorKind kind) {
        return switch (kind) {
            case SCHOOL -> RelationCategory.COLLEAGUE_OR_SCHOOL;
            case SERVICE -> RelationCategory.PROFESSIONAL;
            default -> RelationCategory.GROUP;
        };
    }
}
