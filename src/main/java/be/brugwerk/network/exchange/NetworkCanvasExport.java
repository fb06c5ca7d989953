package be.brugwerk.network.exchange;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A file exported by Network Canvas, recognised among the files Brugwerk reads: a ZIP holding
 * {@code <case>_<session>_ego.csv} files ({@link NetworkCanvasExportCsv}), or GraphML declaring the Network Canvas
 * namespace ({@link NetworkCanvasExportGraphml}). It may hold several interviews; one is imported.
 */
public record NetworkCanvasExport(List<NetworkCanvasInterview> interviews) {

    public NetworkCanvasExport {
        interviews = List.copyOf(interviews);
    }

    /**
     * The Network Canvas export {@code content} is, if it is one in {@code format}; empty when it is a file of
     * Brugwerk's own (or another tool's) for the format's ordinary reader.
     *
     * @throws BadInput naming the file and line when it is a Network Canvas export that cannot be read
     */
    public static Optional<NetworkCanvasExport> recognise(MapFormat format, byte[] content) throws BadInput {
        return switch (format) {
            case ZIP -> {
                Map<String, byte[]> files = NetworkCanvasExportCsv.unpack(content);
                yield NetworkCanvasExportCsv.recognises(files)
                        ? Optional.of(new NetworkCanvasExport(NetworkCanvasExportCsv.read(files)))
                        : Optional.empty();
            }
            case GRAPHML ->
                NetworkCanvasExportGraphml.recognises(content)
                        ? Optional.of(new NetworkCanvasExport(NetworkCanvasExportGraphml.read(content)))
                        : Optional.empty();
            case JSON -> Optional.empty();
        };
    }

    /**
     * The interview named by its session id (or its case id, when only one interview has it); without a name the
     * first, for a preview.
     *
     * @throws BadInput when no interview, or more than one, has that name
     */
    public NetworkCanvasInterview interview(String chosen) throws BadInput {
        if (chosen == null || chosen.isBlank()) {
            if (interviews.isEmpty()) {
                throw BadInput.of(null, "exchange.bad.noInterview");
            }
            return interviews.get(0);
        }
        List<NetworkCanvasInterview> bySession = interviews.stream()
                .filter(i -> i.session().equals(chosen.strip()))
                .toList();
        List<NetworkCanvasInterview> byCase = interviews.stream()
                .filter(i -> i.caseId().equals(chosen.strip()))
                .toList();
        List<NetworkCanvasInterview> found = bySession.isEmpty() ? byCase : bySession;
        if (found.size() != 1) {
            throw BadInput.of(
                    "interview",
                    found.isEmpty() ? "exchange.bad.interviewUnknown" : "exchange.bad.interviewAmbiguous",
                    chosen.strip());
        }
        return found.get(0);
    }
}
