package be.brugwerk.roles;

import be.brugwerk.coaching.ValuedRoleActions;
import java.util.Map;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What follows a taking that started, after it committed, for the event's organisation
 * (docs/adr/0008-events-between-modules.md): the participant's open trajectory gets an action named by the role's
 * title. The roles module reacts itself and calls coaching's API, because coaching cannot depend on roles (roles
 * depends on talents, which depends on coaching); the event carries ids only, and the title is read here. Idempotent:
 * coaching adds the action once per taking.
 */
@Component
class TakingReactions {

    private final Roles roles;
    private final ValuedRoleActions actions;

    TakingReactions(Roles roles, ValuedRoleActions actions) {
        this.roles = roles;
        this.actions = actions;
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
}
