package be.brugwerk.system.web;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.validation.BindException;
import org.springframework.validation.MapBindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The API's problem documents, answered by the application's advice to a controller of this test, without Spring. */
class ApiProblemsUnitTests {

    private final MockMvc api = MockMvcBuilders.standaloneSetup(new FormRefusing())
            .setControllerAdvice(new ApiProblems(RefusalMessagesUnitTests.bundles()))
            .build();

    @RestController
    static class FormRefusing {

        /** A form's rules refuse the capacity for a reason the bundles have no message for. */
        @PostMapping("/refused")
        void refuse() throws BindException {
            MapBindingResult form = new MapBindingResult(new HashMap<>(), "buddyForm");
            form.rejectValue("capacity", "no.such.key");
            throw new BindException(form);
        }

        @PostMapping("/counted/{count}")
        void counted(@PathVariable int count) {}

        @GetMapping("/searched")
        void searched(@RequestParam String q) {}
    }

    @Test
    void answersAFormRefusalWithoutAMessageWithAProblemNamingTheKeyRatherThanFailing() throws Exception {
        api.perform(post("/refused").header("Accept-Language", "nl"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("capacity: no.such.key"))
                .andExpect(jsonPath("$.errors[0].field").value("capacity"))
                .andExpect(jsonPath("$.errors[0].message").value("no.such.key"))
                .andExpect(jsonPath("$.errors[0].code").value("no.such.key"));
    }

    @Test
    void saysWhatIsWrongWithAPathOrParameterInTheLanguageAskedForNotInSpringsEnglish() throws Exception {
        api.perform(post("/counted/many").header("Accept-Language", "fr"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("count: Ce champ contient une valeur du mauvais type."))
                .andExpect(jsonPath("$.errors[0].field").value("count"))
                .andExpect(jsonPath("$.errors[0].code").value("input.wrongKind"));
        api.perform(get("/searched").header("Accept-Language", "nl"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail").value("q: Stuur dit veld mee."))
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].code").value("input.required"));
    }
}
