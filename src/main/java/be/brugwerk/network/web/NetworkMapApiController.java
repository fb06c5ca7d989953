package be.brugwerk.network.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import be.brugwerk.network.MapDocument;
import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.network.VersionSummary;
import be.brugwerk.people.ParticipantId;
import jakarta.validation.Valid;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/** A participant's network map over JSON: the working copy, its analysis, and its versions. */
@RestController
@RequestMapping("/api/v1/participants/{participant}/map")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class NetworkMapApiController {

    private final NetworkMapManagement maps;
    private final JsonMapper json;

    NetworkMapApiController(NetworkMapManagement maps, JsonMapper json) {
        this.maps = maps;
        this.json = json;
    }

    @GetMapping
    MapDocument workingCopy(@PathVariable ParticipantId participant) {
        return maps.workingCopy(participant);
    }

    /** Saves the whole working copy; {@code version} must be the one that was read, or the answer is 409. */
    @PutMapping
    MapDocument save(@PathVariable ParticipantId participant, @Valid @RequestBody MapDocument map) {
        return maps.save(participant, map);
    }

    /**
     * Imports a map in our JSON format, all or nothing. With {@code preview=true} nothing is stored: the answer says
     * what the import would change. Otherwise the map as it was becomes a version first.
     */
    @PostMapping("/import")
    Object importMap(@PathVariable ParticipantId participant, @Valid @RequestBody MapDocument imported,
            @RequestParam(defaultValue = "false") boolean preview, Locale locale) {
        if (preview) {
            NetworkMapManagement.ImportPreview what = maps.previewImport(participant, imported, locale);
            return Map.of("members", what.members(), "ties", what.ties(), "changes", what.changes(),
                    "figures", json.readTree(what.figures()));
        }
        return maps.importMap(participant, imported);
    }

    /** The working copy as a file to keep or to import elsewhere (our JSON format, docs/network-map-format.md). */
    @GetMapping(path = "/export")
    ResponseEntity<MapDocument> export(@PathVariable ParticipantId participant) {
        return ResponseEntity.ok().header("Content-Disposition", "attachment; filename=\"network-map.json\"")
                .body(maps.workingCopy(participant));
    }

    @GetMapping(path = "/analysis", produces = MediaType.APPLICATION_JSON_VALUE)
    String analysis(@PathVariable ParticipantId participant, Locale locale) {
        return maps.analysis(participant, locale);
    }

    @GetMapping("/versions")
    List<VersionSummary> versions(@PathVariable ParticipantId participant) {
        return maps.versions(participant);
    }

    @PostMapping("/versions")
    ResponseEntity<VersionSummary> takeVersion(@PathVariable ParticipantId participant) {
        VersionSummary taken = maps.takeVersion(participant, VersionSummary.Reason.SNAPSHOT);
        return ResponseEntity.status(201).body(taken);
    }

    /** Two versions side by side: the changes from the first to the second, and the full analysis of both. */
    @GetMapping("/versions/{first}/compare/{second}")
    Map<String, Object> compare(@PathVariable ParticipantId participant, @PathVariable UUID first,
            @PathVariable UUID second, Locale locale) {
        NetworkMapManagement.Comparison comparison = maps.compare(participant, first, second, locale);
        return Map.of("before", comparison.before(), "after", comparison.after(), "changes", comparison.changes(),
                "figuresBefore", json.readTree(comparison.figuresBefore()),
                "figuresAfter", json.readTree(comparison.figuresAfter()));
    }

    @GetMapping("/versions/{version}")
    MapDocument version(@PathVariable ParticipantId participant, @PathVariable UUID version) {
        return maps.version(participant, version);
    }
}
