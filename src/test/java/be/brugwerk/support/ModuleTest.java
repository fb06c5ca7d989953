package be.brugwerk.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * One application module with only the modules it depends on ({@code system} brings the database, both roles and
 * row-level security), on an embedded PostgreSQL of its own data folder that the module tests share: a Spring Modulith
 * {@link ApplicationModuleTest} for the module of the annotated class's package. {@code system} is always included:
 * Modulith bootstraps only the direct dependencies whose beans the module's beans use, and a module that uses only
 * system's types (a refusal, a point on the map) still needs its database and transactions.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "system")
@TestPropertySource(
        properties = {
            "brugwerk.database.data-dir=target/module-test-database",
            "brugwerk.database.embedded-fresh=true",
            "brugwerk.demo=false"
        })
public @interface ModuleTest {}
