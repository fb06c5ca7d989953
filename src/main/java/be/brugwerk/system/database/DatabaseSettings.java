package be.brugwerk.system.database;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is and which roles to use. Without a {@code url} Brugwerk starts its own embedded
 * PostgreSQL under {@code dataDir}, for trying and demos.
 *
 * @param url JDBC URL of an external PostgreSQL server ({@code BRUGWERK_DATABASE_URL}); blank for embedded
 * @param ownerUser the role that owns the schema and runs migrations
 * @param ownerPassword its password
 * @param appUser the role the application works as: not owner, not superuser, not BYPASSRLS
 * @param appPassword its password
 * @param dataDir the folder for embedded data ({@code BRUGWERK_DATA_DIR})
 * @param embeddedFresh start the embedded database empty, dropping what {@code dataDir} held (for tests)
 * @param poolSize pooled connections of the application role ({@code BRUGWERK_DATABASE_POOL_SIZE}, default 10)
 * @param connectionTimeout how long a request waits for a pooled connection before it is refused (default 10 s)
 * @param leakDetection warn when a connection is held longer than this; zero (the default) is off
 */
@ConfigurationProperties("brugwerk.database")
record DatabaseSettings(
        String url,
        String ownerUser,
        String ownerPassword,
        String appUser,
        String appPassword,
        String dataDir,
        boolean embeddedFresh,
        Integer poolSize,
        Duration connectionTimeout,
        Duration leakDetection) {

    DatabaseSettings {
        ownerUser = blankTo(ownerUser, "brugwerk_owner");
        appUser = blankTo(appUser, "brugwerk_app");
        dataDir = blankTo(dataDir, "./brugwerk-data");
        poolSize = poolSize == null ? 10 : poolSize;
        connectionTimeout = connectionTimeout == null ? Duration.ofSeconds(10) : connectionTimeout;
        leakDetection = leakDetection == null ? Duration.ZERO : leakDetection;
        if (poolSize < 2) {
            throw new IllegalArgumentException("the connection pool needs at least 2 connections: " + poolSize);
        }
        requireRoleName(ownerUser);
        requireRoleName(appUser);
    }

    boolean embedded() {
        return url == null || url.isBlank();
    }

    private static void requireRoleName(String role) {
        // Role names end up in SQL (grants, CREATE ROLE); only plain identifiers are accepted.
        if (!role.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("database role names are lowercase letters, digits and _: " + role);
        }
    }

    private static String blankTo(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
