package be.brugwerk.network.web;

import be.brugwerk.network.NetworkMapManagement;
import be.brugwerk.network.exchange.BadInput;
import be.brugwerk.network.exchange.NetworkCanvasExport;
import be.brugwerk.network.exchange.NetworkCanvasInterview;
import be.brugwerk.network.exchange.NetworkCanvasMapping;
import be.brugwerk.people.ParticipantId;
import be.brugwerk.system.Refusal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The import of a Network Canvas export as the page and the API share it: choose the interview, apply the mapping. */
final class NetworkCanvasImports {

    static final String STUDY = "study";

    private NetworkCanvasImports() {}

    /**
     * The interview {@code interview} mapped by {@code parameters}. A preview may leave the interview out (the first
     * is shown); an import of an export with several interviews must name it.
     */
    static NetworkCanvasMapping.Result mapped(
            NetworkCanvasExport export, String interview, Map<String, String> parameters, boolean preview)
            throws BadInput {
        if (!preview
                && (interview == null || interview.isBlank())
                && export.interviews().size() > 1) {
            throw new Refusal("interview", "exchange.networkCanvas.interviewRequired");
        }
        return NetworkCanvasMapping.of(parameters).apply(export.interview(interview));
    }

    /**
     * The mapping parameters of a request: those the organisation saved for the request's {@code study} (if it names
     * one), overridden by those the request gives.
     */
    static Map<String, String> withSaved(
            NetworkMapManagement maps, ParticipantId participant, Map<String, String> parameters) {
        String study = parameters.getOrDefault(STUDY, "");
        Map<String, String> merged = new LinkedHashMap<>();
        if (!study.isBlank()) {
            maps.savedMapping(participant, study).ifPresent(merged::putAll);
        }
        parameters.forEach((name, value) -> {
            if (!value.isBlank() || !merged.containsKey(name)) {
                merged.put(name, value);
            }
        });
        return merged;
    }

    /** After an import: keeps the mapping for the next import of {@code study} when the request asks to. */
    static void saveIfAsked(
            NetworkMapManagement maps,
            ParticipantId participant,
            Map<String, String> parameters,
            NetworkCanvasMapping mapping) {
        String study = parameters.getOrDefault(STUDY, "").strip();
        if (Boolean.parseBoolean(parameters.get("saveMapping")) && !study.isEmpty()) {
            if (study.length() > 200) {
                throw new Refusal(STUDY, "exchange.nc.study.tooLong");
            }
            maps.saveMapping(participant, study, mapping.parameters());
        }
    }

    /** What the preview tells about the export: its interviews, the one taken, the mapping, and what is not used. */
    static Map<String, Object> describe(NetworkCanvasExport export, NetworkCanvasMapping.Result mapped) {
        Map<String, Object> described = new LinkedHashMap<>();
        described.put(
                "interviews",
                export.interviews().stream().map(i -> interview(i, mapped)).toList());
        described.put("interview", mapped.interview().session());
        described.put("nodeType", mapped.nodeType() == null ? "" : mapped.nodeType());
        described.put("unused", mapped.unused());
        described.put("ties", mapped.ties());
        return described;
    }

    /** An interview as the page lists it; {@code finished} is null when the export gives no time. */
    record InterviewRow(String caseId, String session, java.time.Instant finished, long members) {}

    /**
     * What the page's mapping form shows: the interviews, the one chosen, the member node type's columns, the
     * variables a ring, frequency or category may come from (the categorical variables written as
     * {@code <variable>_<option>} columns, then the columns) and the mapping's parameters as they were sent (kept when
     * the mapping is refused).
     */
    record Form(
            List<InterviewRow> interviews,
            String interview,
            List<String> nodeTypes,
            List<String> columns,
            List<String> variables,
            Map<String, String> mapping) {}

    static Form form(NetworkCanvasExport export, String interview, Map<String, String> parameters) {
        NetworkCanvasInterview chosen = export.interviews().stream()
                .filter(i -> i.session().equals(interview))
                .findFirst()
                .orElse(export.interviews().get(0));
        String type = parameters.getOrDefault("nodeType", "");
        NetworkCanvasInterview.EntityType members = chosen.nodeTypes()
                .getOrDefault(
                        type,
                        chosen.nodeTypes().values().stream()
                                .filter(t -> t.name().equalsIgnoreCase("person"))
                                .findFirst()
                                .orElse(chosen.nodeTypes().values().stream()
                                        .findFirst()
                                        .orElse(null)));
        String memberType = members == null ? "" : members.name();
        List<InterviewRow> rows = export.interviews().stream()
                .map(i -> new InterviewRow(i.caseId(), i.session(), instant(i.date()), i.count(memberType)))
                .toList();
        Map<String, String> mapping = new LinkedHashMap<>();
        NetworkCanvasMapping.PARAMETERS.forEach(name -> mapping.put(name, parameters.getOrDefault(name, "")));
        mapping.put(STUDY, parameters.getOrDefault(STUDY, ""));
        List<String> columns = members == null ? List.of() : members.columns();
        List<String> variables = new java.util.ArrayList<>(NetworkCanvasMapping.categoricalVariables(columns));
        variables.addAll(columns);
        return new Form(
                rows,
                chosen.session(),
                chosen.nodeTypes().keySet().stream().sorted().toList(),
                columns,
                List.copyOf(variables),
                mapping);
    }

    private static java.time.Instant instant(String date) {
        try {
            return date == null ? null : java.time.Instant.parse(date);
        } catch (java.time.format.DateTimeParseException notAMoment) {
            return null;
        }
    }

    private static Map<String, Object> interview(NetworkCanvasInterview interview, NetworkCanvasMapping.Result mapped) {
        String type = mapped.nodeType();
        return Map.of(
                "caseId",
                interview.caseId(),
                "session",
                interview.session(),
                "date",
                interview.date() == null ? "" : interview.date(),
                "members",
                type == null ? 0 : interview.count(type),
                "nodeTypes",
                List.copyOf(interview.nodeTypes().keySet()));
    }
}
