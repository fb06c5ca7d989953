package be.brugwerk.matching.web;

import static be.brugwerk.support.ControllerSlice.Requests.json;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.brugwerk.matching.programme.BuddyConsentWithdrawn;
import be.brugwerk.matching.programme.BuddyManagement;
import be.brugwerk.support.ControllerSlice;
import be.brugwerk.system.NotFound;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

/**
 * A buddy's check-in over JSON, without a database, the module API a test double: a score is a whole number from 1
 * to 5, and one that is not whole is refused naming it, never cut to the number below; a pair whose buddy withdrew
 * their consent is a 409, and one not found a 404, that say so in the request's language.
 */
@ControllerSlice(BuddySelfApiController.class)
@WithMockUser(roles = "BUDDY")
class BuddySelfApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BuddyManagement buddies;

    final UUID pair = UUID.randomUUID();

    @Test
    void recordsACheckInWithAWholeScore() throws Exception {
        mvc.perform(json(post("/api/v1/buddy/pairs/{pair}/checkins", pair), """
                        {"score":3,"comment":"goed"}"""))
                .andExpect(status().isNoContent());

        verify(buddies).checkIn(pair, 3, "goed");
    }

    @Test
    void refusesAScoreThatIsNotWholeNamingItAndRecordsNothing() throws Exception {
        mvc.perform(json(post("/api/v1/buddy/pairs/{pair}/checkins", pair), """
                        {"score":3.5}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("score"))
                .andExpect(jsonPath("$.errors[0].code").value("input.wrongKind"));

        verify(buddies, never()).checkIn(eq(pair), anyInt(), any());
    }

    @Test
    void saysInTheRequestsLanguageThatThePairCannotGoAheadWithoutTheBuddysConsent() throws Exception {
        doThrow(new BuddyConsentWithdrawn()).when(buddies).agree(pair);

        agreeIn("nl")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("De buddy heeft de toestemming ingetrokken: dit duo kan niet meer aanvaard, bevestigd"
                                + " of gestart worden."))
                .andExpect(jsonPath("$.errors[0].code").value("matching.conflict.buddyConsentWithdrawn"));
        agreeIn("fr")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Le bénévole a retiré son consentement : ce binôme ne peut plus être accepté, confirmé"
                                + " ni commencé."));
    }

    @Test
    void saysInTheRequestsLanguageThatAPairIsNotFound() throws Exception {
        doThrow(new NotFound("Pair")).when(buddies).agree(pair);

        agreeIn("nl")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value("Dit bestaat niet, of je mag het niet zien."))
                .andExpect(jsonPath("$.errors[0].code").value("error.notFound.detail"));
    }

    /** The buddy agrees to the pair, asking for answers in {@code language}. */
    private ResultActions agreeIn(String language) throws Exception {
        return mvc.perform(post("/api/v1/buddy/pairs/{pair}/agree", pair)
                .header("Accept-Language", language)
                .with(csrf()));
    }
}
