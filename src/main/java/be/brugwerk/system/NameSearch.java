package be.brugwerk.system;

/**
 * A search on a person's name (a participant's, a buddy's) as a page takes it. A name is at most {@value #LONGEST}
 * characters (the forms refuse a longer one), so a longer search finds nobody: a page cuts what is typed to it rather
 * than refusing, so that whoever pasted too much still gets the page; an API refuses it, naming the field.
 */
public final class NameSearch {

    /** The longest a name search is: the longest a name is. */
    public static final int LONGEST = 100;

    private NameSearch() {}

    /**
     * What {@code typed} searches for: stripped, cut to {@link #LONGEST} characters (never between the two halves of a
     * character, which the text check would refuse as half a character), and "" when nothing was typed.
     */
    public static String typed(String typed) {
        String search = typed == null ? "" : typed.strip();
        if (search.length() <= LONGEST) {
            return search;
        }
        int end = Character.isHighSurrogate(search.charAt(LONGEST - 1)) ? LONGEST - 1 : LONGEST;
        return search.substring(0, end).strip();
    }
}
