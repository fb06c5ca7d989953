package be.brugwerk;

import be.brugwerk.matching.cli.MatchCommand;
import be.brugwerk.network.cli.AnalyseCommand;
import be.brugwerk.people.cli.FirstAdminCommand;
import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The jar's command-line tools. {@code analyse} and {@code match} run in plain Java: no Spring context, no database;
 * {@code first-admin} starts the application without its web server, since it writes to the database. Standard output
 * carries exactly the command's result; everything else (including any library's logging) goes to standard error.
 */
final class Commands {

    /** A command takes its own arguments and the stream for its result, and returns the exit code. */
    interface Command {
        int run(String[] args, PrintStream result);
    }

    private static final Map<String, Command> COMMANDS = Map.of(
            "analyse", AnalyseCommand::run,
            "match", MatchCommand::run,
            "first-admin", (args, result) -> FirstAdminCommand.run(args, result, System.err, Commands::application));

    private Commands() {}

    /** The application on the configured database, without a web server: for commands that need the database. */
    private static ConfigurableApplicationContext application() {
        return new SpringApplicationBuilder(BrugwerkApplication.class)
                .web(WebApplicationType.NONE)
                .run();
    }

    static boolean handles(String[] args) {
        return args.length > 0 && COMMANDS.containsKey(args[0]);
    }

    static int run(String[] args) {
        PrintStream result = System.out;
        System.setOut(System.err); // nothing but the result may reach standard output
        int exitCode = COMMANDS.get(args[0]).run(Arrays.copyOfRange(args, 1, args.length), result);
        result.flush();
        return exitCode;
    }
}
