package be.brugwerk.talents;

/**
 * Head, heart or hands (hoofd, hart, handen), the framing of asset-based community development: what someone knows,
 * what they care about, what they can do. Texts under {@code talents.frame.<NAME>}.
 */
public enum Frame {
    HEAD,
    HEART,
    HANDS
}
