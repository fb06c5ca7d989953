package be.brugwerk.coaching;

/** A wish (wens) is about a contact already on the map, or about a new one. */
public enum WishContact {
    EXISTING,
    NEW
}
