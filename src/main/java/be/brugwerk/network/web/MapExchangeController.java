package be.brugwerk.network.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.network.cli.AnalyseCommand;
import be.brugwerk.network.exchange.BadInput;
import be.brugwerk.network.exchange.JsonMapFormat;
import be.brugwerk.network.exchange.MapFile;
import be.brugwerk.network.exchange.MapFormat;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.MultiLine;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import be.brugwerk.system.PathAccess;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The page to export a participant's map as a file and to import one: choose a file and its format, see what the
 * import would change, then confirm. The confirmation carries the map as read (our JSON) and the working copy's
 * version the preview showed, and is read again as strictly as any file.
 */
@Controller
@RequestMapping("/participants/{participant}/map/exchange")
@PreAuthorize("hasAnyRole('COORDINATOR', 'PROFESSIONAL', 'VOLUNTEER_COACH')")
class MapExchangeController implements PathAccess {

    private static final String PAGE = "network/exchange";

    private final NetworkMapManagement maps;

    MapExchangeController(NetworkMapManagement maps) {
        this.maps = maps;
    }

    /** The participant whose map the path names: one the person may work with, or 404 before the input is read. */
    @Override
    public void checkAccess(Path path) {
        path.id("participant").map(ParticipantId::new).ifPresent(maps::checkAccess);
    }

    @GetMapping
    String page(@PathVariable ParticipantId participant, Model model) {
        model.addAttribute("current", maps.workingCopy(participant));
        return show(participant, model, "auto");
    }

    @PostMapping("/preview")
    String preview(@PathVariable ParticipantId participant, @RequestParam(required = false) MultipartFile file,
            @RequestParam(defaultValue = "auto") String format, Model model, Locale locale,
            HttpServletResponse response) throws IOException {
        maps.checkAccess(participant);
        if (file == null || file.isEmpty()) {
            return refused(participant, model, format, response, "exchange.file.missing", null);
        }
        if (file.getSize() > AnalyseCommand.MAX_BYTES) {
            return refused(participant, model, format, response, "exchange.file.tooLarge", null);
        }
        Optional<MapFormat> chosen = format.equals("auto") ? Optional.of(byName(file)) : MapFormat.named(format);
        if (chosen.isEmpty()) {
            return refused(participant, model, "auto", response, "exchange.format.unknown", null);
        }
        try {
            MapFile read = chosen.get().read(file.getBytes());
            NetworkMapManagement.ImportPreview what = maps.previewImport(participant, read.toImport(0), locale);
            model.addAttribute("preview", what);
            model.addAttribute("map", new String(JsonMapFormat.write(read), StandardCharsets.UTF_8));
            model.addAttribute("fileName", file.getOriginalFilename());
            return show(participant, model, format);
        } catch (BadInput bad) {
            return refused(participant, model, format, response, "exchange.file.unreadable", bad.getMessage());
        } catch (Refusal refused) {
            return refused(participant, model, format, response, refused.messageKey(), refused.field());
        }
    }

    @PostMapping("/import")
    String importMap(@PathVariable ParticipantId participant, @RequestParam @MultiLine String map, @RequestParam int version,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        maps.checkAccess(participant);
        try {
            maps.importMap(participant, JsonMapFormat.read(map.getBytes(StandardCharsets.UTF_8)).toImport(version));
        } catch (BadInput bad) {
            return refused(participant, model, "auto", response, "exchange.file.unreadable", bad.getMessage());
        } catch (Refusal refused) {
            return refused(participant, model, "auto", response, refused.messageKey(), refused.field());
        } catch (VersionConflict changed) {
            response.setStatus(HttpStatus.CONFLICT.value());
            model.addAttribute("error", "exchange.changedMeanwhile");
            return show(participant, model, "auto");
        }
        redirect.addFlashAttribute("notice", "exchange.imported");
        return "redirect:/participants/" + participant + "/map/exchange";
    }

    private String refused(ParticipantId participant, Model model, String format, HttpServletResponse response,
            String error, String detail) {
        response.setStatus(HttpStatus.BAD_REQUEST.value());
        model.addAttribute("error", error);
        model.addAttribute("errorDetail", detail);
        return show(participant, model, format);
    }

    private static String show(ParticipantId participant, Model model, String format) {
        model.addAttribute("participant", participant);
        model.addAttribute("formats", MapFormat.values());
        model.addAttribute("format", format);
        return PAGE;
    }

    /** The format by the file's extension: .graphml or .xml, .zip, else JSON. */
    private static MapFormat byName(MultipartFile file) {
        String name = String.valueOf(file.getOriginalFilename()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".graphml") || name.endsWith(".xml")) {
            return MapFormat.GRAPHML;
        }
        return name.endsWith(".zip") ? MapFormat.ZIP : MapFormat.JSON;
    }
}
