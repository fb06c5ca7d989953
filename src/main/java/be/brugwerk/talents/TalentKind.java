package be.brugwerk.talents;

/**
 * What an entry of the card is, in the order the card shows and prints them: strengths first (the method starts from
 * what people can, not from what they lack). Texts under {@code talents.kind.<NAME>}.
 */
public enum TalentKind {
    /** kracht: a quality of the person (patient, funny, reliable) */
    STRENGTH,
    /** vaardigheid: something they can do */
    SKILL,
    /** interesse: something they like or are curious about */
    INTEREST,
    /** levenservaring: something they went through and know about */
    LIFE_EXPERIENCE,
    /** droom: something they would love to do or become */
    DREAM
}
