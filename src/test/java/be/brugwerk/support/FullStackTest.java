package be.brugwerk.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a real (embedded) PostgreSQL behind a real port, sending its mail to a real SMTP server
 * in the test JVM ({@link TestMail}). Every full-stack test uses exactly this configuration, so they share one
 * Spring context, one database server and one mail server. Browser tests among them must have axe check every page
 * they open ({@link AxeOnEveryPage}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "brugwerk.database.data-dir=target/test-database",
            "brugwerk.database.embedded-fresh=true",
            "brugwerk.demo=false",
            // the pool at its production size, a short wait for a connection, and a warning for one held long
            "brugwerk.database.pool-size=10",
            "brugwerk.database.connection-timeout=2s",
            "brugwerk.database.leak-detection=10s",
            // every test signs in from 127.0.0.1: the per-address limit is tested on its own (LoginThrottleTests)
            "brugwerk.security.address-failures-before-slow-down=1000",
            // no map tiles: the maps' markers and tables are tested, never tiles, and nothing is fetched from outside
            "brugwerk.map-tiles.url=",
            // the Overpass and geocoder servers of the tests run on this machine (loopback); never in production
            "brugwerk.outside-services.allow-local=true"
        })
@ContextConfiguration(initializers = TestMail.class)
@ExtendWith(AxeOnEveryPage.class)
@Import({FullStackTest.TestClock.class, TestAccounts.class, SqlStatements.Counting.class, OneConnectionPerThread.class})
public @interface FullStackTest {

    @TestConfiguration(proxyBeanMethods = false)
    class TestClock {

        @Bean
        @Primary
        MutableClock testClock() {
            return new MutableClock(Instant.parse("2026-03-02T09:00:00Z"));
        }
    }
}
