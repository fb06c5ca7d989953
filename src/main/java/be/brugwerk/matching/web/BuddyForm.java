package be.brugwerk.matching.web;

/**
 * What a buddy typed in one of a pair's forms on their own pages, as text: a meeting ({@code metOn}, {@code note})
 * or a check-in ({@code score}, {@code comment}). Shown again as typed when the form is refused.
 */
record BuddyForm(String metOn, String note, String score, String comment) {

    static final BuddyForm EMPTY = new BuddyForm(null, null, null, null);
}
