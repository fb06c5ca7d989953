package be.brugwerk.talents.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.brugwerk.people.ParticipantId;
import be.brugwerk.support.ControllerSlice;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import be.brugwerk.talents.TalentCardManagement;
import be.brugwerk.talents.TalentCardView;
import be.brugwerk.talents.TalentEntry;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * The talent card API's binding and refusals, without a database, the module API a test double: a card without the
 * version it was read at, an entry the card's rules refuse, a late save, an unknown version and a participant out of
 * reach are each answered with their status and an RFC 9457 problem naming the field, and nothing is saved.
 */
@ControllerSlice(TalentCardApiController.class)
class TalentCardApiControllerTests {

    private static final String COOKING = """
            {"kind":"SKILL","frame":"HANDS","lifeArea":"SOCIAL_INCLUSION","talent":"COOKING",
             "text":"Soep voor twintig","share":true,"learn":false}""";

    private static final String PATIENCE = """
            {"kind":"STRENGTH","frame":"HEART","text":"Geduld"}""";

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TalentCardManagement cards;

    final UUID participant = UUID.randomUUID();

    @Test
    void bindsTheVersionReadAndEveryEntryInOrder() throws Exception {
        when(cards.save(any(), anyInt(), any(), any()))
                .thenReturn(new TalentCardView(3, Instant.EPOCH, "Els", List.of(), List.of(), List.of()));

        mvc.perform(putCard("{\"version\":2,\"entries\":[%s,%s]}".formatted(COOKING, PATIENCE)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(3));

        @SuppressWarnings("unchecked")
        ArgumentCaptor<List<TalentEntry.Input>> sent = ArgumentCaptor.forClass(List.class);
        verify(cards).save(eq(new ParticipantId(participant)), eq(2), sent.capture(), any());
        assertThat(sent.getValue()).extracting(TalentEntry.Input::text).containsExactly("Soep voor twintig", "Geduld");
        assertThat(sent.getValue().get(0).share()).isTrue();
    }

    @Test
    void refusesACardWithoutTheVersionItWasReadAtNamingTheField() throws Exception {
        mvc.perform(putCard("{\"entries\":[%s]}".formatted(COOKING)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].code").value("talents.card.versionRequired"));

        verify(cards, never()).save(any(), anyInt(), any(), any());
    }

    @Test
    void answersAnEntryTheCardsRulesRefusedAsAProblemNamingIt() throws Exception {
        when(cards.save(any(), anyInt(), any(), any()))
                .thenThrow(new Refusal("entries[1].text", "talents.entry.empty"));

        mvc.perform(putCard("{\"version\":0,\"entries\":[%s,%s]}".formatted(COOKING, PATIENCE)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("entries[1].text"))
                .andExpect(jsonPath("$.errors[0].code").value("talents.entry.empty"))
                .andExpect(jsonPath("$.detail").value(startsWith("entries[1].text: ")));
    }

    @Test
    void answersASaveOnAnOlderVersionWithAConflict() throws Exception {
        when(cards.save(any(), anyInt(), any(), any())).thenThrow(new VersionConflict("talents.conflict.card"));

        mvc.perform(putCard("{\"version\":1,\"entries\":[]}"))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value(startsWith("Someone else saved this talent card meanwhile.")))
                .andExpect(jsonPath("$.errors[0].code").value("talents.conflict.card"));
    }

    @Test
    void answersAVersionThatWasNeverSavedWithNotFound() throws Exception {
        when(cards.version(any(), eq(7))).thenThrow(new NotFound("Version"));

        mvc.perform(get("/api/v1/participants/{participant}/talents/versions/7", participant))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
    }

    @Test
    void refusesAParticipantOutOfReachBeforeTheBodyIsRead() throws Exception {
        doThrow(new NotFound("Participant")).when(cards).checkAccess(new ParticipantId(participant));

        mvc.perform(putCard("{\"version\":\"not a number\"}")).andExpect(status().isNotFound());

        verify(cards, never()).save(any(), anyInt(), any(), any());
    }

    @Test
    void namesTheVersionWhenItIsANumberTooLargeForIt() throws Exception {
        mvc.perform(putCard("{\"version\":99999999999,\"entries\":[]}"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("version"));

        verify(cards, never()).save(any(), anyInt(), any(), any());
    }

    @Test
    void blamesTheBodyNotTheFieldWhenAValueIsNoJson() throws Exception {
        mvc.perform(putCard("{\"version\":1,\"entries\":[{\"kind\":\"SKILL\",\"share\":tru}]}")
                        .header("Accept-Language", "nl"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("De inhoud van de aanvraag is niet geldig."))
                .andExpect(jsonPath("$.errors").doesNotExist());

        verify(cards, never()).save(any(), anyInt(), any(), any());
    }

    @Test
    void namesTheVersionInThePathWhenItIsNoNumber() throws Exception {
        mvc.perform(get("/api/v1/participants/{participant}/talents/versions/{version}", participant, "seven"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("version"));
    }

    private MockHttpServletRequestBuilder putCard(String body) {
        return put("/api/v1/participants/{participant}/talents", participant)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }
}
