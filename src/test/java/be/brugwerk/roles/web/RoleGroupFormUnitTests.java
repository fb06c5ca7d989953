package be.brugwerk.roles.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Refusal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The participants ticked on a role's group form are read by the one rule of every form ({@code ParticipantId.typed}). */
class RoleGroupFormUnitTests {

    static final String ID = "0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d";

    @Test
    void aShortFormIsNotTakenForAnotherIdAndTheListIsRefused() {
        RoleGroupController.GroupForm form = new RoleGroupController.GroupForm(List.of(ID, "1-2-3-4-5"), null);
        assertThat(form.ticked()).containsExactly(new ParticipantId(UUID.fromString(ID)));
        assertThatThrownBy(form::ids).isInstanceOf(Refusal.class);
    }

    @Test
    void anIdWithANonBreakingSpaceIsTaken() {
        RoleGroupController.GroupForm form = new RoleGroupController.GroupForm(List.of(ID + "\u00A0"), null);
        assertThat(form.ids()).containsExactly(new ParticipantId(UUID.fromString(ID)));
    }
}
