package be.brugwerk.roles;

import be.brugwerk.coaching.ValuedRoleActions;
import be.brugwerk.neighbourhood.ActorKind;
import be.brugwerk.neighbourhood.ActorManagement;
import be.brugwerk.network.ActorTies;
import be.brugwerk.network.analysis.RelationCategory;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What follows a taking that started, after it committed, for the event's organisation
 * (docs/adr/0008-events-between-modules.md): the participant's open trajectory gets an action named by the role's
 * title, and, when the participant agreed, the role's actor joins their network map as a light tie (its name and kind
 * only). The roles module reacts itself and calls coaching's and network's APIs, because neither can depend on roles
 * (roles depends on talents, which depends on coaching, and on places, which depends on network); the event carries
 * ids only, and the title and the actor's name are read here. Each reaction is idempotent: the action is added once
 * per taking, and the member's id is the taking's.
 */
@Component
class TakingReactions {

    private final Roles roles;
    private final ValuedRoleActions actions;
    private final ActorManagement actors;
    private final ActorTies ties;

    TakingReactions(Roles roles, ValuedRoleActions actions, ActorManagement actors, ActorTies ties) {
        this.roles = roles;
        this.actions = actions;
        this.actors = actors;
        this.ties = ties;
    }

    @ApplicationModuleListener
    void on(RoleTakingStarted started) {
        roles.find(started.organisationId(), started.roleId(), Roles.sitesOf(Map.of()))
                .ifPresent(role -> actions.noteRoleTaken(
                        started.organisationId(),
                        started.participant(),
                        started.takingId(),
                        role.details().title(),
                        started.startedOn()));
    }

    @ApplicationModuleListener
    void onMap(RoleTakingStarted started) {
        if (!started.onMap()) {
            return;
        }
        actors.forReaction(started.organisationId(), started.actorId())
                .ifPresent(actor -> ties.addLightTie(
                        started.organisationId(),
                        started.participant(),
                        started.takingId(),
                        actor.name(),
                        category(actor.kind()),
                        started.startedBy()));
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
