package be.brugwerk.talents;

/**
 * The curated list a talent can be picked from beside (or instead of) free text, so that a card can later be matched
 * to the roles neighbourhood actors need: the codes are stored, the words are in the bundles under
 * {@code talents.talent.<NAME>} in Dutch, French and English (docs/talents.md lists them). A code is never renamed or
 * removed once stored; new ones are added at the end.
 */
public enum Talent {
    COOKING,
    LANGUAGES,
    REPAIRS,
    GARDENING,
    MUSIC,
    LISTENING,
    DRIVING,
    CARING_FOR_ANIMALS,
    SPORT,
    CRAFTS,
    ART,
    COMPUTERS,
    CHILDREN,
    CARING_FOR_PEOPLE,
    PAPERWORK,
    ORGANISING,
    WELCOMING,
    TEACHING,
    STORYTELLING,
    CLEANING
}
