/**
 * The outcome scoring engine in plain Java: raw answers in, immutable results out, exactly as
 * {@code docs/instruments.md} prescribes. {@link be.brugwerk.coaching.scoring.DeJongGierveldScoring} scores the
 * De Jong Gierveld loneliness scale (11 and 6 items, 3 or 5 answer categories),
 * {@link be.brugwerk.coaching.scoring.Lsns6Scoring} the Lubben Social Network Scale (LSNS-6), and
 * {@link be.brugwerk.coaching.scoring.SchalockSelfRating} holds the (not validated) self-rating on Schalock's
 * eight quality-of-life domains. {@link be.brugwerk.coaching.scoring.MeasurementChange} compares two
 * measurements of one instrument over time.
 *
 * <p>A figure that cannot be computed is a missing {@link be.brugwerk.coaching.scoring.Score} with a
 * {@link be.brugwerk.coaching.scoring.MissingReason}, never a zero. Item texts, answer labels, categories and
 * reasons live in the message bundles {@code i18n/coaching_nl|fr|en.properties} under the keys the types name.
 * No Spring, JDBC, servlet or JSON types.
 */
@org.springframework.modulith.NamedInterface("scoring")
package be.brugwerk.coaching.scoring;
