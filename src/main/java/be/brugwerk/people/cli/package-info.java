/**
 * The people module's command-line tool, run by the jar on the server: {@link be.brugwerk.people.cli.FirstAdminCommand
 * first-admin}. Published as a named interface because the application's command dispatch
 * ({@code be.brugwerk.Commands}) registers it.
 */
@org.springframework.modulith.NamedInterface("cli")
package be.brugwerk.people.cli;
