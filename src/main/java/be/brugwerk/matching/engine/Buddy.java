package be.brugwerk.matching.engine;

import java.util.Objects;

/**
 * An approved volunteer buddy.
 *
 * @param id unique among buddies
 * @param profile what the matching knows of them
 * @param capacity how many participants the buddy takes on at once: 1 to {@value #MAX_CAPACITY}
 */
public record Buddy(String id, Profile profile, int capacity) {

    public static final int MAX_CAPACITY = 3;

    public Buddy {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(profile, "profile");
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("Buddy " + id + " has capacity " + capacity + "; a buddy takes 1 to "
                    + MAX_CAPACITY + " participants");
        }
    }
}
