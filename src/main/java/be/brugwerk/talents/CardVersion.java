package be.brugwerk.talents;

import java.time.Instant;

/** One saved version of a talent card: its number, when and by whom (null when unknown), and how many entries. */
public record CardVersion(int version, Instant savedAt, String savedBy, int entries) {}
