package be.brugwerk.neighbourhood.web;

import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.when;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import be.brugwerk.neighbourhood.OpenStreetMapImport;
import be.brugwerk.neighbourhood.SocialeKaartImport;
import be.brugwerk.support.ControllerSlice;
import be.brugwerk.system.Refusal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

/**
 * The import API's binding, without a database, the imports test doubles: a De Sociale Kaart import sent without a
 * file reaches the import's own rule, which names the field {@code file}, as a page's upload without one does.
 */
@ControllerSlice(ImportApiController.class)
@WithMockUser(roles = "COORDINATOR")
class ImportApiControllerTests {

    @Autowired
    MockMvc mvc;

    @MockitoBean
    OpenStreetMapImport imports;

    @MockitoBean
    SocialeKaartImport socialeKaart;

    @Test
    void leavesASocialeKaartImportWithoutAFileToTheImportsRuleThatNamesIt() throws Exception {
        when(socialeKaart.file(isNull())).thenThrow(new Refusal("file", "neighbourhood.sk.fileRequired"));

        mvc.perform(post("/api/v1/neighbourhood/imports/sociale-kaart")
                        .with(csrf())
                        .contentType("text/csv"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].code").value("neighbourhood.sk.fileRequired"));
    }
}
