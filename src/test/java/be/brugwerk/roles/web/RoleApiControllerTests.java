package be.brugwerk.roles.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.brugwerk.neighbourhood.ActorManagement;
import be.brugwerk.roles.RoleManagement;
import be.brugwerk.roles.RoleProposals;
import be.brugwerk.support.ControllerSlice;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The roles API's refusals of what cannot be bound, without a database, the module APIs test doubles: a capacity too
 * large for a number is answered 400 with an RFC 9457 problem naming the field, and nothing is stored. (An import
 * without a file is refused by {@code RoleManagement}, tested in {@code RoleIntegrationTests}.)
 */
@ControllerSlice(RoleApiController.class)
@WithMockUser(roles = "COORDINATOR")
class RoleApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    RoleManagement roles;

    @MockitoBean
    RoleProposals proposals;

    @MockitoBean
    ActorManagement actors;

    @Test
    void namesTheCapacityWhenItIsANumberTooLargeForIt() throws Exception {
        mvc.perform(post("/api/v1/neighbourhood/actors/{actor}/roles", UUID.randomUUID())
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"title\":\"Koffie zetten\",\"talents\":[\"COOKING\"],\"capacity\":99999999999,"
                                + "\"gains\":[\"VALUED_ROLE\"]}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("capacity"));

        verify(roles, never()).create(any(), any());
    }
}
