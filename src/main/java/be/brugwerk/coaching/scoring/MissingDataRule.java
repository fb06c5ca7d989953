package be.brugwerk.coaching.scoring;

import java.util.List;
import java.util.OptionalInt;

/**
 * How a figure over a set of items is computed when some of them are unanswered. The figure is the sum of
 * the points of the answered items; the rule decides whether that sum stands. O(k) for k items.
 */
public enum MissingDataRule {
    /**
     * The 6-item De Jong Gierveld rule of the manual's SPSS syntax, section 8 ({@code count lones=...},
     * {@code if (mlones>1) lones=-1}): the total stands with at most one item unanswered, then counted over the
     * answered items; a subscale is missing when any of its items is unanswered.
     */
    MANUAL_SIX_ITEM_SYNTAX {
        @Override
        Score total(int points, int unanswered) {
            return unanswered > 1 ? Score.missing(MissingReason.MORE_THAN_ONE_ITEM_UNANSWERED) : Score.of(points);
        }

        @Override
        Score subscale(int points, int unanswered) {
            return unanswered > 0 ? Score.missing(MissingReason.SUBSCALE_ITEM_UNANSWERED) : Score.of(points);
        }
    },
    /**
     * No confirmed rule (docs/instruments.md for the 11-item De Jong Gierveld scale; none retrieved for the LSNS-6):
     * a total or subscale is computed only when every item of it is answered.
     */
    EVERY_ITEM_ANSWERED {
        @Override
        Score total(int points, int unanswered) {
            return subscale(points, unanswered);
        }

        @Override
        Score subscale(int points, int unanswered) {
            return unanswered > 0
                    ? Score.missing(MissingReason.ITEM_UNANSWERED_WITHOUT_CONFIRMED_RULE)
                    : Score.of(points);
        }
    };

    /** The total over all items, from each item's points (empty when unanswered). */
    Score total(List<OptionalInt> itemPoints) {
        return total(sum(itemPoints), unanswered(itemPoints));
    }

    /** A subscale over its items, from each item's points (empty when unanswered). */
    Score subscale(List<OptionalInt> itemPoints) {
        return subscale(sum(itemPoints), unanswered(itemPoints));
    }

    abstract Score total(int points, int unanswered);

    abstract Score subscale(int points, int unanswered);

    private static int sum(List<OptionalInt> itemPoints) {
        return itemPoints.stream().mapToInt(points -> points.orElse(0)).sum();
    }

    private static int unanswered(List<OptionalInt> itemPoints) {
        return (int) itemPoints.stream().filter(OptionalInt::isEmpty).count();
    }
}
