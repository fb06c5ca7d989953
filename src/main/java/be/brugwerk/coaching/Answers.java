package be.brugwerk.coaching;

import be.brugwerk.coaching.scoring.DeJongGierveldScoring;
import be.brugwerk.coaching.scoring.Instrument;
import be.brugwerk.coaching.scoring.LonelinessAnswer;
import be.brugwerk.coaching.scoring.LonelinessAnswerFormat;
import be.brugwerk.coaching.scoring.LonelinessAnswers;
import be.brugwerk.coaching.scoring.LonelinessItem;
import be.brugwerk.coaching.scoring.LonelinessScale;
import be.brugwerk.coaching.scoring.Lsns6Scoring;
import be.brugwerk.coaching.scoring.LsnsAnswer;
import be.brugwerk.coaching.scoring.LsnsAnswers;
import be.brugwerk.coaching.scoring.LsnsItem;
import be.brugwerk.coaching.scoring.QualityOfLifeDomain;
import be.brugwerk.coaching.scoring.SchalockSelfRating;
import be.brugwerk.system.Refusal;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Raw answers as stored (item name → answer name; a Schalock rating as its number), checked against the instrument
 * and its answer format, and scored by the scoring engine. A wrong item or answer is refused naming
 * {@code answers.<item>}.
 */
final class Answers {

    private Answers() {}

    static LonelinessScale scale(Instrument instrument) {
        return instrument == Instrument.DE_JONG_GIERVELD_11 ? LonelinessScale.ELEVEN_ITEMS : LonelinessScale.SIX_ITEMS;
    }

    static boolean loneliness(Instrument instrument) {
        return instrument == Instrument.DE_JONG_GIERVELD_11 || instrument == Instrument.DE_JONG_GIERVELD_6;
    }

    /**
     * Only the answered items, checked; throws {@link Refusal} naming the first wrong one. A Schalock rating is kept as
     * the page's choice writes it ({@code "3"}), however it was typed ({@code "+3"}, {@code "03"}, {@code "٣"}), so
     * that the page shows it chosen and a draft saved there again keeps it.
     */
    static Map<String, String> checked(Instrument instrument, LonelinessAnswerFormat format, Map<String, String> raw) {
        Map<String, String> answers = new LinkedHashMap<>();
        raw.forEach((item, typed) -> {
            if (typed == null || typed.isBlank()) {
                return;
            }
            String answer = typed;
            String field = "answers." + item;
            try {
                switch (instrument) {
                    case DE_JONG_GIERVELD_11, DE_JONG_GIERVELD_6 -> {
                        LonelinessItem lonelinessItem = LonelinessItem.valueOf(item);
                        LonelinessAnswer given = LonelinessAnswer.valueOf(answer);
                        if (!scale(instrument).includes(lonelinessItem) || format == null || !format.offers(given)) {
                            throw refused(field);
                        }
                    }
                    case LSNS_6 -> {
                        LsnsItem.valueOf(item);
                        LsnsAnswer.valueOf(answer);
                    }
                    case SCHALOCK_SELF_RATING -> {
                        QualityOfLifeDomain.valueOf(item);
                        int rating = Integer.parseInt(answer);
                        if (rating < SchalockSelfRating.VERY_DISSATISFIED
                                || rating > SchalockSelfRating.VERY_SATISFIED) {
                            throw refused(field);
                        }
                        answer = Integer.toString(rating);
                    }
                }
            } catch (IllegalArgumentException e) { // also NumberFormatException
                throw refused(field);
            }
            answers.put(item, answer);
        });
        return answers;
    }

    private static Refusal refused(String field) {
        return new Refusal(field, "coaching.answer.invalid");
    }

    /** The stored measurement with its result when complete. */
    static MeasurementView view(Measurements.Stored stored) {
        LonelinessAnswerFormat format =
                stored.format() == null ? null : LonelinessAnswerFormat.valueOf(stored.format());
        if (!stored.complete()) {
            return new MeasurementView(
                    stored.id(),
                    stored.trajectory(),
                    stored.instrument(),
                    format,
                    stored.measuredOn(),
                    false,
                    Map.copyOf(stored.answers()),
                    stored.lsnsAtRiskBelow(),
                    null,
                    null,
                    null,
                    null,
                    stored.version());
        }
        return switch (stored.instrument()) {
            case DE_JONG_GIERVELD_11, DE_JONG_GIERVELD_6 -> {
                Map<LonelinessItem, LonelinessAnswer> answers = new EnumMap<>(LonelinessItem.class);
                stored.answers()
                        .forEach((item, answer) ->
                                answers.put(LonelinessItem.valueOf(item), LonelinessAnswer.valueOf(answer)));
                yield new MeasurementView(
                        stored.id(),
                        stored.trajectory(),
                        stored.instrument(),
                        format,
                        stored.measuredOn(),
                        true,
                        Map.copyOf(stored.answers()),
                        null,
                        new DeJongGierveldScoring()
                                .score(new LonelinessAnswers(scale(stored.instrument()), format, answers)),
                        null,
                        null,
                        null,
                        stored.version());
            }
            case LSNS_6 -> {
                Map<LsnsItem, LsnsAnswer> answers = new EnumMap<>(LsnsItem.class);
                stored.answers()
                        .forEach((item, answer) -> answers.put(LsnsItem.valueOf(item), LsnsAnswer.valueOf(answer)));
                int threshold = stored.lsnsAtRiskBelow() == null
                        ? Lsns6Scoring.DEFAULT_AT_RISK_BELOW
                        : stored.lsnsAtRiskBelow();
                yield new MeasurementView(
                        stored.id(),
                        stored.trajectory(),
                        stored.instrument(),
                        null,
                        stored.measuredOn(),
                        true,
                        Map.copyOf(stored.answers()),
                        threshold,
                        null,
                        new Lsns6Scoring(threshold).score(new LsnsAnswers(answers)),
                        null,
                        null,
                        stored.version());
            }
            case SCHALOCK_SELF_RATING -> {
                Map<QualityOfLifeDomain, Integer> ratings = new EnumMap<>(QualityOfLifeDomain.class);
                stored.answers()
                        .forEach((domain, rating) ->
                                ratings.put(QualityOfLifeDomain.valueOf(domain), Integer.valueOf(rating)));
                yield new MeasurementView(
                        stored.id(),
                        stored.trajectory(),
                        stored.instrument(),
                        null,
                        stored.measuredOn(),
                        true,
                        Map.copyOf(stored.answers()),
                        null,
                        null,
                        null,
                        new SchalockSelfRating(ratings),
                        null,
                        stored.version());
            }
        };
    }
}
