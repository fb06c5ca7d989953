package be.brugwerk;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Brugwerk: network strengthening (netwerkversterking) for people in vulnerable situations.
 *
 * <p>The same jar is also a command-line tool: a first argument that names a {@link Commands command}
 * runs that command without a Spring context or a database.
 */
@SpringBootApplication
public class BrugwerkApplication {

    public static void main(String[] args) {
        if (Commands.handles(args)) {
            System.exit(Commands.run(args));
        }
        SpringApplication.run(BrugwerkApplication.class, args);
    }
}
