package be.brugwerk.coaching;

import be.brugwerk.coaching.scoring.Instrument;
import be.brugwerk.coaching.scoring.LonelinessAnswerFormat;
import be.brugwerk.coaching.scoring.LonelinessResult;
import be.brugwerk.coaching.scoring.Lsns6Result;
import be.brugwerk.coaching.scoring.Measurement;
import be.brugwerk.coaching.scoring.SchalockSelfRating;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

/**
 * One administration of an instrument: the raw answers (item → answer, by the scoring engine's names) and, once
 * complete, its result — {@code loneliness} for De Jong Gierveld, {@code lsns} for LSNS-6 (with the threshold in
 * force when it was completed), {@code schalock} for the self-rating. A draft has no result. {@code nearestMap} is the
 * map version nearest in time, where it was looked up; {@code version} the stored row's, for a draft saved again.
 */
public record MeasurementView(
        UUID id,
        UUID trajectory,
        Instrument instrument,
        LonelinessAnswerFormat format,
        LocalDate measuredOn,
        boolean complete,
        Map<String, String> answers,
        Integer lsnsAtRiskBelow,
        LonelinessResult loneliness,
        Lsns6Result lsns,
        SchalockSelfRating schalock,
        NetworkFigures nearestMap,
        int version) {

    /** The scored measurement, for comparisons over time; null for a draft and for the self-rating. */
    public Measurement measurement() {
        return loneliness != null ? loneliness : lsns;
    }

    public MeasurementView withNearestMap(NetworkFigures figures) {
        return new MeasurementView(
                id,
                trajectory,
                instrument,
                format,
                measuredOn,
                complete,
                answers,
                lsnsAtRiskBelow,
                loneliness,
                lsns,
                schalock,
                figures,
                version);
    }
}
