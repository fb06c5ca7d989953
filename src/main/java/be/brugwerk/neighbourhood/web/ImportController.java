package be.brugwerk.neighbourhood.web;

import be.brugwerk.neighbourhood.OpenStreetMapImport;
import be.brugwerk.neighbourhood.SocialeKaartImport;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.Uploads;
import be.brugwerk.system.VersionConflict;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Filling the neighbourhood map from sources that exist: the organisation's outside servers (its Overpass URL, and its
 * geocoder, which the places pages and the import of De Sociale Kaart use), an import of OpenStreetMap's points of
 * interest around a centre, and an import of De Sociale Kaart's providers from a file (all or nothing, naming the
 * line). What was typed stays when something is refused, and the message says what went wrong
 * (a server that fails or cannot be reached changes nothing).
 */
@Controller
@RequestMapping("/neighbourhood/import")
@PreAuthorize("hasAnyRole('ORGANISATION_ADMIN', 'COORDINATOR')")
class ImportController implements PathAccess {

    private final OpenStreetMapImport imports;
    private final SocialeKaartImport socialeKaart;
    private final MessageSource messages;

    ImportController(OpenStreetMapImport imports, SocialeKaartImport socialeKaart, MessageSource messages) {
        this.imports = imports;
        this.socialeKaart = socialeKaart;
        this.messages = messages;
    }

    /** The paths name nothing: the role decides. */
    @Override
    public void checkAccess(Path path) {}

    @GetMapping
    String page(Model model) {
        OpenStreetMapImport.Settings settings = imports.settings();
        model.addAttribute("settingsVersion", settings.version());
        if (!model.containsAttribute("overpassUrl")) {
            model.addAttribute("overpassUrl", settings.overpassUrl() == null ? "" : settings.overpassUrl());
            model.addAttribute("geocoderUrl", settings.geocoderUrl() == null ? "" : settings.geocoderUrl());
            model.addAttribute("geocoderOwn", settings.geocoderOwn());
        }
        model.addAttribute("configured", settings.overpassUrl() != null);
        if (!model.containsAttribute("radius")) {
            model.addAttribute("latitude", "");
            model.addAttribute("longitude", "");
            model.addAttribute("radius", "1000");
        }
        return "neighbourhood/import";
    }

    @PostMapping("/settings")
    String saveSettings(
            @RequestParam(defaultValue = "") String overpassUrl,
            @RequestParam(defaultValue = "") String geocoderUrl,
            @RequestParam(defaultValue = "false") String geocoderOwn,
            @RequestParam(defaultValue = "") String version,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        try {
            imports.saveSettings(
                    overpassUrl,
                    geocoderUrl,
                    "true".equals(geocoderOwn),
                    version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1);
            redirect.addFlashAttribute("notice", "neighbourhood.osm.settingsSaved");
            return "redirect:/neighbourhood/import";
        } catch (Refusal refused) {
            model.addAttribute("settingsProblem", text(refused, locale));
        } catch (VersionConflict conflict) {
            response.setStatus(HttpServletResponse.SC_CONFLICT);
            model.addAttribute(
                    "settingsProblem", messages.getMessage("neighbourhood.osm.settingsChanged", null, locale));
        }
        model.addAttribute("overpassUrl", overpassUrl);
        model.addAttribute("geocoderUrl", geocoderUrl);
        model.addAttribute("geocoderOwn", "true".equals(geocoderOwn));
        return page(model);
    }

    @PostMapping("/openstreetmap")
    String importAround(
            @RequestParam(defaultValue = "") String latitude,
            @RequestParam(defaultValue = "") String longitude,
            @RequestParam(defaultValue = "") String radius,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        try {
            GeoPoint centre =
                    GeoPoint.inBelgium("latitude", number("latitude", latitude), number("longitude", longitude));
            if (!radius.strip().matches("\\d{1,6}")) {
                throw new Refusal(
                        "radius",
                        "neighbourhood.osm.radiusRange",
                        OpenStreetMapImport.MIN_RADIUS_METRES,
                        OpenStreetMapImport.MAX_RADIUS_METRES);
            }
            OpenStreetMapImport.Imported imported = imports.around(centre, Integer.parseInt(radius.strip()));
            // plain text in the session, never an object (docs/adr/0009-sessions-hold-no-serialised-objects.md)
            redirect.addFlashAttribute("importedAdded", Integer.toString(imported.added()));
            redirect.addFlashAttribute("importedRefreshed", Integer.toString(imported.refreshed()));
            return "redirect:/neighbourhood/import";
        } catch (Refusal refused) {
            model.addAttribute("importProblem", text(refused, locale));
        }
        model.addAttribute("latitude", latitude);
        model.addAttribute("longitude", longitude);
        model.addAttribute("radius", radius);
        return page(model);
    }

    @PostMapping("/sociale-kaart")
    String importSocialeKaart(
            @RequestParam(required = false) MultipartFile file,
            Model model,
            RedirectAttributes redirect,
            HttpServletResponse response,
            Locale locale) {
        try {
            SocialeKaartImport.Imported imported = socialeKaart.file(bytes(file));
            // plain text in the session, never an object (docs/adr/0009-sessions-hold-no-serialised-objects.md)
            redirect.addFlashAttribute("skAdded", Integer.toString(imported.added()));
            redirect.addFlashAttribute("skRefreshed", Integer.toString(imported.refreshed()));
            redirect.addFlashAttribute("skGeocoded", Integer.toString(imported.geocoded()));
            redirect.addFlashAttribute("skUnplaced", Integer.toString(imported.unplaced()));
            return "redirect:/neighbourhood/import";
        } catch (Refusal refused) {
            if (refused.tampered()) {
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
            }
            model.addAttribute("fileError", text(refused, locale));
        }
        return page(model);
    }

    /** The file's content. @throws Refusal on {@code file} when none was sent or it cannot be read */
    static byte[] bytes(MultipartFile file) {
        return Uploads.bytes(file, "neighbourhood.sk.fileRequired", "neighbourhood.sk.fileUnreadable");
    }

    private static double number(String field, String typed) {
        try {
            return Double.parseDouble(typed.strip().replace(',', '.'));
        } catch (NumberFormatException notANumber) {
            throw new Refusal(field, "neighbourhood.actor.coordinateUnreadable");
        }
    }

    /** The refusal's message, with the field it is about when that is one of the import form's. */
    private String text(Refusal refused, Locale locale) {
        return messages.getMessage(refused.messageKey(), refused.arguments(), locale);
    }
}
