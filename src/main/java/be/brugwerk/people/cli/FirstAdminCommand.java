package be.brugwerk.people.cli;

import be.brugwerk.people.FirstPlatformAdmin;
import be.brugwerk.people.FirstPlatformAdmin.PlatformAdminExists;
import be.brugwerk.people.Language;
import java.io.PrintStream;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code first-admin <e-mail> [--name <name>] [--language nl|fr|en]}: makes the very first platform admin of a new
 * installation and prints the one-time link with which they choose a password (valid 72 hours). Only someone who can
 * run the jar on the server, with its database settings, can do this; it is refused (exit 1) as soon as a platform
 * admin exists. Unlike the other commands it needs the database: it starts the application without its web server,
 * on the database the environment names (migrating it first when it is new). Bad arguments exit with 2.
 */
public final class FirstAdminCommand {

    static final int SUCCESS = 0;
    static final int REFUSED = 1;
    static final int BAD_INPUT = 2;

    private static final String USAGE = "usage: first-admin <e-mail> [--name <name>] [--language nl|fr|en]";

    private record Arguments(String email, String name, Language language) {}

    private FirstAdminCommand() {}

    /**
     * Runs the command with {@code args} (without the command name); the link goes to {@code result}, anything else
     * to {@code errors}. {@code application} starts the application (no web server) and is closed afterwards.
     */
    public static int run(
            String[] args,
            PrintStream result,
            PrintStream errors,
            Supplier<ConfigurableApplicationContext> application) {
        Arguments arguments;
        try {
            arguments = parse(args);
        } catch (IllegalArgumentException bad) {
            errors.println("first-admin: " + bad.getMessage());
            errors.println(USAGE);
            return BAD_INPUT;
        }
        try (ConfigurableApplicationContext context = application.get()) {
            String link = context.getBean(FirstPlatformAdmin.class)
                    .invite(arguments.email(), arguments.name(), arguments.language());
            result.println(link);
            result.flush();
            return SUCCESS;
        } catch (PlatformAdminExists exists) {
            errors.println("first-admin: refused: " + exists.getMessage());
            return REFUSED;
        } catch (IllegalArgumentException bad) {
            errors.println("first-admin: " + bad.getMessage());
            return BAD_INPUT;
        }
    }

    private static Arguments parse(String[] args) {
        String email = null;
        String name = null;
        Language language = Language.NL;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--name" -> name = valueAfter(args, i++);
                case "--language" -> language = language(valueAfter(args, i++));
                default -> {
                    if (args[i].startsWith("--") || email != null) {
                        throw new IllegalArgumentException("unexpected argument: " + args[i]);
                    }
                    email = args[i];
                }
            }
        }
        if (email == null) {
            throw new IllegalArgumentException("the e-mail address of the first platform admin is missing");
        }
        return new Arguments(email, name, language);
    }

    private static String valueAfter(String[] args, int option) {
        if (option + 1 >= args.length) {
            throw new IllegalArgumentException(args[option] + " needs a value");
        }
        return args[option + 1];
    }

    private static Language language(String tag) {
        for (Language language : Language.values()) {
            if (language.tag().equals(tag.toLowerCase(Locale.ROOT))) {
                return language;
            }
        }
        throw new IllegalArgumentException("--language is nl, fr or en");
    }
}
