package be.brugwerk.roles.engine;

import static be.brugwerk.roles.engine.RoleFixtures.northOfTheCafe;
import static be.brugwerk.roles.engine.RoleFixtures.participant;
import static be.brugwerk.roles.engine.RoleFixtures.randomRun;
import static be.brugwerk.roles.engine.RoleFixtures.role;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.SUNDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class MinCostFlowRoleMatchingUnitTests {

    private final RoleMatcher matcher = new MinCostFlowRoleMatching();
    private final RoleMatchingRules rules = RoleMatchingRules.DEFAULT;

    private RoleMatchingResult match(List<OpenRole> roles, List<Candidate> candidates) {
        return matcher.match(roles, candidates, rules);
    }

    private static List<String> pairs(RoleMatchingResult result) {
        return result.proposals().stream()
                .map(proposal -> proposal.roleId() + "-" + proposal.participantId())
                .toList();
    }

    private static Map<RoleCriterion, String> points(RoleProposal proposal) {
        Map<RoleCriterion, String> points = new HashMap<>();
        proposal.explanation()
                .forEach(part -> points.put(part.criterion(), part.points().toPlainString()));
        return points;
    }

    @Test
    void proposesNothingWithoutRolesOrParticipants() {
        assertThat(match(List.of(), List.of()).proposals()).isEmpty();
        assertThat(match(List.of(role("r").open()), List.of()).proposals()).isEmpty();
        RoleMatchingResult nobodyToAsk =
                match(List.of(), List.of(participant("p").candidate()));
        assertThat(nobodyToAsk.proposals()).isEmpty();
        assertThat(nobodyToAsk.unmatched()).containsExactly("p");
    }

    @Test
    void scoresAPerfectFitAtTheRolesDoorAsEveryWeightTogether() {
        RoleMatchingResult result =
                match(List.of(role("r").open()), List.of(participant("p").candidate()));

        RoleProposal proposal = result.proposals().get(0);
        // talents 10 x 1/1, learning 0 (the role teaches nothing), language 3, accessibility 2 (none needed),
        // distance 4 x (1 - 0/5), times 3 (the role states no days)
        assertThat(proposal.score()).isEqualByComparingTo("22.000");
        assertThat(points(proposal))
                .containsEntry(RoleCriterion.TALENTS, "10.000")
                .containsEntry(RoleCriterion.LEARNING, "0.000")
                .containsEntry(RoleCriterion.LANGUAGE, "3.000")
                .containsEntry(RoleCriterion.ACCESSIBILITY, "2.000")
                .containsEntry(RoleCriterion.DISTANCE, "4.000")
                .containsEntry(RoleCriterion.TIMES, "3.000");
        assertThat(proposal.kilometres()).isEqualTo(0.0);
    }

    @Test
    void measuresFromTheNearestOfTheParticipantsOwnPlaces() {
        // 0.01 degree north is 6371.0088 km x pi / 18000 = 1.1119508 km; 4 x (1 - 1.1119508 / 5) = 3.1104394
        Candidate twoPlaces = participant("p")
                .goesTo(northOfTheCafe(0.03), northOfTheCafe(0.01))
                .candidate();

        RoleProposal proposal =
                match(List.of(role("r").open()), List.of(twoPlaces)).proposals().get(0);

        assertThat(proposal.kilometres()).isCloseTo(1.1119508, within(1e-6));
        assertThat(points(proposal)).containsEntry(RoleCriterion.DISTANCE, "3.110");
        assertThat(proposal.explanation().get(4).arguments()).containsExactly("1.1");
    }

    @Test
    void countsTheShareOfTheAskedTalentsAndOfWhatOneCanLearn() {
        OpenRole meal = role("meal")
                .asks("COOKING", "WELCOMING", "CLEANING")
                .teaches("COOKING", "ORGANISING")
                .open();
        Candidate cook = participant("p")
                .shares("COOKING", "CLEANING", "MUSIC")
                .wantsToLearn("ORGANISING")
                .candidate();

        RoleProposal proposal = match(List.of(meal), List.of(cook)).proposals().get(0);

        // talents 10 x 2/3 = 6.667, learning 2 x 1/2 = 1
        assertThat(points(proposal))
                .containsEntry(RoleCriterion.TALENTS, "6.667")
                .containsEntry(RoleCriterion.LEARNING, "1.000");
        assertThat(proposal.score()).isEqualByComparingTo("19.667");
        assertThat(proposal.explanation().get(0).arguments()).containsExactly("2", "3", "CLEANING,COOKING");
        assertThat(proposal.explanation().get(0).messageKey()).isEqualTo("roles.reason.TALENTS.shared");
    }

    @Test
    void proposesNobodyWhoSharesNoneOfTheAskedTalents() {
        RoleMatchingResult result = match(
                List.of(role("r").asks("REPAIRS").open()),
                List.of(participant("p").shares("MUSIC").candidate()));

        assertThat(result.proposals()).isEmpty();
        assertThat(result.candidatePairs()).isZero();
    }

    @Test
    void leavesOutAParticipantFartherThanTheMaximumDistance() {
        // 0.05 degree north is 5.56 km, beyond the 5 km of the default rules
        RoleMatchingResult result = match(
                List.of(role("r").open()),
                List.of(participant("p").goesTo(northOfTheCafe(0.05)).candidate()));

        assertThat(result.proposals()).isEmpty();
    }

    @Test
    void proposesAParticipantWithoutPlacesWithoutDistancePoints() {
        RoleProposal proposal = match(
                        List.of(role("r").open()),
                        List.of(participant("p").goesTo().candidate()))
                .proposals()
                .get(0);

        assertThat(proposal.kilometres()).isNull();
        assertThat(proposal.explanation().get(4).messageKey()).isEqualTo("roles.reason.DISTANCE.unknown");
        assertThat(proposal.score()).isEqualByComparingTo("18.000");
    }

    @Test
    void leavesOutAPlaceKnownNotToMeetAnAccessNeed() {
        Candidate wheelchair = participant("p").needs(Access.STEP_FREE).candidate();

        assertThat(match(List.of(role("r").offers(Access.STEP_FREE, false).open()), List.of(wheelchair))
                        .proposals())
                .isEmpty();
        RoleProposal unknown = match(List.of(role("r").open()), List.of(wheelchair))
                .proposals()
                .get(0);
        assertThat(points(unknown)).containsEntry(RoleCriterion.ACCESSIBILITY, "0.000");
        assertThat(unknown.explanation().get(3).arguments()).containsExactly("0", "1");
        RoleProposal stepFree = match(
                        List.of(role("r").offers(Access.STEP_FREE, true).open()), List.of(wheelchair))
                .proposals()
                .get(0);
        assertThat(points(stepFree)).containsEntry(RoleCriterion.ACCESSIBILITY, "2.000");
    }

    @Test
    void leavesOutAParticipantWhoCannotTakePartOnAnyOfTheRolesDays() {
        OpenRole saturdays = role("r").on(SATURDAY).open();

        RoleMatchingResult weekdaysOnly = match(
                List.of(saturdays),
                List.of(participant("p").free(MONDAY, TUESDAY).candidate()));

        assertThat(weekdaysOnly.proposals()).isEmpty();
        assertThat(weekdaysOnly.candidatePairs()).isZero();
    }

    @Test
    void countsTheRolesDaysOnWhichTheParticipantCanTakePart() {
        OpenRole threeDays = role("r").on(MONDAY, WEDNESDAY, SATURDAY).open();

        RoleProposal proposal = match(
                        List.of(threeDays),
                        List.of(participant("p").free(SATURDAY, SUNDAY).candidate()))
                .proposals()
                .get(0);

        // 3 x 1/3 = 1
        assertThat(points(proposal)).containsEntry(RoleCriterion.TIMES, "1.000");
        assertThat(proposal.explanation().get(5).messageKey()).isEqualTo("roles.reason.TIMES.shared");
        assertThat(proposal.explanation().get(5).arguments()).containsExactly("1", "3", "SATURDAY");
        assertThat(proposal.score()).isEqualByComparingTo("20.000");
    }

    @Test
    void neverRulesOutUnknownDaysButGivesThemNoPoints() {
        RoleProposal unknownParticipant = match(
                        List.of(role("r").on(SATURDAY, MONDAY).open()),
                        List.of(participant("p").candidate()))
                .proposals()
                .get(0);
        assertThat(points(unknownParticipant)).containsEntry(RoleCriterion.TIMES, "0.000");
        assertThat(unknownParticipant.explanation().get(5).messageKey()).isEqualTo("roles.reason.TIMES.unknown");
        assertThat(unknownParticipant.explanation().get(5).arguments()).containsExactly("MONDAY,SATURDAY");

        RoleProposal anyDay = match(
                        List.of(role("r").open()),
                        List.of(participant("p").free(SUNDAY).candidate()))
                .proposals()
                .get(0);
        assertThat(points(anyDay)).containsEntry(RoleCriterion.TIMES, "3.000");
        assertThat(anyDay.explanation().get(5).messageKey()).isEqualTo("roles.reason.TIMES.noneAsked");
    }

    @Test
    void prefersWhoIsKnownToBeFreeOnTheRolesDays() {
        // both fit the role otherwise alike; the one known to be free on Saturday gets its one place
        RoleMatchingResult result = match(
                List.of(role("r").on(SATURDAY).open()),
                List.of(
                        participant("a-unknown").candidate(),
                        participant("b-free").free(SATURDAY).candidate()));

        assertThat(pairs(result)).containsExactly("r-b-free");
    }

    @Test
    void givesNoLanguagePointsToSomeoneWhoSpeaksNoneOfTheRolesLanguages() {
        RoleProposal proposal = match(
                        List.of(role("r").in("nl").open()),
                        List.of(participant("p").speaks("ar").candidate()))
                .proposals()
                .get(0);

        assertThat(points(proposal)).containsEntry(RoleCriterion.LANGUAGE, "0.000");
        assertThat(proposal.explanation().get(2).arguments()).containsExactly("nl");
    }

    @Test
    void fillsARoleUpToItsOpenPlacesAndNoFurther() {
        OpenRole twoPlaces = role("r").places(2).open();
        List<Candidate> three = List.of(
                participant("a").candidate(),
                participant("b").goesTo(northOfTheCafe(0.01)).candidate(),
                participant("c").goesTo(northOfTheCafe(0.02)).candidate());

        RoleMatchingResult result = match(List.of(twoPlaces), three);

        assertThat(pairs(result)).containsExactly("r-a", "r-b");
        assertThat(result.unmatched()).containsExactly("c");
    }

    @Test
    void proposesAParticipantForOneRoleAtMost() {
        RoleMatchingResult result = match(
                List.of(
                        role("near").open(),
                        role("far").at(northOfTheCafe(0.02)).open()),
                List.of(participant("p").candidate()));

        assertThat(pairs(result)).containsExactly("near-p");
    }

    @Test
    void givesTheWholeRunItsBestRatherThanEachRoleItsBestInTurn() {
        // the cook fits both roles and the meal a little better; the gardener fits only the meal. Greedy would give
        // the meal to the cook and leave the gardener out.
        OpenRole meal = role("a-meal").asks("COOKING", "GARDENING").open();
        OpenRole kitchen =
                role("b-kitchen").asks("COOKING").at(northOfTheCafe(0.01)).open();
        Candidate cook = participant("cook").shares("COOKING", "GARDENING").candidate();
        Candidate gardener = participant("gardener").shares("GARDENING").candidate();

        RoleMatchingResult result = match(List.of(meal, kitchen), List.of(cook, gardener));

        assertThat(pairs(result)).containsExactlyInAnyOrder("a-meal-gardener", "b-kitchen-cook");
    }

    @Test
    void givesTheSameProposalsWhateverTheOrderOfTheInput() {
        for (long seed = 0; seed < 50; seed++) {
            RoleFixtures.Run run = randomRun(seed);
            List<OpenRole> roles = new ArrayList<>(run.roles());
            List<Candidate> candidates = new ArrayList<>(run.candidates());
            Collections.shuffle(roles, new Random(seed));
            Collections.shuffle(candidates, new Random(seed + 1));

            assertThat(match(roles, candidates)).as("seed %d", seed).isEqualTo(match(run.roles(), run.candidates()));
        }
    }

    @Test
    void refusesTwoRolesWithOneId() {
        assertThatThrownBy(() -> match(List.of(role("r").open(), role("r").open()), List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("role r");
    }

    @Test
    void refusesTwoParticipantsWithOneId() {
        assertThatThrownBy(() -> match(
                        List.of(),
                        List.of(participant("p").candidate(), participant("p").candidate())))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("candidate p");
    }

    @Test
    void refusesARoleWithoutOpenPlaces() {
        assertThatThrownBy(() -> role("r").places(0).open()).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesAnExplanationThatDoesNotAddUpToTheScore() {
        List<ReasonPart> parts =
                List.of(new ReasonPart(RoleCriterion.TALENTS, new BigDecimal("10.000"), "shared", List.of()));

        assertThatThrownBy(() -> new RoleProposal("r", "p", new BigDecimal("11.000"), parts, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    static LongStream seeds() {
        return LongStream.range(0, 300);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void findsTheBruteForceOptimumOnSmallRandomRuns(long seed) {
        RoleFixtures.Run run = randomRun(seed);
        RoleMatchingResult result = match(run.roles(), run.candidates());

        double best = bruteForce(run, new RoleScoring(rules));

        assertThat(result.totalScore().doubleValue()).as("seed %d", seed).isCloseTo(best, within(1e-6));
        assertRespectsCapacities(run, result);
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void explainsEveryProposalWithPartsThatAddUpToItsScore(long seed) {
        RoleFixtures.Run run = randomRun(seed);

        for (RoleProposal proposal : match(run.roles(), run.candidates()).proposals()) {
            assertThat(proposal.explanation())
                    .extracting(ReasonPart::criterion)
                    .containsExactly(RoleCriterion.values());
            BigDecimal sum =
                    proposal.explanation().stream().map(ReasonPart::points).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).isEqualByComparingTo(proposal.score());
            assertThat(proposal.explanation())
                    .allSatisfy(part ->
                            assertThat(RoleScoring.FACTS.get(part.criterion())).contains(part.fact()));
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void weighsEveryPairByTheStatedFormulaAndExplainsItAtThatScore(long seed) {
        RoleFixtures.Run run = randomRun(seed);
        RoleScoring scoring = new RoleScoring(rules);

        for (Candidate candidate : run.candidates()) {
            for (OpenRole role : run.roles()) {
                long expected = byTheFormula(candidate, role);
                String pair = "seed " + seed + ": " + role.id() + "-" + candidate.id();
                assertThat(scoring.milliPoints(candidate, role)).as(pair).isEqualTo(expected);
                assertThat(scoring.explain(candidate, role)
                                .score()
                                .unscaledValue()
                                .longValueExact())
                        .as(pair)
                        .isEqualTo(expected);
                assertThat(scoring.allows(candidate, role)).as(pair).isEqualTo(allowedByTheRules(candidate, role));
            }
        }
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void statesEachPartsFactAtThePointsTheWeighingGaveIt(long seed) {
        RoleFixtures.Run run = randomRun(seed);
        RoleScoring scoring = new RoleScoring(rules);

        for (Candidate candidate : run.candidates()) {
            for (OpenRole role : run.roles()) {
                for (ReasonPart part : scoring.explain(candidate, role).explanation()) {
                    long weighed = scoring.milliPoints(part.criterion(), candidate, role);
                    String said = "seed " + seed + ": " + role.id() + "-" + candidate.id() + " " + part.messageKey()
                            + part.arguments();
                    assertThat(part.points().unscaledValue().longValueExact())
                            .as(said)
                            .isEqualTo(weighed);
                    double weight = rules.weights().of(part.criterion());
                    if (part.fact().equals("km")) {
                        // the km are stated to one decimal: the points they say are as near as that rounding allows
                        double km = Double.parseDouble(part.arguments().get(0));
                        assertThat(weighed / 1000.0)
                                .as(said)
                                .isCloseTo(
                                        weight * Math.max(0, Math.min(1, 1 - km / rules.maxDistanceKm())),
                                        within(weight * 0.05 / rules.maxDistanceKm() + 0.0005));
                    } else {
                        assertThat(weighed).as(said).isEqualTo(thousandths(weight, measureStatedBy(part)));
                    }
                }
            }
        }
    }

    /** The measure a part's fact and arguments say, by RoleScoring's Javadoc; the km apart. */
    private static double measureStatedBy(ReasonPart part) {
        List<String> arguments = part.arguments();
        return switch (part.criterion() + "." + part.fact()) {
            case "TALENTS.shared", "LEARNING.shared", "ACCESSIBILITY.met", "TIMES.shared" ->
                Integer.parseInt(arguments.get(0)) / (double) Integer.parseInt(arguments.get(1));
            case "LANGUAGE.shared", "LANGUAGE.noneAsked", "ACCESSIBILITY.noneNeeded", "TIMES.noneAsked" -> 1;
            case "TALENTS.noneAsked",
                    "LEARNING.none",
                    "LEARNING.noneTaught",
                    "LANGUAGE.none",
                    "DISTANCE.unknown",
                    "TIMES.unknown" -> 0;
            default -> throw new AssertionError("a fact RoleScoring.FACTS does not know: " + part.messageKey());
        };
    }

    /** RoleScoring's Javadoc word for word, on whole sets: the sum of each weight x measure in rounded thousandths. */
    private long byTheFormula(Candidate candidate, OpenRole role) {
        RoleWeights weights = rules.weights();
        Set<java.time.DayOfWeek> commonDays = both(role.days(), candidate.days());
        OptionalDouble km = candidate.places().stream()
                .mapToDouble(place -> place.kilometresTo(role.place()))
                .min();
        long met = candidate.needs().stream()
                .filter(need -> Boolean.TRUE.equals(role.offers(need)))
                .count();
        return thousandths(weights.talents(), share(both(role.asks(), candidate.shares()), role.asks(), 0))
                + thousandths(
                        weights.learning(), share(both(role.teaches(), candidate.wantsToLearn()), role.teaches(), 0))
                + thousandths(
                        weights.language(),
                        role.languages().isEmpty()
                                        || !both(role.languages(), candidate.languages())
                                                .isEmpty()
                                ? 1
                                : 0)
                + thousandths(
                        weights.accessibility(),
                        candidate.needs().isEmpty()
                                ? 1
                                : met / (double) candidate.needs().size())
                + thousandths(
                        weights.distance(),
                        km.isEmpty() ? 0 : Math.max(0, Math.min(1, 1 - km.getAsDouble() / rules.maxDistanceKm())))
                + thousandths(
                        weights.times(),
                        role.days().isEmpty() ? 1 : candidate.days().isEmpty() ? 0 : share(commonDays, role.days(), 0));
    }

    private boolean allowedByTheRules(Candidate candidate, OpenRole role) {
        OptionalDouble km = candidate.places().stream()
                .mapToDouble(place -> place.kilometresTo(role.place()))
                .min();
        return (role.asks().isEmpty() || !both(role.asks(), candidate.shares()).isEmpty())
                && (km.isEmpty() || km.getAsDouble() <= rules.maxDistanceKm())
                && (role.days().isEmpty()
                        || candidate.days().isEmpty()
                        || !both(role.days(), candidate.days()).isEmpty())
                && candidate.needs().stream().noneMatch(need -> Boolean.FALSE.equals(role.offers(need)));
    }

    private static <T> Set<T> both(Set<T> a, Set<T> b) {
        Set<T> both = new HashSet<>(a);
        both.retainAll(b);
        return both;
    }

    private static double share(Set<?> part, Set<?> whole, double whenEmpty) {
        return whole.isEmpty() ? whenEmpty : part.size() / (double) whole.size();
    }

    private static long thousandths(double weight, double measure) {
        return Math.round(weight * measure * 1000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"nl", "fr", "en"})
    void saysEveryReasonInEachLanguage(String language) throws IOException {
        Properties bundle = new Properties();
        String path = "i18n/roles_" + language + ".properties";
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Set<String> keys = new TreeSet<>();
        RoleScoring.FACTS.forEach((criterion, facts) -> facts.forEach(
                fact -> keys.add(new ReasonPart(criterion, BigDecimal.ZERO, fact, List.of()).messageKey())));
        Set<String> inBundle = bundle.stringPropertyNames().stream()
                .filter(key -> key.startsWith("roles.reason."))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(inBundle).isEqualTo(keys);
        for (RoleCriterion criterion : RoleCriterion.values()) {
            assertThat(bundle.getProperty("roles.criterion." + criterion))
                    .as(criterion.name())
                    .isNotBlank();
        }
    }

    @Test
    void statesEveryFactOnSomeRandomRun() {
        Set<String> stated = new TreeSet<>();
        for (long seed = 0; seed < 300; seed++) {
            RoleFixtures.Run run = randomRun(seed);
            match(run.roles(), run.candidates())
                    .proposals()
                    .forEach(proposal -> proposal.explanation().forEach(part -> stated.add(part.messageKey())));
        }
        // TALENTS.noneAsked needs a role that asks no talent, which a valued role never is; it is checked by hand
        stated.add(scoreOfRoleAskingNothing().explanation().get(0).messageKey());
        Set<String> all = new TreeSet<>();
        RoleScoring.FACTS.forEach(
                (criterion, facts) -> facts.forEach(fact -> all.add("roles.reason." + criterion + "." + fact)));

        assertThat(stated).isEqualTo(all);
    }

    private RoleProposal scoreOfRoleAskingNothing() {
        RoleProposal proposal = match(
                        List.of(role("r").asks().open()),
                        List.of(participant("p").candidate()))
                .proposals()
                .get(0);
        assertThat(points(proposal)).containsEntry(RoleCriterion.TALENTS, "0.000");
        return proposal;
    }

    @ParameterizedTest
    @MethodSource("seeds")
    void neverProposesAPairWhoseKnownDaysDoNotMeetAndScoresTheirOverlap(long seed) {
        RoleFixtures.Run run = randomRun(seed);
        Map<String, OpenRole> roles = new HashMap<>();
        run.roles().forEach(role -> roles.put(role.id(), role));
        Map<String, Candidate> candidates = new HashMap<>();
        run.candidates().forEach(candidate -> candidates.put(candidate.id(), candidate));

        for (RoleProposal proposal : match(run.roles(), run.candidates()).proposals()) {
            Set<java.time.DayOfWeek> roleDays = roles.get(proposal.roleId()).days();
            Set<java.time.DayOfWeek> free =
                    candidates.get(proposal.participantId()).days();
            long common = roleDays.stream().filter(free::contains).count();
            double expected = roleDays.isEmpty() ? 3 : free.isEmpty() ? 0 : 3.0 * common / roleDays.size();
            assertThat(roleDays.isEmpty() || free.isEmpty() || common > 0)
                    .as("seed %d: %s", seed, pairs(new RoleMatchingResult(List.of(proposal), List.of(), 1)))
                    .isTrue();
            assertThat(Double.parseDouble(points(proposal).get(RoleCriterion.TIMES)))
                    .isCloseTo(expected, within(0.0005));
        }
    }

    /** The best total over every way of giving each participant one allowed role with places left, or none. */
    private static double bruteForce(RoleFixtures.Run run, RoleScoring scoring) {
        Map<String, Integer> left = new HashMap<>();
        run.roles().forEach(role -> left.put(role.id(), role.openPlaces()));
        return best(run, scoring, 0, left);
    }

    private static double best(RoleFixtures.Run run, RoleScoring scoring, int next, Map<String, Integer> left) {
        if (next == run.candidates().size()) {
            return 0;
        }
        Candidate candidate = run.candidates().get(next);
        double best = best(run, scoring, next + 1, left);
        for (OpenRole role : run.roles()) {
            if (left.get(role.id()) > 0 && scoring.allows(candidate, role)) {
                double score = scoring.explain(candidate, role).score().doubleValue();
                left.merge(role.id(), -1, Integer::sum);
                best = Math.max(best, score + best(run, scoring, next + 1, left));
                left.merge(role.id(), 1, Integer::sum);
            }
        }
        return best;
    }

    private static void assertRespectsCapacities(RoleFixtures.Run run, RoleMatchingResult result) {
        Map<String, Long> perRole =
                result.proposals().stream().collect(Collectors.groupingBy(RoleProposal::roleId, Collectors.counting()));
        run.roles()
                .forEach(
                        role -> assertThat(perRole.getOrDefault(role.id(), 0L)).isLessThanOrEqualTo(role.openPlaces()));
        assertThat(result.proposals().stream()
                        .map(RoleProposal::participantId)
                        .distinct()
                        .count())
                .isEqualTo(result.proposals().size());
    }
}
