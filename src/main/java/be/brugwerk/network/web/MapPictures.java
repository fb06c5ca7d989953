package be.brugwerk.network.web;

import be.brugwerk.network.MapDocument;
import be.brugwerk.network.MapDocument.MemberEntry;
import be.brugwerk.network.analysis.RelationCategory;
import be.brugwerk.network.analysis.Ring;
import be.brugwerk.network.analysis.Valence;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Two versions of a map drawn side by side, before and after, by the one map drawing (network-map-drawing.js) that
 * the editor and the printed map use. The pages that show them (the comparison of two versions, the closing of a
 * trajectory and the printout for the participant) ask this bean, named mapPictures, for the pair and hand it to the
 * template fragment beforeAndAfter in network/pictures. Each drawing holds only what it shows: no notes, and every
 * member as supportive (valence is for the coach's eyes, and for the printed map when asked).
 */
@Component("mapPictures")
public class MapPictures {

    private final JsonMapper json;
    private final MessageSource messages;

    MapPictures(JsonMapper json, MessageSource messages) {
        this.json = json;
        this.messages = messages;
    }

    /** One drawn version: its element id, when it was taken and the map as JSON for the drawing. */
    public record Picture(String id, Instant takenAt, String mapJson) {}

    /** Before and after, and the texts of the drawing (sectors, rings, the participant in the centre) as JSON. */
    public record BeforeAndAfter(Picture before, Picture after, String labelsJson) {}

    /** The two versions to draw, with ids starting with {@code id} and the participant's name in the centre. */
    public BeforeAndAfter beforeAndAfter(
            String id,
            String participantName,
            MapDocument before,
            Instant beforeTakenAt,
            MapDocument after,
            Instant afterTakenAt) {
        Map<String, Object> labels = new LinkedHashMap<>();
        labels.put("categories", texts("editor.category.", RelationCategory.values()));
        labels.put("rings", texts("editor.ring.", Ring.values()));
        labels.put("centre", participantName);
        return new BeforeAndAfter(
                new Picture(id + "-before", beforeTakenAt, drawn(before)),
                new Picture(id + "-after", afterTakenAt, drawn(after)),
                json.writeValueAsString(labels));
    }

    private String drawn(MapDocument map) {
        return json.writeValueAsString(shown(map, false, false));
    }

    /** The map as shown outside the editor: without valence and notes unless asked for (valence then reads as supportive). */
    static MapDocument shown(MapDocument map, boolean valence, boolean notes) {
        List<MemberEntry> members = map.members().stream()
                .map(m -> new MemberEntry(
                        m.id(),
                        m.name(),
                        m.category(),
                        m.ring(),
                        m.frequency(),
                        m.support(),
                        valence ? m.valence() : Valence.SUPPORTIVE,
                        m.status(),
                        m.statusSince(),
                        notes ? m.statusNote() : null,
                        m.capitalType(),
                        m.level(),
                        m.lightTie(),
                        m.formal(),
                        notes ? m.note() : null,
                        m.angle()))
                .toList();
        // a tie's label is free text like a note, so it goes with the notes
        List<MapDocument.TieEntry> ties = notes
                ? map.ties()
                : map.ties().stream()
                        .map(t -> new MapDocument.TieEntry(t.first(), t.second(), t.strength()))
                        .toList();
        return new MapDocument(map.version(), members, ties);
    }

    private Map<String, String> texts(String prefix, Enum<?>[] values) {
        Map<String, String> texts = new LinkedHashMap<>();
        for (Enum<?> value : values) {
            texts.put(value.name(), messages.getMessage(prefix + value.name(), null, LocaleContextHolder.getLocale()));
        }
        return texts;
    }
}
