package be.brugwerk.matching.programme;

import java.util.UUID;

/**
 * A buddy a coordinator may pair a waiting participant with by hand: approved, consenting, cleared, with a free place.
 *
 * @param freePlaces how many more participants the buddy could take now (at least 1)
 */
public record BuddyChoice(UUID id, String name, int freePlaces) {}
