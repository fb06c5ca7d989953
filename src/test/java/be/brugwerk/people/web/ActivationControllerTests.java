package be.brugwerk.people.web;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.brugwerk.people.AccountManagement;
import be.brugwerk.support.ControllerSlice;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The activation page, without a database, the module API a test double: a password holding a character no text
 * field takes shows the form again with the message under the password, never a JSON problem, and sets nothing.
 */
@ControllerSlice(ActivationController.class)
class ActivationControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    AccountManagement accounts;

    @BeforeEach
    void aValidLink() {
        when(accounts.linkIsValid("t0ken")).thenReturn(true);
    }

    @Test
    void showsTheFormAgainWithTheMessageUnderThePasswordForATab() throws Exception {
        mvc.perform(post("/activate")
                        .with(csrf())
                        .accept(MediaType.TEXT_HTML)
                        .param("token", "t0ken")
                        .param("password", "abcd\tefgh")
                        .param("lang", "en"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                .andExpect(content().string(containsString("id=\"password-error\" class=\"field-error\">")))
                .andExpect(content().string(containsString("takes a single line")))
                .andExpect(content().string(containsString("name=\"token\" value=\"t0ken\"")));

        verify(accounts, never()).setPassword(any(), any());
    }

    @Test
    void showsWhyAPasswordIsRefusedUnderIt() throws Exception {
        when(accounts.setPassword("t0ken", "kort")).thenReturn(Optional.of("password.tooShort"));

        mvc.perform(post("/activate")
                        .with(csrf())
                        .param("token", "t0ken")
                        .param("password", "kort")
                        .param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(
                        content()
                                .string(
                                        containsString(
                                                "id=\"password-error\" class=\"field-error\">Your password must be at least 8 characters long.</p>")));
    }

    @Test
    void sendsToTheSignInOnceThePasswordIsSet() throws Exception {
        when(accounts.setPassword("t0ken", "een lang wachtwoord")).thenReturn(Optional.empty());

        mvc.perform(post("/activate").with(csrf()).param("token", "t0ken").param("password", "een lang wachtwoord"))
                .andExpect(redirectedUrl("/login?activated"));
    }
}
