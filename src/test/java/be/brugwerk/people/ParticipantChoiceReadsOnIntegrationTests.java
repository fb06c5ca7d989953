package be.brugwerk.people;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.SignedIn;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.system.Role;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A bounded choice that reads on past the rows it leaves out continues after the last row as it was read, not as that
 * row is by the next read: renamed (so that it sorts elsewhere) or archived between two reads, it makes the next read
 * neither skip participants nor read again those read before. The change is made by the one thing that runs between
 * two reads, the caller's question about the rows read ({@code leftOutAmong}), in a transaction of its own.
 */
@FullStackTest
@ExtendWith(SignedIn.class)
class ParticipantChoiceReadsOnIntegrationTests {

    @Autowired
    ParticipantManagement participants;

    @Autowired
    TestAccounts accounts;

    @Autowired
    @FlywayDataSource
    DataSource ownerDataSource;

    final Map<String, ParticipantId> byName = new LinkedHashMap<>();

    @BeforeEach
    void twelveParticipants() {
        UUID organisation = accounts.organisation("Choice reads on: " + UUID.randomUUID());
        Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        for (int i = 1; i <= 12; i++) {
            String name = "Keuze %02d".formatted(i);
            byName.put(name, new ParticipantId(accounts.consentedParticipant(organisation, name, "{}", coordinator)));
        }
        SignedIn.as(coordinator);
    }

    @Test
    void aRowRenamedToComeLaterAfterItWasReadMakesTheNextReadSkipNobody() {
        readsOnOnceWhile("update participant set name = 'Keuze 99' where id = ?");
    }

    @Test
    void aRowRenamedToComeEarlierAfterItWasReadMakesTheNextReadReadNobodyAgain() {
        readsOnOnceWhile("update participant set name = 'Keuze 00' where id = ?");
    }

    /** Not a regression test of the key carried on (the lookup by id before it survived archiving as well). */
    @Test
    void aRowArchivedAfterItWasReadMakesTheNextReadSkipNobody() {
        readsOnOnceWhile("update participant set archived_at = now() where id = ?");
    }

    /**
     * A choice of three whose first read (four rows) is all left out, so that it reads on; between the two reads the
     * last row read (Keuze 04) is changed by {@code change}. The second read starts at Keuze 05.
     */
    private void readsOnOnceWhile(String change) {
        List<ParticipantId> asked = new ArrayList<>();
        ParticipantManagement.NamedChoice choice = participants.workableNamed(null, 3, among -> {
            asked.addAll(among);
            if (asked.size() == among.size()) {
                JdbcClient.create(ownerDataSource)
                        .sql(change)
                        .param(byName.get("Keuze 04").value())
                        .update();
                return among; // all of the first read left out: the choice reads on
            }
            return Set.of();
        });

        assertThat(asked).as("each row read once").doesNotHaveDuplicates();
        assertThat(asked.subList(0, 4)).containsExactlyInAnyOrder(ids("Keuze 01", "Keuze 02", "Keuze 03", "Keuze 04"));
        assertThat(choice.names().keySet())
                .as("the read on starts after Keuze 04, as it was read")
                .containsExactly(ids("Keuze 05", "Keuze 06", "Keuze 07"));
        assertThat(choice.reach()).isEqualTo(ParticipantManagement.Reach.FIRST_MATCHES);
    }

    private ParticipantId[] ids(String... names) {
        return java.util.Arrays.stream(names).map(byName::get).toArray(ParticipantId[]::new);
    }
}
