package be.brugwerk.neighbourhood.web;

import be.brugwerk.neighbourhood.OpenStreetMapImport;
import be.brugwerk.neighbourhood.SocialeKaartImport;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import io.swagger.v3.oas.annotations.Operation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Filling the neighbourhood map over JSON, as the import page does: the organisation's outside servers (Overpass URL
 * and geocoder), an import of OpenStreetMap's points of interest around a centre, and an import of De Sociale
 * Kaart's providers from a file. Coordinators and organisation admins only.
 */
@RestController
@RequestMapping("/api/v1/neighbourhood/imports")
@PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
class ImportApiController implements PathAccess {

    private final OpenStreetMapImport imports;
    private final SocialeKaartImport socialeKaart;

    ImportApiController(OpenStreetMapImport imports, SocialeKaartImport socialeKaart) {
        this.imports = imports;
        this.socialeKaart = socialeKaart;
    }

    /** The paths name nothing: the role decides. */
    @Override
    public void checkAccess(Path path) {}

    @GetMapping("/settings")
    @Operation(summary = "The organisation's outside servers: Overpass URL and geocoder", description = """
            overpassUrl and geocoderUrl are null when none is set; geocoderOwn says the geocoder is run by or for \
            the organisation (only then is a home address sent to it); version is 0 before any setting.""")
    OpenStreetMapImport.Settings settings() {
        return imports.settings();
    }

    @PutMapping("/settings")
    @Operation(summary = "Set the organisation's outside servers, made on the version read", description = """
            {"overpassUrl": "https://…", "geocoderUrl": "https://…", "geocoderOwn": false, "version": 0}. A blank \
            or missing URL clears it. Only an https address of a public server is taken: another, or one whose host \
            is written as a private address (10.0.0.1, [fd00::1]) or is a private name (localhost, *.local, \
            *.internal), answers 400 with a problem naming overpassUrl or geocoderUrl. A name that resolves to a \
            private address is refused before each call. A change made since the version read answers 409 and changes \
            nothing.""")
    OpenStreetMapImport.Settings saveSettings(@RequestBody SettingsBody body) {
        if (body.version() == null) {
            throw new Refusal("version", "neighbourhood.osm.versionRequired");
        }
        imports.saveSettings(
                body.overpassUrl(), body.geocoderUrl(), Boolean.TRUE.equals(body.geocoderOwn()), body.version());
        return imports.settings();
    }

    /** The outside servers as set, with the version read. */
    record SettingsBody(String overpassUrl, String geocoderUrl, Boolean geocoderOwn, Integer version) {}

    @PostMapping("/openstreetmap")
    @Operation(summary = "Import OpenStreetMap's points of interest around a centre", description = """
            {"latitude": 50.8467, "longitude": 4.3525, "radius": 800}: a centre in Belgium and a radius in metres \
            (100 to 5000). Fetches the named points of interest from the organisation's Overpass server; one \
            imported before is refreshed, keeping what the organisation added. Answers how many actors were added \
            and refreshed. No server set, one that fails, cannot be reached or answers what cannot be read answers \
            400 with a problem naming overpassUrl, and nothing is changed.""")
    OpenStreetMapImport.Imported importAround(@RequestBody AroundBody body) {
        if (body.latitude() == null) {
            throw new Refusal("latitude", "neighbourhood.actor.coordinateUnreadable");
        }
        if (body.longitude() == null) {
            throw new Refusal("longitude", "neighbourhood.actor.coordinateUnreadable");
        }
        if (body.radius() == null) {
            throw new Refusal(
                    "radius",
                    "neighbourhood.osm.radiusRange",
                    OpenStreetMapImport.MIN_RADIUS_METRES,
                    OpenStreetMapImport.MAX_RADIUS_METRES);
        }
        GeoPoint centre = GeoPoint.inBelgium("latitude", body.latitude(), body.longitude());
        return imports.around(centre, body.radius());
    }

    /** The centre and radius of an import from OpenStreetMap. */
    record AroundBody(Double latitude, Double longitude, Integer radius) {}

    private static final String SOCIALE_KAART = """
            All or nothing. A header row names the columns (docs/neighbourhood.md): id (the provider's id in De \
            Sociale Kaart), name and postcode are required; kind (an actor kind, SERVICE when left out), street, \
            number, municipality, latitude, longitude, phone, email, website and hours_monday to hours_sunday \
            (09:00-12:00, 13:00-17:00) may follow. A provider imported before is refreshed, keeping what the \
            organisation added. Without a place in the file, the address is looked up through the organisation's \
            geocoder when one is set, or left to be picked. Answers how many were added, refreshed, placed by the \
            geocoder and left without a place. A fault answers 400 with a problem on the field file whose message \
            names the line and the column, and nothing is stored. The file is required: an empty body or part \
            answers 400 with a problem on the field file (neighbourhood.sk.fileRequired).""";

    @PostMapping(path = "/sociale-kaart", consumes = "text/csv")
    @Operation(
            summary = "Import De Sociale Kaart's providers from a CSV file sent as text/csv",
            description = SOCIALE_KAART)
    SocialeKaartImport.Imported importSocialeKaart(@RequestBody(required = false) byte[] file) {
        return socialeKaart.file(file);
    }

    @PostMapping(path = "/sociale-kaart", consumes = "multipart/form-data")
    @Operation(
            summary = "Import De Sociale Kaart's providers from a CSV file sent as the multipart part file",
            description = SOCIALE_KAART)
    SocialeKaartImport.Imported importSocialeKaartPart(
            @RequestPart(name = "file", required = false) MultipartFile file) {
        return socialeKaart.file(ImportController.bytes(file));
    }
}
