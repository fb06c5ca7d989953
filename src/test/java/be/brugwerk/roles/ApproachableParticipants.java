package be.brugwerk.roles;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import java.util.UUID;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A participant a matching run weighs, made through the real endpoints: registered with consent, agreed to be
 * approached for matching, a talent card that would share repairs (filled in by their coach), and the library they go
 * to as their own place.
 */
final class ApproachableParticipants {

    private ApproachableParticipants() {}

    /** The participant's id. */
    static UUID sharingRepairs(
            TestAccounts accounts,
            DataSource owner,
            UUID organisation,
            String name,
            Account coordinator,
            Account volunteer,
            WebSession coach) {
        UUID participant = approachable(accounts, owner, organisation, name, coordinator, volunteer);
        assertThat(coach.sendJson(
                                "PUT",
                                "/api/v1/participants/" + participant + "/talents",
                                RoleProposalsIntegrationTests.SHARES_REPAIRS)
                        .statusCode())
                .isEqualTo(200);
        assertThat(coach.sendJson(
                                "POST",
                                "/api/v1/participants/" + participant + "/places",
                                RoleProposalsIntegrationTests.GOES_TO_THE_LIBRARY)
                        .statusCode())
                .isEqualTo(201);
        return participant;
    }

    /**
     * A participant of the volunteer's caseload, registered with consent and agreed to be approached for matching,
     * without a talent card or places yet: the participant's id.
     */
    static UUID approachable(
            TestAccounts accounts,
            DataSource owner,
            UUID organisation,
            String name,
            Account coordinator,
            Account volunteer) {
        UUID participant = accounts.consentedParticipant(organisation, name, "{Nederlands}", coordinator, volunteer);
        JdbcClient.create(owner)
                .sql("""
                        insert into consent (id, organisation_id, participant_id, purpose, shared_with, given_at,
                            recorded_by)
                        values (?, ?, ?, 'MATCHING', '{VOLUNTEER_COACH}', now(), ?)""")
                .params(UUID.randomUUID(), organisation, participant, coordinator.id())
                .update();
        return participant;
    }
}
