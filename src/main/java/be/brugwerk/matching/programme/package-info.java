/**
 * Buddy programmes as an organisation runs them: programmes and their coordinators, buddies and applicants,
 * intakes, the waiting list, matching runs under a database lock, proposed pairs with their explanations, and
 * the follow-up of pairs. Builds the engine's input from the database and keeps what it proposes.
 */
package be.brugwerk.matching.programme;
