package be.brugwerk.matching.web;

import static be.brugwerk.support.ControllerSlice.Requests.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.hasItems;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.put;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.brugwerk.matching.engine.CriterionWeights;
import be.brugwerk.matching.engine.Gender;
import be.brugwerk.matching.engine.GenderWishes;
import be.brugwerk.matching.engine.WaitingTradeOff;
import be.brugwerk.matching.programme.EditableIntake;
import be.brugwerk.matching.programme.Intake;
import be.brugwerk.matching.programme.ProgrammeManagement;
import be.brugwerk.matching.programme.ProgrammeSettings;
import be.brugwerk.matching.programme.ProgrammeView;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.support.ControllerSlice;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.VersionConflict;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A programme's waiting list over JSON, without a database, the module API a test double: the intake read with the
 * pages' form rules (every field at fault named in one RFC 9457 problem, nothing written; interests bounded like the
 * other texts), a correction without a version or on an older one (400 naming it; 409 with the version stored), and a
 * programme out of reach (404 before the body is read).
 */
@ControllerSlice(WaitingListApiController.class)
@WithMockUser(roles = "COORDINATOR")
class WaitingListApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    ProgrammeManagement programmes;

    final UUID programme = UUID.randomUUID();
    final UUID participant = UUID.randomUUID();
    final UUID entry = UUID.randomUUID();

    @BeforeEach
    void aProgrammeThatIgnoresGenderAndAge() {
        when(programmes.get(programme))
                .thenReturn(new ProgrammeView(
                        programme,
                        new ProgrammeSettings(
                                "Buddy's voor nieuwkomers",
                                null,
                                new CriterionWeights(30, 20, 20, 20, 10),
                                new WaitingTradeOff(30, 10),
                                26,
                                2,
                                false,
                                false,
                                10,
                                GenderWishes.IGNORED,
                                false,
                                14),
                        1));
    }

    @Test
    void putsAParticipantOnTheListWithTheIntakeAsTyped() throws Exception {
        when(programmes.addToWaitingList(eq(programme), eq(new ParticipantId(participant)), any()))
                .thenReturn(entry);

        mvc.perform(json(post("/api/v1/programmes/{id}/waiting", programme), """
                        {"participant":"%s","age":"34","gender":"WOMAN","interests":"koken, fietsen",
                         "availability":["TUESDAY:EVENING"]}""".formatted(participant)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/programmes/" + programme + "/waiting/" + entry));

        ArgumentCaptor<Intake> intake = ArgumentCaptor.forClass(Intake.class);
        verify(programmes).addToWaitingList(eq(programme), eq(new ParticipantId(participant)), intake.capture());
        assertThat(intake.getValue().age()).isEqualTo(34);
        assertThat(intake.getValue().gender()).isEqualTo(Gender.WOMAN);
    }

    @Test
    void refusesAnIntakeNamingEveryFieldAtFaultAndWritesNothing() throws Exception {
        mvc.perform(json(post("/api/v1/programmes/{id}/waiting", programme), """
                        {"age":"two hundred","availability":["SUNDAY:NIGHT"]}"""))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(
                        jsonPath("$.errors[*].field").value(hasItems("participant", "age", "gender", "availability")))
                .andExpect(jsonPath("$.errors[*].code")
                        .value(hasItems("matching.waiting.participant.choose", "matching.intake.gender.choose")));

        verify(programmes, never()).addToWaitingList(any(), any(), any());
    }

    @Test
    void refusesInterestsLongerThanTheFieldTakesNamingThemAndWritesNothing() throws Exception {
        String interests = "koken, " + "x".repeat(PersonForm.LONGEST_INTERESTS);

        mvc.perform(json(post("/api/v1/programmes/{id}/waiting", programme), """
                        {"participant":"%s","age":"34","gender":"WOMAN","interests":"%s"}""".formatted(participant, interests)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("interests"))
                .andExpect(jsonPath("$.errors[0].code").value("matching.intake.tooLong"));

        verify(programmes, never()).addToWaitingList(any(), any(), any());
    }

    @Test
    void refusesACorrectionWithoutAVersionNamingTheField() throws Exception {
        mvc.perform(json(put("/api/v1/programmes/{id}/waiting/{entry}", programme, entry), """
                        {"age":"34","gender":"WOMAN"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].code").value("input.version.required"));

        verify(programmes, never()).correctIntake(any(), any(), any(), anyInt());
    }

    @Test
    void answersACorrectionOnAnOlderVersionWithAConflictNamingTheStoredVersion() throws Exception {
        doThrow(new VersionConflict("matching.conflict.intake"))
                .when(programmes)
                .correctIntake(eq(programme), eq(entry), any(), eq(2));
        EditableIntake stored = mock(EditableIntake.class);
        when(stored.version()).thenReturn(3);
        when(programmes.editableIntake(programme, entry)).thenReturn(stored);

        mvc.perform(json(put("/api/v1/programmes/{id}/waiting/{entry}", programme, entry), """
                        {"age":"34","gender":"WOMAN","version":"2"}"""))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.currentVersion").value(3));
    }

    @Test
    void refusesAProgrammeOutOfReachBeforeTheBodyIsRead() throws Exception {
        doThrow(new NotFound("Programme")).when(programmes).checkAccess(programme);

        mvc.perform(json(post("/api/v1/programmes/{id}/waiting", programme), "{\"age\":[]}"))
                .andExpect(status().isNotFound());

        verify(programmes, never()).addToWaitingList(any(), any(), any());
    }
}
