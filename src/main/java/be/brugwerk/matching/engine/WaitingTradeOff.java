package be.brugwerk.matching.engine;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The programme's exchange rate between waiting and fit: {@code days} days of waiting weigh as much as
 * {@code points} points of fit. A participant who waited d days earns d &middot; points / days points.
 *
 * @param days at least 1
 * @param points finite, at least 0 (0 ignores waiting time)
 */
public record WaitingTradeOff(int days, double points) {

    public WaitingTradeOff {
        if (days < 1) {
            throw new IllegalArgumentException("A waiting trade-off needs at least 1 day, not " + days);
        }
        if (!(points >= 0) || Double.isInfinite(points)) {
            throw new IllegalArgumentException("A waiting trade-off needs finite points of at least 0, not " + points);
        }
    }

    /** Points for {@code daysWaited} days, exact in decimal and rounded half up to {@code scale} places. */
    BigDecimal pointsFor(long daysWaited, int scale) {
        return BigDecimal.valueOf(points)
                .multiply(BigDecimal.valueOf(daysWaited))
                .divide(BigDecimal.valueOf(days), scale, RoundingMode.HALF_UP);
    }
}
