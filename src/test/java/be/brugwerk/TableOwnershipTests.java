package be.brugwerk;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every table belongs to one module: only that module's code names it in SQL. Another module asks the owner's API
 * (for example coaching and network ask people's {@code StaffDirectory} for coaches' names instead of joining
 * {@code account}). The tables are those the migrations create; the demo data is left out, since it seeds a fresh
 * database as the schema owner, before anyone signs in, and finds the demo accounts by their e-mail address.
 */
class TableOwnershipTests {

    private static final Path SOURCES = Path.of("src/main/java/be/brugwerk");
    private static final Pattern CREATED = Pattern.compile("(?i)create table (?:if not exists )?([a-z_]+)");
    private static final Pattern NAMED = Pattern.compile("(?i)\\b(?:from|join|update|into)\\s+([a-z_]+)\\b");
    /** Text blocks and string literals: where SQL is, unlike comments, which may say "learned from buddy matching". */
    private static final Pattern STRINGS =
            Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);

    @Test
    void everyTableIsNamedInTheSqlOfOneModuleOnly() {
        Set<String> tables = tablesTheMigrationsCreate();
        assertThat(tables).as("the migrations were read").contains("account", "trajectory", "network_map", "buddy");
        Map<String, Set<String>> modulesPerTable = new TreeMap<>();
        for (String module : modules()) {
            javaFiles(SOURCES.resolve(module))
                    .filter(file -> !file.toString().contains("/demo/"))
                    .forEach(file -> {
                        Matcher named = NAMED.matcher(stringsIn(read(file)));
                        while (named.find()) {
                            String table = named.group(1).toLowerCase();
                            if (tables.contains(table)) {
                                modulesPerTable
                                        .computeIfAbsent(table, t -> new TreeSet<>())
                                        .add(module);
                            }
                        }
                    });
        }
        assertThat(modulesPerTable).as("the check found the tables' owners").containsKeys("account", "trajectory");
        assertThat(modulesPerTable)
                .allSatisfy((table, modules) -> assertThat(modules)
                        .as("modules whose SQL names the table %s", table)
                        .hasSize(1));
    }

    private static String stringsIn(String java) {
        StringBuilder strings = new StringBuilder();
        Matcher literal = STRINGS.matcher(java);
        while (literal.find()) {
            strings.append(literal.group(1) != null ? literal.group(1) : literal.group(2))
                    .append('\n');
        }
        return strings.toString();
    }

    private static Set<String> tablesTheMigrationsCreate() {
        Set<String> tables = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("src/main/resources/db/migration"))) {
            files.forEach(file -> {
                Matcher created = CREATED.matcher(read(file));
                while (created.find()) {
                    tables.add(created.group(1).toLowerCase());
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return tables;
    }

    private static Set<String> modules() {
        try (Stream<Path> entries = Files.list(SOURCES)) {
            return entries.filter(Files::isDirectory)
                    .map(dir -> dir.getFileName().toString())
                    .collect(java.util.stream.Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> javaFiles(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(file -> file.toString().endsWith(".java")).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
