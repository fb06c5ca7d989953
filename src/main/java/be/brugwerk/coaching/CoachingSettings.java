package be.brugwerk.coaching;

import be.brugwerk.coaching.scoring.Lsns6Scoring;
import be.brugwerk.system.Refusal;

/**
 * An organisation's coaching settings: the LSNS-6 threshold (a total below it counts as at risk of social isolation;
 * docs/instruments.md: 12 by default, configurable) and after how many weeks without a session a trajectory counts as
 * stuck for the coordinator.
 */
public record CoachingSettings(int lsnsAtRiskBelow, int stuckAfterWeeks) {

    public static final CoachingSettings DEFAULTS = new CoachingSettings(Lsns6Scoring.DEFAULT_AT_RISK_BELOW, 4);

    public CoachingSettings {
        if (lsnsAtRiskBelow < 1 || lsnsAtRiskBelow > 31) {
            throw new Refusal("lsnsAtRiskBelow", "coaching.settings.lsnsRange");
        }
        if (stuckAfterWeeks < 1 || stuckAfterWeeks > 52) {
            throw new Refusal("stuckAfterWeeks", "coaching.settings.weeksRange");
        }
    }
}
