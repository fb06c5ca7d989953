package be.brugwerk.neighbourhood.web;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.intThat;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import be.brugwerk.neighbourhood.ActorManagement;
import be.brugwerk.support.ControllerSlice;
import be.brugwerk.system.VersionConflict;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The remove form of an actor, without a database, the module API a test double: it removes the actor only at the
 * version the form names; a form without a version, or with one that is no number, asks for version -1, which no actor
 * has, so nothing is removed and the page says the actor was changed meanwhile.
 */
@ControllerSlice(ActorController.class)
@WithMockUser(roles = "COORDINATOR")
class ActorControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ActorManagement actors;

    final UUID actor = UUID.randomUUID();

    @Test
    void removesTheActorAtTheVersionTheFormNames() throws Exception {
        mvc.perform(post("/neighbourhood/actors/{actor}/delete", actor)
                        .param("version", "2")
                        .with(csrf()))
                .andExpect(redirectedUrl("/neighbourhood"))
                .andExpect(flash().attribute("notice", "neighbourhood.actor.deleted"));

        verify(actors).delete(actor, 2);
    }

    @Test
    void removesNothingForAFormWithoutAVersion() throws Exception {
        doThrow(new VersionConflict("neighbourhood.conflict.actor"))
                .when(actors)
                .delete(actor, -1);

        mvc.perform(post("/neighbourhood/actors/{actor}/delete", actor).with(csrf()))
                .andExpect(redirectedUrl("/neighbourhood"))
                .andExpect(flash().attribute("notice", "neighbourhood.actor.deleteChangedMeanwhile"));
        mvc.perform(post("/neighbourhood/actors/{actor}/delete", actor)
                        .param("version", "two")
                        .with(csrf()))
                .andExpect(redirectedUrl("/neighbourhood"))
                .andExpect(flash().attribute("notice", "neighbourhood.actor.deleteChangedMeanwhile"));

        verify(actors, times(2)).delete(actor, -1);
        verify(actors, never()).delete(eq(actor), intThat(version -> version != -1));
    }
}
