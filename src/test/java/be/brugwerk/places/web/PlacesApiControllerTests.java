package be.brugwerk.places.web;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.delete;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.brugwerk.places.PlaceManagement;
import be.brugwerk.support.ControllerSlice;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The places API's refusals of what cannot be bound, without a database, the module API a test double: a version too
 * large for a number, left out or no number at all, and a place's id that is none, are each answered 400 with an
 * RFC 9457 problem naming the field, and nothing is changed.
 */
@ControllerSlice(PlacesApiController.class)
class PlacesApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    PlaceManagement places;

    final UUID participant = UUID.randomUUID();
    final UUID place = UUID.randomUUID();

    @Test
    void namesTheVersionWhenItIsANumberTooLargeForIt() throws Exception {
        mvc.perform(put("/api/v1/participants/{participant}/places/{place}", participant, place)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":99999999999,\"kind\":\"CAFE\",\"name\":\"De Hoek\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("version"));

        verify(places, never()).change(any(), any(), anyInt(), any());
    }

    @Test
    void namesTheVersionARemovalLeftOut() throws Exception {
        mvc.perform(delete("/api/v1/participants/{participant}/places/{place}", participant, place)
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("version"));

        verify(places, never()).remove(any(), any(), anyInt());
    }

    @Test
    void namesTheVersionOfARemovalThatIsNoNumber() throws Exception {
        mvc.perform(delete("/api/v1/participants/{participant}/places/{place}", participant, place)
                        .param("version", "two")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"));

        verify(places, never()).remove(any(), any(), anyInt());
    }

    @Test
    void saysWhatIsWrongWithAFieldInTheRequestsLanguage() throws Exception {
        mvc.perform(delete("/api/v1/participants/{participant}/places/{place}", participant, place)
                        .param("version", "two")
                        .header("Accept-Language", "fr")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value("Ce champ contient une valeur du mauvais type."))
                .andExpect(jsonPath("$.errors[0].code").value("input.wrongKind"));
        mvc.perform(put("/api/v1/participants/{participant}/places/{place}", participant, place)
                        .header("Accept-Language", "nl")
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":1,\"colour\":\"red\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("colour"))
                .andExpect(jsonPath("$.errors[0].message").value("Deze aanvraag neemt geen veld met deze naam."));
    }

    @Test
    void namesThePlaceWhenItsIdIsNone() throws Exception {
        mvc.perform(delete("/api/v1/participants/{participant}/places/{place}", participant, "not-an-id")
                        .param("version", "1")
                        .with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("place"));
    }
}
