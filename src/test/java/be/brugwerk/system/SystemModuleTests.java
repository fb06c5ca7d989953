package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.ModuleTest;
import be.brugwerk.system.events.UnfinishedReactions;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.context.TestPropertySource;

/**
 * The system module alone, on its own embedded database: how every module's reactions to events run
 * (docs/adr/0008-events-between-modules.md). A listener runs for the organisation its event names, so row-level
 * security shows it that organisation's rows and no other; a listener that fails leaves its publication in the
 * registry, and {@link UnfinishedReactions} tries it again until it succeeds, after which the registry forgets it.
 */
@ModuleTest
@TestPropertySource(properties = "brugwerk.events.resubmit-after=0s")
class SystemModuleTests {

    /** An event of one organisation, as the modules publish them: ids only. */
    record Happened(UUID organisationId, UUID id) implements OrganisationEvent {}

    /** A reaction that fails the first time and succeeds the second, noting what it saw each time. */
    static class FailingOnce {

        private final JdbcClient jdbc;
        private final List<Attempt> attempts = new CopyOnWriteArrayList<>();

        FailingOnce(JdbcClient jdbc) {
            this.jdbc = jdbc;
        }

        record Attempt(UUID organisation, List<UUID> organisationsOfVisibleAccounts) {}

        /** What each attempt saw (a method: the bean is a proxy, whose own fields are empty). */
        List<Attempt> attempts() {
            return attempts;
        }

        @ApplicationModuleListener
        void on(Happened event) {
            attempts.add(new Attempt(
                    Tenancy.currentOrganisation().orElse(null),
                    jdbc.sql("select distinct organisation_id from account")
                            .query(UUID.class)
                            .list()));
            if (attempts.size() == 1) {
                throw new IllegalStateException("the first attempt fails, as a reaction may when a node stops");
            }
        }
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class Reactions {

        @Bean
        FailingOnce failingOnce(JdbcClient jdbc) {
            return new FailingOnce(jdbc);
        }

        /** The sign-in asks the people module for accounts (its AccountUserDetailsService); alone, there are none. */
        @Bean
        UserDetailsService noAccounts() {
            return username -> {
                throw new UsernameNotFoundException("no accounts without the people module");
            };
        }
    }

    @Autowired
    FailingOnce reaction;

    @Autowired
    UnfinishedReactions unfinished;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    @Test
    void runsAReactionForItsEventsOrganisationAndTriesAFailedOneAgainUntilItSucceeds(Scenario scenario) {
        JdbcClient owner = JdbcClient.create(ownerDataSource);
        UUID organisation = organisationWithAnAccount(owner);
        UUID elsewhere = organisationWithAnAccount(owner);
        Happened event = new Happened(organisation, UUID.randomUUID());

        scenario.publish(event)
                .andWaitForStateChange(() -> reaction.attempts().size() == 1 && unfinished(owner, event) == 1)
                .andVerify(failed -> assertThat(reaction.attempts())
                        .singleElement()
                        .isEqualTo(new FailingOnce.Attempt(organisation, List.of(organisation))));

        scenario.stimulate(() -> unfinished.resubmit())
                .andWaitForStateChange(() -> reaction.attempts().size() == 2 && unfinished(owner, event) == 0)
                .andVerify(done -> assertThat(reaction.attempts().get(1))
                        .isEqualTo(new FailingOnce.Attempt(organisation, List.of(organisation))));
        assertThat(reaction.attempts())
                .flatExtracting(FailingOnce.Attempt::organisationsOfVisibleAccounts)
                .doesNotContain(elsewhere);
    }

    private static long unfinished(JdbcClient owner, Happened event) {
        return owner.sql("select count(*) from event_publication where serialized_event like ?")
                .param("%" + event.id() + "%")
                .query(Long.class)
                .single();
    }

    private static UUID organisationWithAnAccount(JdbcClient owner) {
        UUID organisation = UUID.randomUUID();
        owner.sql("insert into organisation (id, name, created_at) values (?, 'System module tests', now())")
                .param(organisation)
                .update();
        owner.sql("""
                insert into account (id, organisation_id, email, display_name, role, password_hash, created_at)
                values (?, ?, ?, 'Test', 'COORDINATOR', 'x', now())""")
                .params(UUID.randomUUID(), organisation, UUID.randomUUID() + "@test.brugwerk")
                .update();
        return organisation;
    }
}
