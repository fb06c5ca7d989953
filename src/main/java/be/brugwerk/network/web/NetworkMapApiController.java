package be.brugwerk.network.web;

import be.brugwerk.network.MapDocument;
import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.network.VersionSummary;
import be.brugwerk.network.cli.AnalyseCommand;
import be.brugwerk.network.exchange.BadInput;
import be.brugwerk.network.exchange.MapFile;
import be.brugwerk.network.exchange.MapFormat;
import be.brugwerk.network.exchange.NetworkCanvasExport;
import be.brugwerk.network.exchange.NetworkCanvasMapping;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
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
class NetworkMapApiController implements PathAccess {

    private final NetworkMapManagement maps;
    private final JsonMapper json;
    private final Clock clock;

    NetworkMapApiController(NetworkMapManagement maps, JsonMapper json, Clock clock) {
        this.maps = maps;
        this.json = json;
        this.clock = clock;
    }

    /** The participant whose map the path names: one the person may work with, or 404 before the input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("participant").map(ParticipantId::new).ifPresent(maps::checkAccess);
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
     * Imports a map file, all or nothing: our JSON, GraphML or a Network Canvas ZIP (docs/network-map-format.md),
     * chosen by {@code format} or else by the content type. With {@code preview=true} nothing is stored: the answer
     * says what the import would change, and the working copy's {@code version} it was compared with. The import
     * itself names that {@code version} (a change meanwhile answers 409); the map as it was becomes a version first,
     * and every member gets a new id (an import never merges). A file that cannot be read answers a problem naming
     * the line or element.
     */
    @PostMapping(path = "/import", produces = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Import a map file (JSON, GraphML or Network Canvas ZIP), all or nothing", description = """
            First with preview=true: nothing is stored; the answer counts members and ties, lists the changes \
            against the working copy, gives the analysis of the imported map, and the working copy's version. Then \
            without preview and with that version: the working copy as it was becomes a version (reason IMPORT) and \
            the file replaces it, every member with a new id. A file that cannot be read answers 400 with a problem \
            naming the line or element in errors[].field, e.g. "alters.csv line 4" or "GraphML <edge id="e3">"; \
            a stale version 409; a body over 50 MB 413. Formats: docs/network-map-format.md.""")
    @io.swagger.v3.oas.annotations.parameters.RequestBody(
            required = true,
            content = {
                @Content(
                        mediaType = "application/json",
                        schema =
                                @Schema(
                                        type = "object",
                                        description = "Brugwerk's JSON map file (docs/network-map.schema.json)")),
                @Content(mediaType = "application/graphml+xml", schema = @Schema(type = "string", format = "binary")),
                @Content(
                        mediaType = "application/zip",
                        schema =
                                @Schema(
                                        type = "string",
                                        format = "binary",
                                        description =
                                                "ego.csv, alters.csv and edges.csv in Network Canvas' CSV export layout"))
            })
    ResponseEntity<?> importMap(
            @PathVariable ParticipantId participant,
            HttpServletRequest request,
            @Parameter(description = "json, graphml or zip; without it the content type decides") @RequestParam
                    Optional<String> format,
            @Parameter(description = "true: show what the import would do, store nothing")
                    @RequestParam(defaultValue = "false")
                    boolean preview,
            @Parameter(description = "the working copy's version the preview showed; required to import") @RequestParam
                    Optional<Integer> version,
            @Parameter(
                            description = "a Network Canvas export: the session id (or case id) of the interview to "
                                    + "import; required when the export holds several. The mapping is given as further parameters: "
                                    + "nodeType, name, ring, ringValues, frequency, frequencyValues, category, categoryValues, "
                                    + "support.MATERIAL ... support.CONNECTING, supportValues, layout (docs/network-map-format.md); study names "
                                    + "a mapping the organisation saved (given parameters override it), and saveMapping=true with "
                                    + "study saves the mapping used after the import")
                    @RequestParam
                    Optional<String> interview,
            Locale locale)
            throws IOException {
        try {
            return importing(participant, request, format, preview, version, interview, locale);
        } catch (BadInput bad) {
            // the element at fault as the field, what is wrong in the request's language
            throw bad.refusal();
        }
    }

    private ResponseEntity<?> importing(
            ParticipantId participant,
            HttpServletRequest request,
            Optional<String> format,
            boolean preview,
            Optional<Integer> version,
            Optional<String> interview,
            Locale locale)
            throws IOException, BadInput {
        MapFormat chosen =
                format.isPresent() ? formatNamed(format.get()) : MapFormat.ofContentType(request.getContentType());
        byte[] body = UploadedBody.read(request);
        if (body.length > AnalyseCommand.MAX_BYTES) {
            ProblemDetail tooLarge = ProblemDetail.forStatusAndDetail(
                    HttpStatus.CONTENT_TOO_LARGE, "The file is over 50 MB; larger files are refused.");
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge);
        }
        Optional<NetworkCanvasExport> networkCanvas = NetworkCanvasExport.recognise(chosen, body);
        NetworkCanvasMapping.Result mapped = null;
        Map<String, String> mapping = NetworkCanvasImports.withSaved(maps, participant, parameters(request));
        if (networkCanvas.isPresent()) {
            mapped = NetworkCanvasImports.mapped(networkCanvas.get(), interview.orElse(null), mapping, preview);
        }
        MapFile file = mapped != null ? mapped.map() : chosen.read(body);
        if (preview) {
            NetworkMapManagement.ImportPreview what = maps.previewImport(participant, file.toImport(0), locale);
            Map<String, Object> answer = new LinkedHashMap<>(Map.of(
                    "format",
                    chosen.name().toLowerCase(Locale.ROOT),
                    "version",
                    what.version(),
                    "members",
                    what.members(),
                    "ties",
                    what.ties(),
                    "changes",
                    what.changes(),
                    "figures",
                    json.readTree(what.figures())));
            if (mapped != null) {
                answer.put("networkCanvas", NetworkCanvasImports.describe(networkCanvas.get(), mapped));
            }
            return ResponseEntity.ok(answer);
        }
        int basedOn = version.orElseThrow(() -> new Refusal("version", "network.import.versionRequired"));
        MapDocument imported = maps.importMap(participant, file.toImport(basedOn));
        if (mapped != null) {
            NetworkCanvasImports.saveIfAsked(maps, participant, mapping, NetworkCanvasMapping.of(mapping));
        }
        return ResponseEntity.ok(imported);
    }

    /**
     * The working copy as a file to keep or to import elsewhere: {@code format=json} (default), {@code graphml} or
     * {@code zip} (a Network Canvas CSV ZIP). The JSON is the file {@code analyse} reads.
     */
    @GetMapping(path = "/export")
    @Operation(
            summary = "Export the working copy as a file: JSON (default), GraphML or a Network Canvas ZIP",
            description = "The JSON is the file `analyse` reads; all three import back to the same map. "
                    + "Formats: docs/network-map-format.md.")
    ResponseEntity<byte[]> export(
            @PathVariable ParticipantId participant,
            @Parameter(description = "json, graphml or zip") @RequestParam(defaultValue = "json") String format) {
        MapFormat chosen = formatNamed(format);
        MapFile map = MapFile.of(participant.toString(), maps.workingCopy(participant));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(chosen.mediaType()))
                .header("Content-Disposition", "attachment; filename=\"" + chosen.fileName() + "\"")
                .body(chosen.write(map, clock.instant()));
    }

    /** The request's query parameters, the first value of each. */
    private static Map<String, String> parameters(HttpServletRequest request) {
        Map<String, String> parameters = new LinkedHashMap<>();
        request.getParameterMap().forEach((name, values) -> parameters.put(name, values[0]));
        return parameters;
    }

    private static MapFormat formatNamed(String name) {
        return MapFormat.named(name).orElseThrow(() -> Refusal.tampered("format", "network.format.unknown", name));
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
    Map<String, Object> compare(
            @PathVariable ParticipantId participant,
            @PathVariable UUID first,
            @PathVariable UUID second,
            Locale locale) {
        NetworkMapManagement.Comparison comparison = maps.compare(participant, first, second, locale);
        return Map.of(
                "before",
                comparison.before(),
                "after",
                comparison.after(),
                "changes",
                comparison.changes(),
                "figuresBefore",
                json.readTree(comparison.figuresBefore()),
                "figuresAfter",
                json.readTree(comparison.figuresAfter()));
    }

    @GetMapping("/versions/{version}")
    MapDocument version(@PathVariable ParticipantId participant, @PathVariable UUID version) {
        return maps.version(participant, version);
    }
}
