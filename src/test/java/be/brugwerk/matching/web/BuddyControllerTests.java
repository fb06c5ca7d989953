package be.brugwerk.matching.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.brugwerk.matching.programme.BuddyManagement;
import be.brugwerk.matching.programme.PairStatus;
import be.brugwerk.matching.programme.PairView;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.support.ControllerSlice;
import be.brugwerk.system.Refusal;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * A buddy's meeting and check-in forms, without a database, the module API a test double: a refused form shows the
 * page again with what was typed and the domain's own message beside the field it names, never a guess of the
 * controller's.
 */
@ControllerSlice(BuddyController.class)
@WithMockUser(roles = "BUDDY")
class BuddyControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    BuddyManagement buddies;

    final UUID pair = UUID.randomUUID();

    @BeforeEach
    void aRunningPair() {
        PairView running = new PairView(
                pair,
                UUID.randomUUID(),
                UUID.randomUUID(),
                new ParticipantId(UUID.randomUUID()),
                "Amina",
                UUID.randomUUID(),
                "Lotte",
                PairStatus.ACTIVE,
                BigDecimal.ONE,
                false,
                List.of(),
                null,
                "Amina",
                null,
                null,
                LocalDate.of(2026, 11, 1),
                null,
                null,
                null,
                List.of(),
                List.of(),
                List.of(),
                null,
                null);
        when(buddies.own()).thenReturn(new BuddyManagement.OwnView(List.of(), Map.of(), List.of(running), Set.of()));
    }

    @Test
    void saysTheNoteIsTooLongBesideTheNoteAndKeepsWhatWasTyped() throws Exception {
        String note = "x".repeat(1001);
        doThrow(new Refusal("note", "matching.own.noteTooLong", 1000))
                .when(buddies)
                .logMeeting(pair, LocalDate.of(2026, 12, 7), note);

        mvc.perform(post("/buddy/pairs/{pair}/meetings", pair)
                        .with(csrf())
                        .param("metOn", "2026-12-07")
                        .param("note", note)
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(error("note", "The note is too long: write at most 1,000 characters."))))
                .andExpect(content().string(containsString("value=\"%s\"".formatted(note))))
                .andExpect(content().string(containsString("value=\"2026-12-07\"")))
                .andExpect(content().string(not(containsString("id=\"met-%s-error\"".formatted(pair)))));
    }

    @Test
    void saysADateThatDoesNotExistDoesNotExist() throws Exception {
        mvc.perform(post("/buddy/pairs/{pair}/meetings", pair)
                        .with(csrf())
                        .param("metOn", "2026-02-30")
                        .param("note", "koffie")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(error("met", "This date does not exist."))))
                .andExpect(content().string(containsString("value=\"koffie\"")));

        verify(buddies, never()).logMeeting(eq(pair), any(), any());
    }

    @Test
    void saysTheCommentIsTooLongBesideTheCommentAndKeepsTheScore() throws Exception {
        String comment = "y".repeat(1001);
        doThrow(new Refusal("comment", "matching.own.commentTooLong", 1000))
                .when(buddies)
                .checkIn(pair, 4, comment);

        mvc.perform(post("/buddy/pairs/{pair}/checkins", pair)
                        .with(csrf())
                        .param("score", "4")
                        .param("comment", comment)
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content()
                        .string(containsString(
                                error("comment", "The comment is too long: write at most 1,000 characters."))))
                .andExpect(content().string(containsString("value=\"%s\"".formatted(comment))))
                .andExpect(content().string(containsString("value=\"4\" selected=\"selected\"")))
                .andExpect(content().string(not(containsString("id=\"score-%s-error\"".formatted(pair)))));
    }

    @Test
    void answersAScoreNoPageSendsWith400BesideTheScore() throws Exception {
        mvc.perform(post("/buddy/pairs/{pair}/checkins", pair)
                        .with(csrf())
                        .param("score", "vijf")
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith("text/html"))
                .andExpect(content().string(containsString(error("score", "Choose a score from 1 to 5."))));

        verify(buddies, never()).checkIn(eq(pair), anyInt(), any());
    }

    @Test
    void redirectsToTheBuddysPagesOnceTheMeetingIsLogged() throws Exception {
        mvc.perform(post("/buddy/pairs/{pair}/meetings", pair)
                        .with(csrf())
                        .param("metOn", "2026-12-07")
                        .param("note", "koffie"))
                .andExpect(redirectedUrl("/buddy"));

        verify(buddies).logMeeting(pair, LocalDate.of(2026, 12, 7), "koffie");
    }

    /** The message beside the field {@code id} of the pair's form. */
    private String error(String id, String message) {
        return "id=\"%s-%s-error\" class=\"field-error\">%s</p>".formatted(id, pair, message);
    }
}
