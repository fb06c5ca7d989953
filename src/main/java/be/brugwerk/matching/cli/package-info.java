/**
 * The {@code match} command line: reads a b-matching (CSV) or an OR-Library assignment problem from a file,
 * solves it with the matching engine and prints one JSON object; no Spring context, no database. A named
 * interface because the application's command dispatch in the root package registers it.
 */
@org.springframework.modulith.NamedInterface("cli")
package be.brugwerk.matching.cli;
