package be.brugwerk.matching.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class MatchCommandUnitTests {

    @TempDir
    Path folder;

    private final ByteArrayOutputStream stdout = new ByteArrayOutputStream();
    private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();

    @Test
    void solvesACsvBMatchingWithAHeader() throws IOException {
        int exit = match(file("pairs.csv", "left,right,score", "ann,xavier,3", "ann,yara,5", "bob,yara,3"));

        assertThat(exit).isZero();
        JsonNode json = json();
        assertThat(json.get("objective").isIntegralNumber()).isTrue();
        assertThat(json.get("objective").asLong()).isEqualTo(6);
        assertThat(pairs(json)).containsExactly("ann-xavier", "bob-yara");
    }

    @Test
    void readsCapacitiesStatedOnAnyLineOfANode() throws IOException {
        int exit = match(file("capacities.csv", "a,x,1", "b,x,4,1,2", "", "c,x,3"));

        assertThat(exit).isZero();
        assertThat(json().get("objective").asLong()).isEqualTo(7);
        assertThat(pairs(json())).containsExactly("b-x", "c-x");
    }

    @Test
    void printsAFractionalObjectiveForFractionalScores() throws IOException {
        int exit = match(file("fractional.csv", "a,x,0.25", "b,y,1.5", "b,x,0.5"));

        assertThat(exit).isZero();
        assertThat(json().get("objective").isIntegralNumber()).isFalse();
        assertThat(json().get("objective").asDouble()).isEqualTo(1.75);
    }

    @Test
    void leavesOutPairsThatDoNotHelp() throws IOException {
        int exit = match(file("negative.csv", "a,x,-1", "b,y,0"));

        assertThat(exit).isZero();
        assertThat(out()).isEqualTo("{\"objective\":0,\"pairs\":[]}" + System.lineSeparator());
    }

    @Test
    void solvesADenseOrLibraryProblemWithOneBasedPairs() throws IOException {
        int exit = match(file("assign3.txt", " 3", " 6 4 2 5 3", " 7 4 8 6"));

        assertThat(exit).isZero();
        assertThat(json().get("objective").asLong()).isEqualTo(9);
        assertThat(pairs(json())).containsExactly("1-3", "2-2", "3-1");
        assertThat(stdout.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
    }

    @Test
    void solvesASparseProblem() throws IOException {
        int exit = match(file("sparse.txt", "2", "1 1 4", "1 2 1", "2 1 2"));

        assertThat(exit).isZero();
        assertThat(json().get("objective").asLong()).isEqualTo(3);
        assertThat(pairs(json())).containsExactly("1-2", "2-1");
    }

    @Test
    void readsAFileThatLooksSparseAsDenseWhenTold() throws IOException {
        // as sparse: arcs 1-2 (3), 2-3 (1), 3-1 (2) cost 6; as a dense matrix the best is 1 + 1 + 1 = 3
        Path file = file("latin.txt", "3", "1 2 3", "2 3 1", "3 1 2");

        assertThat(match(file)).isZero();
        assertThat(json().get("objective").asLong()).isEqualTo(6);
        stdout.reset();
        assertThat(match("--format", "dense", file.toString())).isZero();
        assertThat(json().get("objective").asLong()).isEqualTo(3);
    }

    @Test
    void ignoresAByteOrderMarkBeforeTheFirstLine() throws IOException {
        assertThat(match(file("bom.csv", "\uFEFFann,xavier,2"))).isZero();
        assertThat(pairs(json())).containsExactly("ann-xavier");
        stdout.reset();
        assertThat(match(file("bom.txt", "\uFEFF1", "5"))).isZero();
        assertThat(json().get("objective").asLong()).isEqualTo(5);
    }

    @Test
    void acceptsTheFormatAfterAnEqualsSign() throws IOException {
        assertThat(match("--format=sparse", file("sparse.txt", "1", "1 1 7").toString()))
                .isZero();
        assertThat(json().get("objective").asLong()).isEqualTo(7);
    }

    @Test
    void saysSoAndExitsWithOneWhenNoPerfectAssignmentExists() throws IOException {
        int exit = match(file("hall.txt", "2", "1 1 4", "2 1 2"));

        assertThat(exit).isEqualTo(MatchCommand.NO_PERFECT_ASSIGNMENT);
        assertThat(out()).isEmpty();
        assertThat(err()).hasSize(1).first().asString().contains("no perfect assignment exists");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            too few fields                 | a,x,1;b,y                    | line 2: expected left,right,score
            four fields                    | a,x,1,2                      | line 1: expected left,right,score
            score not a number             | left,right,score;a,x,1;b,y,high | line 3: the score 'high' is not a finite number
            infinite score                 | a,x,Infinity                 | line 1: the score 'Infinity' is not a finite number
            capacity zero                  | a,x,1,0,1                    | line 1: the left capacity '0' is not a whole number of at least 1
            capacity not whole             | a,x,1,1,1.5                  | line 1: the right capacity '1.5' is not a whole number
            conflicting capacity           | a,x,1,2,1;;a,y,1,3,1         | line 3: the left node a has capacity 3 here but 2 on line 1
            pair twice                     | a,x,1;a,x,2                  | line 2: the pair a,x was already given on line 1
            empty id                       | a,,1                         | line 1: the right id is empty
            empty assignment file          | ;                            | the file is empty
            size not a number              | three;1 2 3                  | line 1: expected the problem size n
            cost not whole                 | 2;1 2;3 4.5                  | line 3: expected a whole number, found '4.5'
            too few dense costs            | 2;1 2;7                      | line 3: expected n x n = 4 costs after n = 2 (dense form) or only lines 'i j cost' with 1 <= i, j <= 2 (sparse form), found only 3
            too many dense costs           | 2;1 2 3;4 5;6                | line 3: expected n x n = 4 costs after n = 2 (dense form) or only lines 'i j cost' with 1 <= i, j <= 2 (sparse form), but more costs follow
            """)
    void refusesBadInputWithOneLineNamingTheLineAtFault(String situation, String lines, String message)
            throws IOException {
        int exit = match(file("bad.txt", lines.split(";", -1)));

        assertThat(exit).as(situation).isEqualTo(MatchCommand.BAD_INPUT);
        assertThat(out()).isEmpty();
        assertThat(err()).hasSize(1).first().asString().startsWith(message);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            index out of range     | 2;1 3 5             | line 2: the arc 1 3 lies outside 1..2
            not three numbers      | 2;1 1 5;2 2         | line 3: expected 'i j cost', found 2 numbers
            arc twice              | 2;1 1 5;1 1 6       | line 3: the arc 1 1 was already given on line 2
            costs on the first line| 2 1 1 5             | line 1 holds more than n
            """)
    void refusesABadSparseFileWhenToldItIsSparse(String situation, String lines, String message) throws IOException {
        int exit = match(
                "--format", "sparse", file("bad.txt", lines.split(";", -1)).toString());

        assertThat(exit).as(situation).isEqualTo(MatchCommand.BAD_INPUT);
        assertThat(err()).hasSize(1).first().asString().startsWith(message);
    }

    @Test
    void refusesARunWithoutAFile() {
        assertThat(match()).isEqualTo(MatchCommand.BAD_INPUT);
        assertThat(err()).hasSize(1).first().asString().contains("usage: match [--format csv|dense|sparse] <file>");
    }

    @Test
    void refusesAMissingFile() {
        assertThat(match(folder.resolve("nowhere.csv").toString())).isEqualTo(MatchCommand.BAD_INPUT);
        assertThat(err()).hasSize(1).first().asString().startsWith("no such file");
    }

    @Test
    void refusesAnUnknownFormat() throws IOException {
        assertThat(match("--format", "xml", file("a.csv", "a,x,1").toString())).isEqualTo(MatchCommand.BAD_INPUT);
        assertThat(err()).containsExactly("unknown format 'xml'; expected csv, dense or sparse");
    }

    @Test
    void refusesAnUnknownOptionAndASecondFile() throws IOException {
        String file = file("a.csv", "a,x,1").toString();

        assertThat(match("--verbose", file)).isEqualTo(MatchCommand.BAD_INPUT);
        assertThat(match(file, file)).isEqualTo(MatchCommand.BAD_INPUT);
        assertThat(err()).hasSize(2).allSatisfy(line -> assertThat(line).contains("usage"));
    }

    @Test
    void refusesAFormatOptionWithoutAValue() throws IOException {
        assertThat(match(file("a.csv", "a,x,1").toString(), "--format")).isEqualTo(MatchCommand.BAD_INPUT);
        assertThat(err()).hasSize(1);
    }

    private int match(Path file) {
        return match(file.toString());
    }

    private int match(String... args) {
        return MatchCommand.run(
                args,
                new PrintStream(stdout, true, StandardCharsets.UTF_8),
                new PrintStream(stderr, true, StandardCharsets.UTF_8));
    }

    private Path file(String name, String... lines) throws IOException {
        return Files.write(folder.resolve(name), List.of(lines), StandardCharsets.UTF_8);
    }

    private String out() {
        return stdout.toString(StandardCharsets.UTF_8);
    }

    /** Standard error without the one success summary line, which only a solved run writes. */
    private List<String> err() {
        return stderr.toString(StandardCharsets.UTF_8)
                .lines()
                .filter(line -> !line.startsWith("match: "))
                .toList();
    }

    private JsonNode json() {
        return JsonMapper.builder().build().readTree(out());
    }

    private static List<String> pairs(JsonNode json) {
        List<String> pairs = new ArrayList<>();
        json.get("pairs")
                .forEach(pair -> pairs.add(
                        pair.get("left").asString() + "-" + pair.get("right").asString()));
        return pairs;
    }
}
