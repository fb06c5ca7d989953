package be.brugwerk.system.database;

import be.brugwerk.system.DemoMode;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.support.JdbcTransactionManager;

/**
 * Two connections to one database: migrations run as the schema owner, the application works as a role
 * that row-level security applies to. The same on the embedded server and on a production server.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfiguration {

    /**
     * This context's use of the embedded server, if the database is embedded: closed after the pools that depend on
     * it, and the last context to close stops the server.
     */
    @Bean
    EmbeddedDatabase.Lease embeddedDatabase(DatabaseSettings settings) {
        return settings.embedded()
                ? EmbeddedDatabase.lease(
                        Path.of(settings.dataDir()), settings.embeddedFresh(), settings.ownerUser(), settings.appUser())
                : EmbeddedDatabase.Lease.NONE;
    }

    @Bean
    DatabaseConnections databaseConnections(DatabaseSettings settings, EmbeddedDatabase.Lease embeddedDatabase) {
        EmbeddedDatabase embedded = embeddedDatabase.database();
        if (embedded == null) {
            return new DatabaseConnections(
                    false,
                    settings.url(),
                    settings.ownerUser(),
                    settings.ownerPassword(),
                    settings.appUser(),
                    settings.appPassword());
        }
        return new DatabaseConnections(
                true,
                embedded.jdbcUrl(),
                settings.ownerUser(),
                embedded.ownerPassword(),
                settings.appUser(),
                embedded.appPassword());
    }

    /**
     * Demo data follows the embedded database unless {@code brugwerk.demo} says otherwise; asking for it on an
     * external database stops the start, so no demo account ever lands beside real people's data.
     */
    @Bean
    DemoMode demoMode(DatabaseConnections connections, @Value("${brugwerk.demo:}") String demo) {
        boolean wanted = demo.isBlank() ? connections.embedded() : Boolean.parseBoolean(demo);
        if (wanted && !connections.embedded()) {
            throw new IllegalStateException("Demo data is refused on an external database: unset BRUGWERK_DEMO "
                    + "or set it to false when BRUGWERK_DATABASE_URL is configured.");
        }
        return new DemoMode(wanted);
    }

    @Bean
    @Primary
    HikariDataSource dataSource(DatabaseConnections connections, DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("brugwerk");
        config.setJdbcUrl(connections.url());
        config.setUsername(connections.appUser());
        config.setPassword(connections.appPassword());
        config.setMaximumPoolSize(settings.poolSize());
        config.setConnectionTimeout(settings.connectionTimeout().toMillis());
        config.setLeakDetectionThreshold(settings.leakDetection().toMillis());
        return new HikariDataSource(config);
    }

    /**
     * The owner's connections, for migrations and the demo data at start-up. A small pool that empties itself
     * when unused: a node at work holds no owner connection, yet the many statements of start-up (and of the tests'
     * fixtures) do not each pay for a new connection, its password exchange and a cold server process.
     */
    @Bean
    @FlywayDataSource
    HikariDataSource migrationDataSource(DatabaseConnections connections) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("brugwerk-owner");
        config.setJdbcUrl(connections.url());
        config.setUsername(connections.ownerUser());
        config.setPassword(connections.ownerPassword());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setIdleTimeout(Duration.ofSeconds(10).toMillis());
        return new HikariDataSource(config);
    }

    @Bean
    FlywayConfigurationCustomizer applicationRoleForGrants(DatabaseConnections connections) {
        return flyway -> flyway.placeholders(java.util.Map.of("app_role", connections.appUser()));
    }

    @Bean
    JdbcTransactionManager transactionManager(DataSource dataSource) {
        return new TenantTransactionManager(dataSource);
    }
}
