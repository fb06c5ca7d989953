package be.brugwerk.coaching.scoring;

import java.util.Locale;

/**
 * The LSNS-6 classification of Lubben et al. (2006, The Gerontologist 46(4):503-513): a total below the
 * threshold shows a lack of redundancy of social ties, “at risk for social isolation”. The label lives in the
 * message bundles under {@code lsns-6.risk.<key>}.
 */
public enum SocialIsolationRisk {
    AT_RISK,
    NOT_AT_RISK;

    /** The message key of the classification's label, e.g. {@code lsns-6.risk.at-risk}. */
    public String labelKey() {
        return Instrument.LSNS_6.key() + ".risk." + key();
    }

    /** The classification as it appears in message keys, e.g. {@code at-risk}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
