package be.brugwerk.matching.programme;

import static org.assertj.core.api.Assertions.assertThat;

import be.brugwerk.coaching.TrajectoryManagement;
import be.brugwerk.support.FullStackTest;
import be.brugwerk.support.IntakeLanguages;
import be.brugwerk.support.PagedList;
import be.brugwerk.support.SqlStatements;
import be.brugwerk.support.SqlStatements.Executed;
import be.brugwerk.support.TestAccounts;
import be.brugwerk.support.WebSession;
import be.brugwerk.system.Role;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The two choices of participants that once listed a whole organisation are bounded choices searched by name (issue 9
 * point 4): starting a trajectory ({@code /trajectories/new} and {@code GET /api/v1/trajectories/start-choices}) and
 * putting a participant on a programme's waiting list ({@code /programmes/{id}/waiting/new}). Both show at most
 * {@value #BOUND} participants in name order and say when more matched, run the same statements with 3 and with 250
 * participants, and keep their rules: nobody without a ground to process their data, nobody archived, nobody with an
 * open trajectory (to start one) or on the waiting list already, and nobody of another organisation. What is left out
 * is asked about the rows read only, never passed whole: a choice that leaves many out reads on in name order, in
 * growing steps, at most {@code MOST_READ_FOR_A_CHOICE} rows.
 */
@FullStackTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ParticipantChoicesScaleIntegrationTests {

    static final int BOUND = 20;

    static final Function<String, List<String>> OFFERED = PagedList.within(
            "<select id=\"participant\"", "</select>", Pattern.compile("<option value=\"([0-9a-f-]{36})\""));
    static final Pattern JSON_PARTICIPANT =
            Pattern.compile("\"id\":(?:\\{\"value\":)?\"([0-9a-f-]{36})\"}?,\"details\"");

    @Autowired
    TestAccounts accounts;

    @Autowired
    SqlStatements statements;

    JdbcClient owner;
    UUID few;
    UUID many;
    UUID mostlyLeftOut;
    UUID rules;
    UUID beyondTheMost;
    UUID exactlyTheMost;
    UUID fewProgramme;
    UUID manyProgramme;
    UUID mostlyLeftOutProgramme;
    UUID rulesProgramme;
    UUID beyondTheMostProgramme;
    UUID exactlyTheMostProgramme;
    WebSession coordinatorOfFew;
    WebSession coordinatorOfMany;
    WebSession coordinatorOfMostlyLeftOut;
    WebSession coordinatorOfRules;
    WebSession coordinatorOfBeyondTheMost;
    WebSession coordinatorOfExactlyTheMost;

    @BeforeAll
    void organisations() {
        owner = accounts.owner();
        few = accounts.organisation("Choices scale: three");
        many = accounts.organisation("Choices scale: 250");
        mostlyLeftOut = accounts.organisation("Choices scale: mostly left out");
        rules = accounts.organisation("Choices scale: the rules");
        beyondTheMost = accounts.organisation("Choices scale: more left out than read");
        exactlyTheMost = accounts.organisation("Choices scale: as many as read");
        coordinatorOfFew = accounts.signedIn(few, Role.COORDINATOR);
        coordinatorOfMany = accounts.signedIn(many, Role.COORDINATOR);
        coordinatorOfMostlyLeftOut = accounts.signedIn(mostlyLeftOut, Role.COORDINATOR);
        coordinatorOfRules = accounts.signedIn(rules, Role.COORDINATOR);
        coordinatorOfBeyondTheMost = accounts.signedIn(beyondTheMost, Role.COORDINATOR);
        coordinatorOfExactlyTheMost = accounts.signedIn(exactlyTheMost, Role.COORDINATOR);
        fewProgramme = ProgrammeFixtures.programme(coordinatorOfFew, "Weinig").programme;
        manyProgramme = ProgrammeFixtures.programme(coordinatorOfMany, "Veel").programme;
        mostlyLeftOutProgramme = ProgrammeFixtures.programme(coordinatorOfMostlyLeftOut, "Vol").programme;
        rulesProgramme = ProgrammeFixtures.programme(coordinatorOfRules, "Regels").programme;
        beyondTheMostProgramme = ProgrammeFixtures.programme(coordinatorOfBeyondTheMost, "Voller").programme;
        exactlyTheMostProgramme = ProgrammeFixtures.programme(coordinatorOfExactlyTheMost, "Precies").programme;
        // the first choices in name order leave nobody out; further on, every other one has an open trajectory and
        // every third one waits, as in an organisation that works
        write(few, fewProgramme, 3, "false", "false", "false");
        write(many, manyProgramme, 250, "g > 40 and g % 2 = 0", "g > 40 and g % 3 = 0", "g % 50 = 0");
        // all but the last 30 in name order have an open trajectory and wait: read past in growing steps
        write(mostlyLeftOut, mostlyLeftOutProgramme, 300, "g <= 270", "g <= 270", "false");
        // more are left out ahead of the matches than a choice reads (400): it stops before finding any
        write(beyondTheMost, beyondTheMostProgramme, 450, "g <= 440", "g <= 440", "false");
        // exactly as many match as a choice reads, the last one not left out: every match is read, and shown
        write(exactlyTheMost, exactlyTheMostProgramme, 400, "g <= 399", "g <= 399", "false");
        owner.sql("analyze participant, trajectory, waiting_entry").update();
    }

    /**
     * {@code count} participants named "Keuze 001" and on, processed on a public task; participant g has an open
     * trajectory where {@code open} holds, waits in {@code programme} where {@code waiting} holds and is archived where
     * {@code archived} holds (SQL of g).
     */
    private void write(UUID organisation, UUID programme, int count, String open, String waiting, String archived) {
        owner.sql("""
                insert into legal_basis (organisation_id, purpose, basis) select ?, 'PROCESSING', 'PUBLIC_TASK'
                where not exists (select 1 from legal_basis where organisation_id = ? and purpose = 'PROCESSING')""").params(organisation, organisation).update();
        owner.sql("""
                insert into participant (id, organisation_id, name, created_at, archived_at)
                select gen_random_uuid(), :organisation, 'Keuze ' || lpad(g::text, 3, '0'),
                       timestamptz '2026-01-01 00:00Z', case when %s then timestamptz '2026-02-01 00:00Z' end
                from generate_series(1, :count) g""".formatted(archived))
                .param("organisation", organisation)
                .param("count", count)
                .update();
        owner.sql("""
                insert into trajectory (id, organisation_id, participant_id, coach_id, started_on, created_at, created_by)
                select gen_random_uuid(), p.organisation_id, p.id, :coach, date '2026-01-01',
                       timestamptz '2026-01-01 00:00Z', :coach
                from participant p cross join lateral (select cast(substring(p.name from 7) as integer) as g) n
                where p.organisation_id = :organisation and %s""".formatted(open))
                .param("organisation", organisation)
                .param(
                        "coach",
                        accounts.account(organisation, Role.PROFESSIONAL).id())
                .update();
        owner.sql("""
                with rows as (select p.id as participant, gen_random_uuid() as intake, g
                              from participant p cross join lateral (select cast(substring(p.name from 7) as integer) as g) n
                              where p.organisation_id = :organisation and %s),
                     intakes as (insert into intake (id, organisation_id, age, gender)
                                 select intake, :organisation, 30, 'WOMAN' from rows)
                insert into waiting_entry (id, organisation_id, programme_id, participant_id, entered_on, intake_id, status)
                select gen_random_uuid(), :organisation, :programme, participant, date '2025-01-01' + g, intake, 'WAITING'
                from rows""".formatted(waiting))
                .param("organisation", organisation)
                .param("programme", programme)
                .update();
    }

    /** The first {@code limit} ids of the organisation's participants {@code where} holds for, in name order. */
    private List<String> inNameOrder(UUID organisation, String where, int limit) {
        return owner
                .sql("select p.id from participant p where p.organisation_id = :organisation and p.archived_at is null"
                        + " and " + where + " order by lower(p.name), p.id limit :limit")
                .param("organisation", organisation)
                .param("limit", limit)
                .query(UUID.class)
                .list()
                .stream()
                .map(UUID::toString)
                .toList();
    }

    private static final String NO_OPEN_TRAJECTORY =
            "not exists (select 1 from trajectory t where t.participant_id = p.id and t.closed_on is null)";

    private String notWaiting(UUID programme) {
        return "not exists (select 1 from waiting_entry w where w.participant_id = p.id and w.programme_id = '"
                + programme + "')";
    }

    private static String waitingForm(UUID programme) {
        return "/programmes/" + programme + "/waiting/new";
    }

    @Test
    void theBoundIsTheOneTheServicesKeep() {
        assertThat(TrajectoryManagement.MOST_STARTABLE).isEqualTo(BOUND);
        assertThat(ProgrammeManagement.WAITING_CHOICES).isEqualTo(BOUND);
    }

    @Test
    void startingATrajectoryRunsTheSameStatementsWithThreeAndWith250Participants() {
        String fewPage = coordinatorOfFew.get("/trajectories/new").body();
        String manyPage = coordinatorOfMany.get("/trajectories/new").body();
        assertThat(OFFERED.apply(fewPage)).isEqualTo(inNameOrder(few, NO_OPEN_TRAJECTORY, 3));
        assertThat(OFFERED.apply(manyPage)).isEqualTo(inNameOrder(many, NO_OPEN_TRAJECTORY, BOUND));
        assertThat(fewPage).doesNotContain("id=\"more-startable\"");
        assertThat(manyPage).contains("id=\"more-startable\"");

        sameStatements("/trajectories/new", "/trajectories/new");
        sameStatements("/api/v1/trajectories/start-choices", "/api/v1/trajectories/start-choices");
    }

    @Test
    void puttingOnTheWaitingListRunsTheSameStatementsWithThreeAndWith250Participants() {
        String fewPage = coordinatorOfFew.get(waitingForm(fewProgramme)).body();
        String manyPage = coordinatorOfMany.get(waitingForm(manyProgramme)).body();
        assertThat(OFFERED.apply(fewPage)).isEqualTo(inNameOrder(few, notWaiting(fewProgramme), 3));
        assertThat(OFFERED.apply(manyPage)).isEqualTo(inNameOrder(many, notWaiting(manyProgramme), BOUND));
        assertThat(fewPage).doesNotContain("id=\"more-waiting-candidates\"");
        assertThat(manyPage).contains("id=\"more-waiting-candidates\"");

        sameStatements(waitingForm(fewProgramme), waitingForm(manyProgramme));
    }

    private void sameStatements(String fewPath, String manyPath) {
        List<Executed> withFew = statements.during(() -> coordinatorOfFew.get(fewPath));
        List<Executed> withMany = statements.during(() -> coordinatorOfMany.get(manyPath));
        assertThat(withMany)
                .as("with 250:" + SqlStatements.describe(withMany) + "\nwith 3:" + SqlStatements.describe(withFew))
                .hasSameSizeAs(withFew);
        assertThat(withMany)
                .as("no statement is given more ids than the choice and one")
                .allSatisfy(s -> assertThat(s.largestArray()).as(s.sql()).isLessThanOrEqualTo(BOUND + 1));
        assertThat(withMany)
                .as("the participants are read in name order up to the choice and one:"
                        + SqlStatements.describe(withMany))
                .filteredOn(s -> s.sql().contains("order by lower(p.name)"))
                .singleElement()
                .satisfies(s -> assertThat(s.parameters()).contains(BOUND + 1));
    }

    @Test
    void readsPastTheManyLeftOutInGrowingStepsAndShowsTheRest() {
        for (String path : List.of("/trajectories/new", waitingForm(mostlyLeftOutProgramme))) {
            List<Executed> ran = statements.during(() -> assertThat(
                            OFFERED.apply(coordinatorOfMostlyLeftOut.get(path).body()))
                    .as(path)
                    .isEqualTo(inNameOrder(mostlyLeftOut, NO_OPEN_TRAJECTORY, BOUND)));
            List<Integer> reads = reads(ran);
            // 270 left out before the 30 that are not: 21, then twice the last read each time nothing was kept
            assertThat(reads).as(path + SqlStatements.describe(ran)).startsWith(BOUND + 1, 2 * (BOUND + 1));
            assertThat(reads.stream().mapToInt(Integer::intValue).sum())
                    .as("rows read in all")
                    .isLessThanOrEqualTo(8 * 50);
            assertThat(ran)
                    .as("each read continues after the last row read, not by being given the rows read before it")
                    .filteredOn(s -> s.sql().contains("order by lower(p.name)"))
                    .allSatisfy(s -> assertThat(s.largestArray()).as(s.sql()).isZero());
        }
    }

    @Test
    void stoppingBeforeTheChoiceIsFullSaysNotEveryoneCouldBeShownNotThatOnlyTheFirstAre() {
        for (String[] form : List.of(
                new String[] {"/trajectories/new", "startable"},
                new String[] {waitingForm(beyondTheMostProgramme), "waiting-candidates"})) {
            String path = form[0];
            String[] page = new String[1];
            List<Executed> ran = statements.during(
                    () -> page[0] = coordinatorOfBeyondTheMost.get(path).body());
            // the 401 rows read (the most and one) are all left out: nothing to offer, although ten match further on
            assertThat(OFFERED.apply(page[0])).as(path).isEmpty();
            assertThat(page[0])
                    .as(path)
                    .contains("id=\"unread-" + form[1] + "\"")
                    .doesNotContain("id=\"more-" + form[1] + "\"");
            assertThat(reads(ran).stream().mapToInt(Integer::intValue).sum())
                    .as(path + ": rows read in all" + SqlStatements.describe(ran))
                    .isEqualTo(8 * 50 + 1);

            // a longer search finds them: every match shown, and nothing said about more
            String narrowed = coordinatorOfBeyondTheMost
                    .get(path + "?q=" + URLEncoder.encode("Keuze 44", StandardCharsets.UTF_8))
                    .body();
            assertThat(OFFERED.apply(narrowed))
                    .as(path)
                    .hasSize(9)
                    .isEqualTo(inNameOrder(beyondTheMost, NO_OPEN_TRAJECTORY + " and p.name like 'Keuze 44%'", BOUND));
            assertThat(narrowed).doesNotContain("id=\"unread-" + form[1] + "\"", "id=\"more-" + form[1] + "\"");
        }
        assertThat(coordinatorOfBeyondTheMost
                        .getJson("/api/v1/trajectories/start-choices")
                        .body())
                .as("the API's more still means that others may match")
                .contains("\"more\":true", "\"reach\":\"STOPPED_READING\"");
    }

    @Test
    void asManyMatchesAsAChoiceReadsAreAllReadAndNothingIsSaidAboutMore() {
        for (String[] form : List.of(
                new String[] {"/trajectories/new", "startable"},
                new String[] {waitingForm(exactlyTheMostProgramme), "waiting-candidates"})) {
            String page = coordinatorOfExactlyTheMost.get(form[0]).body();
            assertThat(OFFERED.apply(page))
                    .as(form[0])
                    .hasSize(1)
                    .isEqualTo(inNameOrder(exactlyTheMost, NO_OPEN_TRAJECTORY, BOUND));
            assertThat(page).as(form[0]).doesNotContain("id=\"unread-" + form[1] + "\"", "id=\"more-" + form[1] + "\"");
        }
        assertThat(coordinatorOfExactlyTheMost
                        .getJson("/api/v1/trajectories/start-choices")
                        .body())
                .contains("\"more\":false", "\"reach\":\"EVERY_MATCH\"");
    }

    /** How many rows each read of names in {@code ran} asked for (its last whole-number parameter, the limit). */
    private static List<Integer> reads(List<Executed> ran) {
        return ran.stream()
                .filter(s -> s.sql().contains("order by lower(p.name)"))
                .map(s -> (Integer) s.parameters().stream()
                        .filter(Integer.class::isInstance)
                        .reduce((first, last) -> last)
                        .orElseThrow())
                .toList();
    }

    @Test
    void aSearchFindsByNameAndKeepsTheRules() {
        UUID other = accounts.organisation("Choices scale: another organisation");
        // consent is the ground here: Rachid never gave it, so his data may not be processed
        owner.sql("""
                insert into participant (id, organisation_id, name, created_at, archived_at)
                values (gen_random_uuid(), :rules, 'Amina Peeters', timestamptz '2026-01-01 00:00Z', null),
                       (gen_random_uuid(), :rules, 'Amina Janssens', timestamptz '2026-01-01 00:00Z', null),
                       (gen_random_uuid(), :rules, 'Amina Claes', timestamptz '2026-01-01 00:00Z', null),
                       (gen_random_uuid(), :rules, 'Amina Wouters', timestamptz '2026-01-01 00:00Z', null),
                       (gen_random_uuid(), :rules, 'Amina Maes', timestamptz '2026-01-01 00:00Z',
                        timestamptz '2026-02-01 00:00Z'),
                       (gen_random_uuid(), :rules, 'Rachid Amina', timestamptz '2026-01-01 00:00Z', null),
                       (gen_random_uuid(), :rules, 'Jonas Smet', timestamptz '2026-01-01 00:00Z', null),
                       (gen_random_uuid(), :other, 'Amina Elders', timestamptz '2026-01-01 00:00Z', null)""").param("rules", rules).param("other", other).update();
        for (UUID organisation : List.of(rules, other)) {
            owner.sql("""
                    insert into consent (id, organisation_id, participant_id, purpose, given_at, recorded_by)
                    select gen_random_uuid(), p.organisation_id, p.id, 'PROCESSING', timestamptz '2026-01-01 00:00Z', :by
                    from participant p where p.organisation_id = :organisation and p.name <> 'Rachid Amina'""")
                    .param("organisation", organisation)
                    .param(
                            "by",
                            accounts.account(organisation, Role.COORDINATOR).id())
                    .update();
        }
        owner.sql("""
                insert into trajectory (id, organisation_id, participant_id, coach_id, started_on, created_at, created_by)
                select gen_random_uuid(), p.organisation_id, p.id, :coach, date '2026-01-01',
                       timestamptz '2026-01-01 00:00Z', :coach
                from participant p where p.organisation_id = :rules and p.name = 'Amina Janssens'""")
                .param("rules", rules)
                .param("coach", accounts.account(rules, Role.PROFESSIONAL).id())
                .update();
        owner.sql("""
                with rows as (select p.id as participant, gen_random_uuid() as intake from participant p
                              where p.organisation_id = :rules and p.name = 'Amina Wouters'),
                     intakes as (insert into intake (id, organisation_id, age, gender)
                                 select intake, :rules, 30, 'WOMAN' from rows)
                insert into waiting_entry (id, organisation_id, programme_id, participant_id, entered_on, intake_id, status)
                select gen_random_uuid(), :rules, :programme, participant, date '2025-01-01', intake, 'WAITING'
                from rows""").param("rules", rules).param("programme", rulesProgramme).update();

        String q = "?q=" + URLEncoder.encode("amina", StandardCharsets.UTF_8);
        assertThat(names(coordinatorOfRules.get("/trajectories/new" + q).body()))
                .containsExactly("Amina Claes", "Amina Peeters", "Amina Wouters");
        assertThat(names(coordinatorOfRules.get(waitingForm(rulesProgramme) + q).body()))
                .containsExactly("Amina Claes", "Amina Janssens", "Amina Peeters");
        String api = coordinatorOfRules
                .getJson("/api/v1/trajectories/start-choices?search=amina")
                .body();
        assertThat(JSON_PARTICIPANT.matcher(api).results().map(m -> m.group(1)).toList())
                .isEqualTo(OFFERED.apply(
                        coordinatorOfRules.get("/trajectories/new" + q).body()));
        assertThat(api).contains("\"more\":false").doesNotContain("Elders", "Rachid", "Jonas");

        String none = coordinatorOfRules.get("/trajectories/new?q=Elders").body();
        assertThat(OFFERED.apply(none)).isEmpty();
        assertThat(none).contains("id=\"none-startable\"").contains("value=\"Elders\"");
        assertThat(coordinatorOfRules
                        .get(waitingForm(rulesProgramme) + "?q=Elders")
                        .body())
                .contains("id=\"none-waiting-candidates\"");
    }

    @Test
    void aParticipantChosenOnTheirPageIsOfferedWhereverTheyComeInTheOrder() {
        String last = lastStartableOfMany();
        assertThat(inNameOrder(many, NO_OPEN_TRAJECTORY, BOUND)).doesNotContain(last);

        String page =
                coordinatorOfMany.get("/trajectories/new?participant=" + last).body();
        List<String> offered = OFFERED.apply(page);
        assertThat(offered).hasSize(BOUND + 1).first().isEqualTo(last);
        assertThat(page).contains("<option value=\"" + last + "\" selected=\"selected\">");

        // the search form carries them on, so that searching from their page does not lose them
        assertThat(searchForm(page)).contains("<input type=\"hidden\" name=\"participant\" value=\"" + last + "\">");
        String searched = coordinatorOfMany
                .get("/trajectories/new?participant=" + last + "&q="
                        + URLEncoder.encode("Keuze 0", StandardCharsets.UTF_8))
                .body();
        assertThat(OFFERED.apply(searched)).first().isEqualTo(last);
        assertThat(searched).contains("<option value=\"" + last + "\" selected=\"selected\">");
        assertThat(searchForm(coordinatorOfMany.get("/trajectories/new").body()))
                .doesNotContain("name=\"participant\"");

        // one with an open trajectory cannot be chosen: the choice is as without them (not archived, so that it is the
        // open trajectory that keeps them out)
        String open = owner.sql("""
                        select p.id from participant p where p.organisation_id = ? and p.archived_at is null and exists
                          (select 1 from trajectory t where t.participant_id = p.id and t.closed_on is null)
                        order by lower(p.name), p.id limit 1""").param(many).query(UUID.class).single().toString();
        assertThat(OFFERED.apply(coordinatorOfMany
                        .get("/trajectories/new?participant=" + open)
                        .body()))
                .isEqualTo(inNameOrder(many, NO_OPEN_TRAJECTORY, BOUND));
    }

    @Test
    void aRefusedStartKeepsTheSearchAndTheChoice() {
        String last = lastStartableOfMany();
        var refused = coordinatorOfMany.post(
                "/trajectories", java.util.Map.of("participant", last, "coach", "", "q", "Keuze 2"));
        assertThat(refused.statusCode()).isEqualTo(200);
        assertThat(refused.body())
                .contains("id=\"coach-error\"")
                .contains("value=\"Keuze 2\"")
                .contains("<option value=\"" + last + "\" selected=\"selected\">");
        assertThat(OFFERED.apply(refused.body())).first().isEqualTo(last);
    }

    @Test
    void theWaitingFormsSearchKeepsTheParticipantChosenInARefusedFormWhileTheyAreOffered() {
        List<String> all = inNameOrder(many, notWaiting(manyProgramme), 1000);
        String last = all.get(all.size() - 1);
        String refused = coordinatorOfMany
                .post("/programmes/" + manyProgramme + "/waiting", Map.of("participant", last, "q", "Keuze 2"))
                .body();
        assertThat(OFFERED.apply(refused)).first().isEqualTo(last);
        assertThat(searchForm(refused)).contains("<input type=\"hidden\" name=\"participant\" value=\"" + last + "\">");

        // the search the refused form offers keeps them, first and chosen, whatever is searched
        String searched = coordinatorOfMany
                .get(waitingForm(manyProgramme) + "?participant=" + last + "&q="
                        + URLEncoder.encode("Keuze 0", StandardCharsets.UTF_8))
                .body();
        assertThat(OFFERED.apply(searched)).first().isEqualTo(last);
        assertThat(searched).contains("<option value=\"" + last + "\" selected=\"selected\">");
        assertThat(searchForm(coordinatorOfMany.get(waitingForm(manyProgramme)).body()))
                .doesNotContain("name=\"participant\"");

        // one who waits already is not offered, and the search does not carry them on
        // one who is not archived: an archived one is not offered anyway, whether waiting or not
        String waiting = owner.sql("select w.participant_id from waiting_entry w join participant p on p.id ="
                        + " w.participant_id where w.programme_id = ? and p.archived_at is null order by p.name"
                        + " limit 1")
                .param(manyProgramme)
                .query(UUID.class)
                .single()
                .toString();
        String notOffered = coordinatorOfMany
                .get(waitingForm(manyProgramme) + "?participant=" + waiting)
                .body();
        assertThat(OFFERED.apply(notOffered)).isEqualTo(inNameOrder(many, notWaiting(manyProgramme), BOUND));
        assertThat(searchForm(notOffered)).doesNotContain("name=\"participant\"");
    }

    @Test
    void aParticipantIdTypedInUpperCaseIsChosenAsTheIdItIs() {
        String last = lastStartableOfMany();
        String start = coordinatorOfMany
                .get("/trajectories/new?participant=" + last.toUpperCase(Locale.ROOT))
                .body();
        assertThat(OFFERED.apply(start)).first().isEqualTo(last);
        assertThat(start).contains("<option value=\"" + last + "\" selected=\"selected\">");
        assertThat(searchForm(start)).contains("<input type=\"hidden\" name=\"participant\" value=\"" + last + "\">");

        List<String> all = inNameOrder(many, notWaiting(manyProgramme), 1000);
        String lastWaiting = all.get(all.size() - 1);
        String waiting = coordinatorOfMany
                .get(waitingForm(manyProgramme) + "?participant=" + lastWaiting.toUpperCase(Locale.ROOT))
                .body();
        assertThat(OFFERED.apply(waiting)).first().isEqualTo(lastWaiting);
        assertThat(waiting).contains("<option value=\"" + lastWaiting + "\" selected=\"selected\">");
        assertThat(searchForm(waiting))
                .contains("<input type=\"hidden\" name=\"participant\" value=\"" + lastWaiting + "\">");
    }

    /**
     * An id as a social worker pastes it, from a mail or a document: in upper case, with spaces around it (a
     * non-breaking one, a zero-width space; a tab or a line break every single-line field refuses, TextInput). Both
     * forms read it by one rule ({@code ParticipantId.typed}).
     */
    static String pasted(String id) {
        return "\u00A0 " + id.toUpperCase(Locale.ROOT) + " \u200B";
    }

    @Test
    void aParticipantIdPastedWithSpacesAroundItInEitherCaseChoosesThatParticipantOnBothForms() {
        String last = lastStartableOfMany();
        String start = coordinatorOfMany
                .get("/trajectories/new?participant=" + URLEncoder.encode(pasted(last), StandardCharsets.UTF_8))
                .body();
        assertThat(OFFERED.apply(start)).first().isEqualTo(last);
        assertThat(start).contains("<option value=\"" + last + "\" selected=\"selected\">");

        List<String> all = inNameOrder(many, notWaiting(manyProgramme), 1000);
        String lastWaiting = all.get(all.size() - 1);
        String waiting = coordinatorOfMany
                .get(waitingForm(manyProgramme) + "?participant="
                        + URLEncoder.encode(pasted(lastWaiting), StandardCharsets.UTF_8))
                .body();
        assertThat(OFFERED.apply(waiting)).first().isEqualTo(lastWaiting);
        assertThat(waiting).contains("<option value=\"" + lastWaiting + "\" selected=\"selected\">");

        // sent so, the start and the waiting list take that participant
        UUID organisation = accounts.organisation("Choices scale: a pasted id");
        TestAccounts.Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        TestAccounts.Account coach = accounts.account(organisation, Role.PROFESSIONAL);
        UUID amina = accounts.consentedParticipant(organisation, "Amina Geplakt", "{Nederlands}", coordinator, coach);
        WebSession session = accounts.signedIn(coordinator);
        var started = session.post(
                "/trajectories",
                Map.of(
                        "participant",
                        pasted(amina.toString()),
                        "coach",
                        coach.id().toString()));
        assertThat(started.statusCode()).as(started.body()).isEqualTo(302);
        assertThat(participantsWhere("trajectory", "organisation_id", organisation))
                .containsExactly(amina);
        UUID programme = ProgrammeFixtures.programme(session, "Geplakt").programme;
        var added = session.post("/programmes/" + programme + "/waiting", intake(pasted(amina.toString())));
        assertThat(added.statusCode()).as(added.body()).isEqualTo(302);
        assertThat(participantsWhere("waiting_entry", "programme_id", programme))
                .containsExactly(amina);
    }

    /** The participants of the rows of {@code table} whose {@code column} holds {@code value}. */
    private List<UUID> participantsWhere(String table, String column, UUID value) {
        return owner.sql("select participant_id from " + table + " where " + column + " = ?")
                .param(value)
                .query(UUID.class)
                .list();
    }

    /** The waiting form filled in, with the participant as typed and a search for "Amina". */
    private static Map<String, String> intake(String participant) {
        Map<String, String> intake = new java.util.HashMap<>(
                Map.of("participant", participant, "age", "34", "gender", "WOMAN", "interests", "koken", "q", "Amina"));
        intake.putAll(IntakeLanguages.lines("nl", "A2"));
        return intake;
    }

    @Test
    void aParticipantThatIsNoIdIsRefusedWithEachFormsOwnMessageKeepingWhatWasTyped() {
        UUID organisation = accounts.organisation("Choices scale: no id");
        TestAccounts.Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        TestAccounts.Account coach = accounts.account(organisation, Role.PROFESSIONAL);
        UUID amina = accounts.consentedParticipant(organisation, "Amina Getypt", "{Nederlands}", coordinator, coach);
        WebSession session = accounts.signedIn(coordinator);
        Map<String, String> english = Map.of("Accept-Language", "en");
        // a name, an id cut short (which UUID.fromString alone would read as another id), an id with a character too
        // many, an id in braces
        for (String typed :
                List.of("Amina", "1-2-3-4-5", amina.toString().substring(1), amina + "0", "{" + amina + "}")) {
            var start = session.post(
                    "/trajectories",
                    Map.of("participant", typed, "coach", coach.id().toString(), "q", "Amina"),
                    english);
            assertThat(start.statusCode()).as(typed).isEqualTo(400);
            assertThat(start.body())
                    .as(typed)
                    .contains("id=\"participant-error\"")
                    .contains("Choose a participant from the list")
                    .contains("value=\"Amina\"")
                    .contains("<option value=\"" + coach.id() + "\" selected=\"selected\">");
        }
        // a field holding only what a paste brings along is empty, not an id mistyped
        for (String blank : List.of("\u00A0", "\u200B")) {
            var start = session.post(
                    "/trajectories",
                    Map.of("participant", blank, "coach", coach.id().toString(), "q", "Amina"),
                    english);
            assertThat(start.statusCode())
                    .as("a field left empty is no tampering")
                    .isEqualTo(200);
            assertThat(start.body())
                    .contains("id=\"participant-error\"")
                    .contains("Fill this in.")
                    .doesNotContain("Choose a participant from the list");
        }
        assertThat(owner.sql("select count(*) from trajectory where organisation_id = ?")
                        .param(organisation)
                        .query(Integer.class)
                        .single())
                .isZero();

        UUID programme = ProgrammeFixtures.programme(session, "Getypt").programme;
        var waiting = session.post("/programmes/" + programme + "/waiting", intake("1-2-3-4-5"), english);
        assertThat(waiting.statusCode()).isEqualTo(200);
        assertThat(waiting.body())
                .contains("id=\"participant-error\"")
                .contains("Choose a participant")
                .contains("value=\"Amina\"")
                .contains("value=\"koken\"")
                .contains("value=\"34\"");
    }

    @Test
    void aParticipantOfAnotherOrganisationNamedInTheRequestIsNeitherOfferedNorNamed() {
        UUID elsewhere = accounts.organisation("Choices scale: elsewhere");
        UUID stranger = accounts.consentedParticipant(
                elsewhere, "Zora Vreemdeling", "{Nederlands}", accounts.account(elsewhere, Role.COORDINATOR));

        String page = coordinatorOfFew
                .get("/trajectories/new?participant=" + stranger)
                .body();
        assertThat(OFFERED.apply(page)).isEqualTo(inNameOrder(few, NO_OPEN_TRAJECTORY, 3));
        assertThat(page).doesNotContain("Zora Vreemdeling");
        assertThat(main(page)).doesNotContain(stranger.toString());

        // nor does the waiting form, from its address or from a refused form (here: no intake)
        String named = coordinatorOfFew
                .get(waitingForm(fewProgramme) + "?participant=" + stranger)
                .body();
        assertThat(OFFERED.apply(named)).isEqualTo(inNameOrder(few, notWaiting(fewProgramme), 3));
        assertThat(named).doesNotContain("Zora Vreemdeling");
        assertThat(main(named))
                .as("the language links keep the address, not the page")
                .doesNotContain(stranger.toString());
        String refused = coordinatorOfFew
                .post("/programmes/" + fewProgramme + "/waiting", Map.of("participant", stranger.toString()))
                .body();
        assertThat(OFFERED.apply(refused)).isEqualTo(inNameOrder(few, notWaiting(fewProgramme), 3));
        assertThat(refused).doesNotContain("Zora Vreemdeling", stranger.toString());
    }

    @Test
    void aProfessionalWhoWorksWithTheirCaseloadIsOfferedNobodyElseNorTheirName() {
        UUID organisation = accounts.organisation("Choices scale: caseloads only");
        TestAccounts.Account coordinator = accounts.account(organisation, Role.COORDINATOR);
        TestAccounts.Account professional = accounts.account(organisation, Role.PROFESSIONAL);
        UUID own = accounts.consentedParticipant(organisation, "Noor Eigen", "{Nederlands}", coordinator, professional);
        UUID notOwn = accounts.consentedParticipant(organisation, "Zora Buiten", "{Nederlands}", coordinator);
        WebSession session = accounts.signedIn(professional);

        String page = session.get("/trajectories/new?participant=" + notOwn).body();
        assertThat(OFFERED.apply(page)).containsExactly(own.toString());
        assertThat(page).contains("Noor Eigen").doesNotContain("Zora Buiten");
        assertThat(main(page)).doesNotContain(notOwn.toString());
        String searched = session.get("/trajectories/new?participant=" + notOwn + "&q=Zora")
                .body();
        assertThat(OFFERED.apply(searched)).isEmpty();
        assertThat(searched).contains("id=\"none-startable\"").doesNotContain("Zora Buiten");
        assertThat(main(searched)).doesNotContain(notOwn.toString());

        String api = session.getJson("/api/v1/trajectories/start-choices").body();
        assertThat(JSON_PARTICIPANT.matcher(api).results().map(m -> m.group(1)).toList())
                .containsExactly(own.toString());
        assertThat(api).doesNotContain("Zora Buiten", notOwn.toString());
        String apiSearched = session.getJson("/api/v1/trajectories/start-choices?search=Zora")
                .body();
        assertThat(apiSearched).contains("\"participants\":[]").doesNotContain("Zora Buiten", notOwn.toString());
    }

    @Test
    void theApiRefusesASearchLongerThanANameCanBeNamingTheField() {
        String longest = "a".repeat(100);
        var taken = coordinatorOfFew.getJson("/api/v1/trajectories/start-choices?search=" + longest);
        assertThat(taken.statusCode()).isEqualTo(200);
        assertThat(taken.body()).contains("\"participants\":[]");
        var refused = coordinatorOfFew.getJson("/api/v1/trajectories/start-choices?search=" + longest + "a");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"search\"");
        // measured once stripped, as the pages cut it
        var padded = coordinatorOfFew.getJson("/api/v1/trajectories/start-choices?search=%20%20" + longest + "%20");
        assertThat(padded.statusCode()).isEqualTo(200);
    }

    /**
     * The page's own content: the language links around it repeat the address asked for (the id one sent oneself), the
     * page itself must not carry an id it does not offer.
     */
    private static String main(String page) {
        int start = page.indexOf("<main");
        assertThat(start).as("the page has its main content").isNotNegative();
        return page.substring(start, page.indexOf("</main>", start));
    }

    /** The search form of the page that starts a trajectory. */
    private static String searchForm(String page) {
        int start = page.indexOf("role=\"search\"");
        assertThat(start).as("the page has its search form").isNotNegative();
        return page.substring(start, page.indexOf("</form>", start));
    }

    /** The last of the participants of the organisation of 250 a trajectory can be started for, in name order. */
    private String lastStartableOfMany() {
        List<String> all = inNameOrder(many, NO_OPEN_TRAJECTORY, 1000);
        return all.get(all.size() - 1);
    }

    private List<String> names(String page) {
        return Pattern.compile("<option value=\"[0-9a-f-]{36}\"[^>]*>([^<]+)</option>")
                .matcher(page.substring(page.indexOf("<select id=\"participant\""), page.indexOf("</select>")))
                .results()
                .map(m -> m.group(1))
                .toList();
    }
}
