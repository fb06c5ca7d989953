package be.brugwerk.network.web;

import be.brugwerk.network.cli.AnalyseCommand;
import be.brugwerk.network.exchange.BadInput;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The analysis of a posted map (our JSON or GraphML), exactly as {@code java -jar brugwerk.jar analyse} prints it.
 * Nothing is stored, so nothing is audited: the map is the caller's.
 */
@RestController
@PreAuthorize("isAuthenticated()")
class AnalysisApiController {

    @PostMapping(path = "/api/v1/analysis", produces = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<String> analyse(HttpServletRequest request, @RequestParam Optional<String> ego, Locale locale)
            throws IOException {
        try {
            return ResponseEntity.ok(AnalyseCommand.analyse(UploadedBody.read(request), ego, locale));
        } catch (BadInput bad) {
            // the element at fault as the field, what is wrong in the request's language
            throw bad.refusal();
        }
    }
}
