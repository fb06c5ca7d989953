package be.brugwerk;

import java.time.ZoneId;
import java.util.TimeZone;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Brugwerk: network strengthening (netwerkversterking) for people in vulnerable situations.
 *
 * <p>The same jar is also a command-line tool: a first argument that names a {@link Commands command}
 * runs that command instead of the web application.
 */
@SpringBootApplication
public class BrugwerkApplication {

    public static void main(String[] args) {
        if (Commands.handles(args)) {
            System.exit(Commands.run(args));
        }
        useTheUsersTimeZone(System.getenv("BRUGWERK_TIME_ZONE"));
        SpringApplication.run(BrugwerkApplication.class, args);
    }

    /**
     * Times on the pages and "today" in every date rule are those of Flanders and Brussels, whatever zone the server
     * runs in (often UTC); {@code BRUGWERK_TIME_ZONE} names another. The tests run in the same zone (pom.xml).
     */
    static void useTheUsersTimeZone(String configured) {
        String zone = configured == null || configured.isBlank() ? "Europe/Brussels" : configured.strip();
        TimeZone.setDefault(TimeZone.getTimeZone(ZoneId.of(zone)));
    }
}
