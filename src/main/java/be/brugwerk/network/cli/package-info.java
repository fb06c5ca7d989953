/**
 * The network module's command-line tools, run by the jar without a Spring context or a database:
 * {@link be.brugwerk.network.cli.AnalyseCommand analyse}. Published as a named interface because the
 * application's command dispatch ({@code be.brugwerk.Commands}) registers them.
 */
@org.springframework.modulith.NamedInterface("cli")
package be.brugwerk.network.cli;
