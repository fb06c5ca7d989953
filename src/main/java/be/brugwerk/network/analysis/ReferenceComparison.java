package be.brugwerk.network.analysis;

import java.util.Objects;

/**
 * One figure of this map beside the seeds' {@link ReferenceFigure reference figure}. Staff information:
 * a participant is not measured against averages.
 *
 * @param figure what is compared
 * @param value this map's figure
 */
public record ReferenceComparison(ReferenceFigure figure, int value) {

    public ReferenceComparison {
        Objects.requireNonNull(figure, "figure");
    }
}
