package be.brugwerk.system.web;

import static be.brugwerk.system.web.HomeFixtures.action;
import static be.brugwerk.system.web.HomeFixtures.fix;
import static be.brugwerk.system.web.HomeFixtures.map;
import static be.brugwerk.system.web.HomeFixtures.participant;
import static be.brugwerk.system.web.HomeFixtures.programme;
import static be.brugwerk.system.web.HomeFixtures.roundTable;
import static be.brugwerk.system.web.HomeFixtures.session;
import static be.brugwerk.system.web.HomeFixtures.today;
import static be.brugwerk.system.web.HomeFixtures.trajectory;
import static be.brugwerk.system.web.HomeFixtures.waiting;

import be.brugwerk.support.MutableClock;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.TestAccounts.Account;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

/**
 * An organisation whose homes all have something to show, and a second organisation beside it. Vera's participant
 * Amina had her last session 20 days ago (a 14-day signal) and has an action 18 days overdue, one due in five days, a
 * round table ahead and a map changed today; Walter, another volunteer coach, has Bert with an overdue action of his
 * own; the coordinator has a programme with two waiting, one pair to decide and one accepted, which the buddy sees.
 * The other organisation has Zora, with an overdue action too.
 */
final class HomeWorld {

    final String suffix = UUID.randomUUID().toString().substring(0, 6);
    final String amina = "Amina " + suffix;
    final String bert = "Bert " + suffix;
    final String kim = "Kim " + suffix;
    final String lena = "Lena " + suffix;
    final String zora = "Zora " + suffix;
    final String programmeName = "Buddyprogramma " + suffix;
    final String overdueAction = "Rita bellen " + suffix;
    final String nextAction = "Naar het taalcafé " + suffix;
    final String bertsAction = "Bert zijn actie " + suffix;
    final String zorasAction = "Zora haar actie " + suffix;

    final Account coordinator;
    final Account vera;
    final Account walter;
    final Account professional;
    final Account admin;
    final String buddyEmail = "bart-" + suffix + "@test.brugwerk";
    final UUID programme;
    final UUID proposal;
    final UUID accepted;
    final UUID aminaId;
    final UUID aminasTrajectory;

    HomeWorld(int port, TestAccounts accounts, MutableClock clock) {
        HomeFixtures fixtures = new HomeFixtures(port);
        UUID organisation = accounts.organisation("Homes " + suffix);
        coordinator = accounts.account(organisation, Role.COORDINATOR);
        vera = accounts.account(organisation, Role.VOLUNTEER_COACH);
        walter = accounts.account(organisation, Role.VOLUNTEER_COACH);
        professional = accounts.account(organisation, Role.PROFESSIONAL);
        admin = accounts.account(organisation, Role.ORGANISATION_ADMIN);
        WebSession chris = fixtures.signedIn(coordinator);
        WebSession veraSession = fixtures.signedIn(vera);
        WebSession walterSession = fixtures.signedIn(walter);

        LocalDate start = today(clock);
        aminaId = participant(chris, vera.id(), amina);
        map(veraSession, aminaId);
        UUID aminas = trajectory(chris, aminaId, vera.id());
        aminasTrajectory = aminas;
        session(veraSession, aminas, start);
        action(veraSession, aminas, overdueAction, start.plusDays(2));
        action(veraSession, aminas, nextAction, start.plusDays(25));
        roundTable(veraSession, aminas, start.plusDays(30));
        UUID bertId = participant(chris, walter.id(), bert);
        UUID berts = trajectory(chris, bertId, walter.id());
        action(walterSession, berts, bertsAction, start.plusDays(1));
        participant(chris, professional.id(), kim);

        UUID elsewhere = accounts.organisation("Elsewhere " + suffix);
        Account otherCoordinator = accounts.account(elsewhere, Role.COORDINATOR);
        Account otherCoach = accounts.account(elsewhere, Role.VOLUNTEER_COACH);
        WebSession otherChris = fixtures.signedIn(otherCoordinator);
        UUID zoraId = participant(otherChris, otherCoach.id(), zora);
        UUID zoras = trajectory(otherChris, zoraId, otherCoach.id());
        action(fixtures.signedIn(otherCoach), zoras, zorasAction, start.plusDays(1));
        programme(otherChris, "Elders " + suffix);

        programme = programme(chris, programmeName);
        UUID aminaWaits = waiting(chris, programme, aminaId, amina);
        UUID lenaWaits = waiting(chris, programme, participant(chris, null, lena), lena);
        UUID[] bart = new UUID[1];
        fixtures.buddy(chris, programme, "Bart " + suffix, buddyEmail, bart);
        accepted = fix(chris, programme, aminaWaits, amina, bart[0]);
        HomeFixtures.accept(chris, programme, accepted);
        proposal = fix(chris, programme, lenaWaits, lena, bart[0]);

        clock.advance(Duration.ofDays(20));
    }
}
