package be.brugwerk.network.analysis;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One sentence of a {@link NetworkSummary}, as data: the key of its text in the message bundles
 * ({@code summary.<key>}) and the figures that fill its placeholders, in order. Its text is made by
 * {@link SignalTexts#text(SummarySentence)}.
 *
 * @param key which sentence, e.g. {@code "rests-on.family"}
 * @param figures the figures behind it, in the order of the text's placeholders
 */
public record SummarySentence(String key, List<Figure> figures) {

    public SummarySentence {
        Objects.requireNonNull(key, "key");
        figures = List.copyOf(figures);
    }

    static SummarySentence of(String key, Figure... figures) {
        return new SummarySentence(key, Arrays.asList(figures));
    }

    /** The figures' values, in placeholder order. */
    public Object[] arguments() {
        return figures.stream().map(Figure::value).toArray();
    }
}
