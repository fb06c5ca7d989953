package be.brugwerk.coaching.web;

import static be.brugwerk.support.ControllerSlice.Requests.json;
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

import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.coaching.TrajectoryView;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.support.ControllerSlice;
import be.brugwerk.system.NotFound;
import be.brugwerk.system.VersionConflict;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The trajectory API's binding and refusals, without a database, the module API a test double: a start without a
 * coach, a handover without a coach or a version, a closing with a date that is none or a text too long are answered
 * 400 with an RFC 9457 problem naming the field, a late write 409 with the version stored, and a trajectory out of
 * reach 404 before the body is read; none of them reaches the module.
 */
@ControllerSlice(TrajectoryApiController.class)
class TrajectoryApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    TrajectoryManagement trajectories;

    final UUID trajectory = UUID.randomUUID();
    final UUID participant = UUID.randomUUID();
    final UUID coach = UUID.randomUUID();

    @Test
    void startsATrajectoryAndAnswersWhereItIs() throws Exception {
        when(trajectories.start(new ParticipantId(participant), coach)).thenReturn(trajectory);

        mvc.perform(json(post("/api/v1/trajectories"), """
                        {"participant":"%s","coach":"%s"}""".formatted(participant, coach)))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/trajectories/" + trajectory))
                .andExpect(jsonPath("$.id").value(trajectory.toString()));
    }

    @Test
    void refusesAStartWithoutACoachNamingTheField() throws Exception {
        mvc.perform(json(post("/api/v1/trajectories"), """
                        {"participant":"%s"}""".formatted(participant)))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("coach"));

        verify(trajectories, never()).start(any(), any());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void refusesAHandoverWithoutACoachOrAVersionNamingTheField() throws Exception {
        mvc.perform(json(put("/api/v1/trajectories/{id}/coach", trajectory), "{\"version\":\"3\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("coach"))
                .andExpect(jsonPath("$.errors[0].code").value("coaching.field.required"));
        mvc.perform(json(put("/api/v1/trajectories/{id}/coach", trajectory), """
                        {"coach":"%s"}""".formatted(coach)))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].code").value("input.version.required"));

        verify(trajectories, never()).changeCoach(any(), anyInt(), any());
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void answersAHandoverOnAnOlderVersionWithAConflictNamingTheStoredVersion() throws Exception {
        handedOverMeanwhileToVersion4();

        mvc.perform(json(put("/api/v1/trajectories/{id}/coach", trajectory), """
                        {"coach":"%s","version":"3"}""".formatted(coach)))
                .andExpect(status().isConflict())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.currentVersion").value(4));
    }

    @Test
    @WithMockUser(roles = "COORDINATOR")
    void saysWhatChangedMeanwhileInTheRequestsLanguage() throws Exception {
        handedOverMeanwhileToVersion4();
        Map<String, String> expected = Map.of(
                "nl",
                "Iemand anders heeft dit traject intussen gewijzigd. Lees de huidige versie en breng je wijziging "
                        + "opnieuw aan.",
                "fr",
                "Quelqu’un d’autre a modifié ce trajet entre-temps. Relisez la version actuelle et refaites votre "
                        + "modification.",
                "en",
                "Someone else changed this trajectory meanwhile. Read the current version and make your change again.");

        for (Map.Entry<String, String> language : expected.entrySet()) {
            mvc.perform(json(put("/api/v1/trajectories/{id}/coach", trajectory), """
                            {"coach":"%s","version":"3"}""".formatted(coach))
                            .header("Accept-Language", language.getKey()))
                    .andExpect(status().isConflict())
                    .andExpect(jsonPath("$.detail").value(language.getValue()))
                    .andExpect(jsonPath("$.errors[0].field").value("version"))
                    .andExpect(jsonPath("$.errors[0].message").value(language.getValue()))
                    .andExpect(jsonPath("$.errors[0].code").value("trajectory.conflict.trajectory"))
                    .andExpect(jsonPath("$.currentVersion").value(4));
        }
    }

    /** A handover made on version 3 conflicts: the trajectory is at version 4 now. */
    private void handedOverMeanwhileToVersion4() {
        doThrow(new VersionConflict("trajectory.conflict.trajectory"))
                .when(trajectories)
                .changeCoach(trajectory, 3, coach);
        TrajectoryView stored = mock(TrajectoryView.class);
        when(stored.version()).thenReturn(4);
        when(trajectories.get(trajectory)).thenReturn(stored);
    }

    @Test
    void refusesATextTooLongInTheLanguageOfTheRequestAsAFormRefusalWithItsCode() throws Exception {
        String tooLong = """
                {"participantWords":"%s","version":"2"}""".formatted("a".repeat(4001));
        mvc.perform(json(post("/api/v1/trajectories/{id}/close", trajectory), tooLong)
                        .header("Accept-Language", "nl"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.detail").value("participantWords: Dit is te lang."))
                .andExpect(jsonPath("$.errors[0].field").value("participantWords"))
                .andExpect(jsonPath("$.errors[0].message").value("Dit is te lang."))
                .andExpect(jsonPath("$.errors[0].code").value("Size"));
        mvc.perform(json(post("/api/v1/trajectories/{id}/close", trajectory), tooLong)
                        .header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("participantWords: C’est trop long."));

        verify(trajectories, never()).close(any(), anyInt(), any());
    }

    @Test
    void refusesAClosingWithADateThatIsNoneOrATextTooLongNamingTheField() throws Exception {
        mvc.perform(json(post("/api/v1/trajectories/{id}/close", trajectory), """
                        {"followUpOn":"2026-02-30","version":"2"}"""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("followUpOn"));
        mvc.perform(json(post("/api/v1/trajectories/{id}/close", trajectory), """
                        {"participantWords":"%s","handoverTo":"Buurtwerk","version":"2"}""".formatted("a".repeat(4001))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("participantWords"));

        verify(trajectories, never()).close(any(), anyInt(), any());
    }

    @Test
    void closesWithTheEvaluationAsSent() throws Exception {
        mvc.perform(json(post("/api/v1/trajectories/{id}/close", trajectory), """
                        {"network":"Meer buren","followUpOn":"2026-06-01","version":"2"}"""))
                .andExpect(status().isNoContent());

        verify(trajectories)
                .close(
                        eq(trajectory),
                        eq(2),
                        eq(new TrajectoryView.Evaluation("Meer buren", null, null, LocalDate.of(2026, 6, 1), null)));
    }

    @Test
    void refusesATrajectoryOutOfReachBeforeTheBodyIsRead() throws Exception {
        doThrow(new NotFound("Trajectory")).when(trajectories).checkAccess(trajectory);

        mvc.perform(json(post("/api/v1/trajectories/{id}/close", trajectory), "{\"version\":[]}"))
                .andExpect(status().isNotFound());

        verify(trajectories, never()).close(any(), anyInt(), any());
    }
}
