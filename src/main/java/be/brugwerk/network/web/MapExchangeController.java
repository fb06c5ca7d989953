package be.brugwerk.network.web;

import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.network.cli.AnalyseCommand;
import be.brugwerk.network.exchange.BadInput;
import be.brugwerk.network.exchange.JsonMapFormat;
import be.brugwerk.network.exchange.MapFile;
import be.brugwerk.network.exchange.MapFormat;
import be.brugwerk.network.exchange.NetworkCanvasExport;
import be.brugwerk.network.exchange.NetworkCanvasExportCsv;
import be.brugwerk.network.exchange.NetworkCanvasMapping;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.MultiLine;
import be.brugwerk.system.PathAccess;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.VersionConflict;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.MessageSource;
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
    private final MessageSource messages;

    MapExchangeController(NetworkMapManagement maps, MessageSource messages) {
        this.maps = maps;
        this.messages = messages;
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

    /**
     * Reads the chosen file (or, for a Network Canvas export, the files: loose CSV files are read as their ZIP) and
     * shows what importing it would do. A Network Canvas export comes back with its interviews and the mapping form;
     * the form posts here again with the export carried along ({@code export}, Base64) and the mapping.
     */
    @PostMapping("/preview")
    String preview(
            @PathVariable ParticipantId participant,
            @RequestParam(required = false) List<MultipartFile> file,
            @RequestParam(required = false) String export,
            @RequestParam(required = false) String exportName,
            @RequestParam(defaultValue = "auto") String format,
            @RequestParam Map<String, String> parameters,
            Model model,
            Locale locale,
            HttpServletResponse response)
            throws IOException {
        maps.checkAccess(participant);
        List<MultipartFile> chosenFiles = file == null
                ? List.of()
                : file.stream().filter(f -> !f.isEmpty()).toList();
        byte[] content;
        String fileName;
        Optional<MapFormat> chosen;
        if (chosenFiles.isEmpty() && export != null && !export.isBlank()) {
            content = decoded(export);
            fileName = exportName;
            chosen = MapFormat.named(format);
        } else if (chosenFiles.isEmpty()) {
            return refused(participant, model, format, response, "exchange.file.missing", null);
        } else if (chosenFiles.stream().mapToLong(MultipartFile::getSize).sum() > AnalyseCommand.MAX_BYTES) {
            return refused(participant, model, format, response, "exchange.file.tooLarge", null);
        } else if (chosenFiles.size() > 1) {
            content = zipped(chosenFiles);
            fileName = chosenFiles.get(0).getOriginalFilename() + " …";
            chosen = Optional.of(MapFormat.ZIP);
        } else {
            content = chosenFiles.get(0).getBytes();
            fileName = chosenFiles.get(0).getOriginalFilename();
            chosen = format.equals("auto") ? Optional.of(byName(chosenFiles.get(0))) : MapFormat.named(format);
            if (chosen.isPresent()
                    && String.valueOf(fileName).toLowerCase(Locale.ROOT).endsWith(".csv")) {
                content = zipped(chosenFiles); // one loose CSV file of a Network Canvas export
                chosen = Optional.of(MapFormat.ZIP);
            }
        }
        if (chosen.isEmpty()) {
            return refused(participant, model, "auto", response, "exchange.format.unknown", null);
        }
        model.addAttribute("fileName", fileName);
        try {
            Optional<NetworkCanvasExport> networkCanvas = NetworkCanvasExport.recognise(chosen.get(), content);
            if (networkCanvas.isPresent()) {
                return previewNetworkCanvas(
                        participant, networkCanvas.get(), content, chosen.get(), parameters, model, locale, response);
            }
            return previewed(participant, chosen.get().read(content), model, locale, format);
        } catch (BadInput bad) {
            return refused(participant, model, format, response, "exchange.file.unreadable", said(bad, locale));
        } catch (Refusal refused) {
            return refused(participant, model, format, response, refused.messageKey(), refused.field());
        }
    }

    private String previewNetworkCanvas(
            ParticipantId participant,
            NetworkCanvasExport export,
            byte[] content,
            MapFormat format,
            Map<String, String> parameters,
            Model model,
            Locale locale,
            HttpServletResponse response) {
        String interview = parameters.get("interview");
        parameters = NetworkCanvasImports.withSaved(maps, participant, parameters);
        model.addAttribute("networkCanvas", NetworkCanvasImports.form(export, interview, parameters));
        model.addAttribute("export", Base64.getEncoder().encodeToString(content));
        model.addAttribute("exportFormat", format.name().toLowerCase(Locale.ROOT));
        try {
            NetworkCanvasMapping.Result mapped = NetworkCanvasImports.mapped(export, interview, parameters, true);
            model.addAttribute("mapped", mapped);
            return previewed(participant, mapped.map(), model, locale, "auto");
        } catch (BadInput bad) {
            return refused(participant, model, "auto", response, "exchange.file.unreadable", said(bad, locale));
        } catch (Refusal refused) {
            return refused(participant, model, "auto", response, refused.messageKey(), refused.field());
        }
    }

    private String previewed(ParticipantId participant, MapFile read, Model model, Locale locale, String format)
            throws BadInput {
        NetworkMapManagement.ImportPreview what = maps.previewImport(participant, read.toImport(0), locale);
        model.addAttribute("preview", what);
        model.addAttribute("map", new String(JsonMapFormat.write(read), StandardCharsets.UTF_8));
        return show(participant, model, format);
    }

    private static byte[] decoded(String export) {
        try {
            return Base64.getDecoder().decode(export.strip());
        } catch (IllegalArgumentException tampered) {
            throw Refusal.tampered("export", "exchange.file.unreadable");
        }
    }

    /** Loose uploaded files as one ZIP, as Network Canvas would have packed them. */
    private static byte[] zipped(List<MultipartFile> files) throws IOException {
        Map<String, byte[]> named = new LinkedHashMap<>();
        for (MultipartFile loose : files) {
            named.put(String.valueOf(loose.getOriginalFilename()), loose.getBytes());
        }
        return NetworkCanvasExportCsv.zipped(named);
    }

    @PostMapping("/import")
    String importMap(
            @PathVariable ParticipantId participant,
            @RequestParam @MultiLine String map,
            @RequestParam int version,
            @RequestParam Map<String, String> parameters,
            Model model,
            HttpServletResponse response,
            RedirectAttributes redirect,
            Locale locale) {
        maps.checkAccess(participant);
        try {
            NetworkCanvasMapping mapping = NetworkCanvasMapping.of(parameters);
            maps.importMap(
                    participant,
                    JsonMapFormat.read(map.getBytes(StandardCharsets.UTF_8)).toImport(version));
            NetworkCanvasImports.saveIfAsked(maps, participant, parameters, mapping);
        } catch (BadInput bad) {
            return refused(participant, model, "auto", response, "exchange.file.unreadable", said(bad, locale));
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

    /** What is wrong with the file, in the page's language, after the line or element at fault as the file names it. */
    private String said(BadInput bad, Locale locale) {
        Refusal refused = bad.refusal();
        String message = messages.getMessage(refused.messageKey(), refused.arguments(), refused.messageKey(), locale);
        return refused.field() == null ? message : refused.field() + ": " + message;
    }

    private String refused(
            ParticipantId participant,
            Model model,
            String format,
            HttpServletResponse response,
            String error,
            String detail) {
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
