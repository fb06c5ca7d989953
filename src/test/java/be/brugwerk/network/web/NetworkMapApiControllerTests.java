package be.brugwerk.network.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.brugwerk.network.MapDocument;
import be.brugwerk.network.MapDocument.MemberEntry;
import be.brugwerk.network.MapDocument.TieEntry;
import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.network.analysis.InvalidNetworkMap;
import be.brugwerk.network.analysis.RelationshipStatus;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.SupportDirection;
import be.brugwerk.network.analysis.SupportFunction;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.support.ControllerSlice;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import java.time.LocalDate;
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
 * The map API's request binding and refusals, without a database: what {@code PUT} and the import bind from the path
 * and the body, and how a refused body, a refused rule and a late change are answered (RFC 9457 problems naming the
 * field). The module API is a mock here; who may is proven full-stack (AuthorizationMatrixTests and the map's
 * integration tests), where the real rules and row-level security decide.
 */
@ControllerSlice(NetworkMapApiController.class)
class NetworkMapApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    NetworkMapManagement maps;

    final UUID participant = UUID.randomUUID();
    final UUID sister = UUID.randomUUID();
    final UUID neighbour = UUID.randomUUID();

    @Test
    void bindsTheParticipantAndTheWholeMapAndAnswersTheMapAsSaved() throws Exception {
        MapDocument saved = new MapDocument(4, List.of(), List.of());
        when(maps.save(any(), any())).thenReturn(saved);

        mvc.perform(putMap(map("\"Zus\"", "\"INNER\"", "null")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.version").value(4));

        ArgumentCaptor<MapDocument> sent = ArgumentCaptor.forClass(MapDocument.class);
        verify(maps).save(eq(new ParticipantId(participant)), sent.capture());
        MapDocument bound = sent.getValue();
        assertThat(bound.version()).isEqualTo(3);
        assertThat(bound.members()).extracting(MemberEntry::id).containsExactly(sister, neighbour);
        MemberEntry first = bound.members().get(0);
        assertThat(first.ring()).isEqualTo(Ring.INNER);
        assertThat(first.support()).containsEntry(SupportFunction.AFFECTIVE, SupportDirection.BOTH);
        assertThat(bound.members().get(1).status()).isEqualTo(RelationshipStatus.DORMANT);
        assertThat(bound.members().get(1).statusSince()).isEqualTo(LocalDate.of(2025, 6, 1));
        assertThat(bound.ties()).containsExactly(new TieEntry(sister, neighbour, null, "buren"));
    }

    @Test
    void refusesABlankNameNamingTheMemberAndSavesNothing() throws Exception {
        mvc.perform(putMap(map("\"  \"", "\"INNER\"", "null")))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("members[0].name"));

        verify(maps, never()).save(any(), any());
    }

    @Test
    void refusesAnUnknownRingNamingTheMember() throws Exception {
        mvc.perform(putMap(map("\"Zus\"", "\"CLOSE\"", "null")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("members[0].ring"))
                .andExpect(jsonPath("$.errors[0].message").value("This field holds a value of the wrong kind."))
                .andExpect(jsonPath("$.errors[0].code").value("input.wrongKind"));

        verify(maps, never()).save(any(), any());
    }

    @Test
    void refusesAnAngleOffTheCircleNamingTheMember() throws Exception {
        mvc.perform(putMap(map("\"Zus\"", "\"INNER\"", "360")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("members[0].angle"));

        verify(maps, never()).save(any(), any());
    }

    @Test
    void refusesAControlCharacterInANameWithTheTypedRefusal() throws Exception {
        mvc.perform(putMap(map("\"Zus\\u0000\"", "\"INNER\"", "null")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("members[0].name"))
                .andExpect(jsonPath("$.errors[0].code").value("input.text.controlCharacter"));

        verify(maps, never()).save(any(), any());
    }

    @Test
    void answersARuleOfTheMapThatRefusedAFieldAsAProblemNamingIt() throws Exception {
        when(maps.save(any(), any())).thenThrow(new Refusal("members[1].statusSince", "date.inTheFuture"));

        mvc.perform(putMap(map("\"Zus\"", "\"INNER\"", "null")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail")
                        .value("members[1].statusSince: This date lies in the future: choose today or earlier."))
                .andExpect(jsonPath("$.errors[0].field").value("members[1].statusSince"))
                .andExpect(jsonPath("$.errors[0].code").value("date.inTheFuture"));
    }

    @Test
    void answersATieTheEngineRefusedWithItsMessage() throws Exception {
        when(maps.save(any(), any())).thenThrow(new InvalidNetworkMap("Tie a–b names unknown member b"));

        mvc.perform(putMap(map("\"Zus\"", "\"INNER\"", "null")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("Tie a–b names unknown member b"));
    }

    @Test
    void answersAChangeMadeOnAnOlderVersionWithAConflict() throws Exception {
        when(maps.save(any(), any())).thenThrow(new VersionConflict("network.conflict.map"));

        mvc.perform(putMap(map("\"Zus\"", "\"INNER\"", "null")))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail")
                        .value("Someone else changed this network map meanwhile. Read the current version and make "
                                + "your change again."));
    }

    @Test
    void refusesAnImportThatDoesNotNameTheVersionThePreviewShowed() throws Exception {
        mvc.perform(post("/api/v1/participants/{participant}/map/import", participant)
                        .with(csrf())
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(map("\"Zus\"", "\"INNER\"", "null")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].code").value("network.import.versionRequired"));

        verify(maps, never()).importMap(any(), any());
    }

    private MockHttpServletRequestBuilder putMap(String body) {
        return put("/api/v1/participants/{participant}/map", participant)
                .with(csrf())
                .contentType(MediaType.APPLICATION_JSON)
                .content(body);
    }

    /** A map on version 3 of a sister and a dormant neighbour, tied; the sister's name, ring and angle as given. */
    private String map(String sisterName, String sisterRing, String sisterAngle) {
        return """
                {"version":3,"members":[
                  {"id":"%s","name":%s,"category":"FAMILY","ring":%s,"frequency":"WEEKLY","angle":%s,
                   "support":{"AFFECTIVE":"BOTH"},"valence":"SUPPORTIVE","status":"ACTIVE",
                   "capitalType":"BONDING","level":"CITY","lightTie":false},
                  {"id":"%s","name":"Buurman","category":"NEIGHBOUR","ring":"MIDDLE","frequency":"DAILY",
                   "valence":"SUPPORTIVE","status":"DORMANT","statusSince":"2025-06-01",
                   "capitalType":"BRIDGING","level":"NEIGHBOURHOOD","lightTie":true}],
                 "ties":[{"first":"%s","second":"%s","label":" buren "}]}""".formatted(sister, sisterName, sisterRing, sisterAngle, neighbour, sister, neighbour);
    }
}
