package be.brugwerk.roles;

import be.brugwerk.system.CsvImport;
import be.brugwerk.system.CsvTable;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.TextInput;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * A CSV file of actors' needs, one role a line, gathered elsewhere (a neighbourhood platform, a spreadsheet), read all
 * or nothing: every line becomes a role, or the first fault refuses the whole file, naming its line and column. The
 * columns are named in the header row, in any order: {@code actor} (an actor's id or its name, as on the
 * neighbourhood map), {@code title}, {@code talents}, {@code capacity} and {@code gains} are required;
 * {@code description}, {@code times}, {@code days}, {@code languages}, {@code collective}, {@code learning} and
 * {@code minimumGroup} (a collective role's smallest group) may be left out. A cell of several codes separates them with {@code ;}. See docs/roles.md.
 */
final class NeedsFile {

    /** A file larger than an organisation gathers by hand; a limit so that no request can store without end. */
    static final int MAX_NEEDS = 500;

    static final List<String> REQUIRED = List.of("actor", "title", "talents", "capacity", "gains");
    static final List<String> OPTIONAL =
            List.of("description", "times", "days", "languages", "collective", "learning", "minimumGroup");

    /** The one column whose text may run over lines, and so keeps what {@link #cell} removes from the others. */
    private static final String MULTI_LINE = "description";

    private static final Set<String> YES = Set.of("yes", "true", "ja", "oui", "1");
    private static final Set<String> NO = Set.of("no", "false", "nee", "non", "0", "");

    private NeedsFile() {}

    /**
     * Every need of the file as a new open role of one of {@code actors}.
     *
     * @throws Refusal on {@code file}, whose arguments are the line, the column (or none for a fault of the CSV
     *     itself) and what is wrong as a message of its own; nothing is made then
     */
    static List<ValuedRole> read(byte[] content, List<KnownActor> actors, Supplier<UUID> ids) {
        List<CsvTable.Row> rows = CsvImport.rows(content, "roles.import", "roles.csv", REQUIRED, OPTIONAL, MAX_NEEDS);
        List<ValuedRole> roles = new ArrayList<>(rows.size());
        for (CsvTable.Row row : rows) {
            Map<String, String> cells = row.cells();
            try {
                ActorSite site = actor(cell(cells, "actor"), actors);
                roles.add(ValuedRole.fromNeed(ids.get(), site, input(cells)));
            } catch (Refusal refused) {
                throw atLine(row.line(), refused);
            }
        }
        return roles;
    }

    private static RoleInput input(Map<String, String> cells) {
        return new RoleInput(
                cell(cells, "title"),
                cell(cells, "description"),
                codes(cells, "talents"),
                cell(cells, "times"),
                codes(cells, "days"),
                codes(cells, "languages"),
                cell(cells, "capacity"),
                yesOrNo(cell(cells, "collective")),
                codes(cells, "gains"),
                codes(cells, "learning"),
                cell(cells, "minimumGroup"));
    }

    /** The actor a cell names: by id when it is one, otherwise by its name, in any case; refused when none or two. */
    private static ActorSite actor(String named, List<KnownActor> actors) {
        String wanted = named == null ? "" : named.strip();
        if (wanted.isEmpty()) {
            throw new Refusal("actor", "roles.import.actorRequired");
        }
        List<KnownActor> found = actors.stream()
                .filter(actor -> actor.site().actor().toString().equalsIgnoreCase(wanted)
                        || actor.name().strip().equalsIgnoreCase(wanted))
                .toList();
        if (found.isEmpty()) {
            throw new Refusal("actor", "roles.import.actorUnknown", wanted);
        }
        if (found.size() > 1) {
            throw new Refusal("actor", "roles.import.actorTwice", wanted);
        }
        return found.get(0).site();
    }

    private static Boolean yesOrNo(String value) {
        String answer = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(answer)) {
            return true;
        }
        if (NO.contains(answer)) {
            return false;
        }
        throw new Refusal("collective", "roles.import.yesOrNo");
    }

    /**
     * A cell as the file gives it, without the formula guard; every one-line cell (an actor's name, a title, the times,
     * codes) also without the hidden marks a name typed on a page loses ({@link TextInput#withoutHiddenMarks}), so an
     * imported title reads as it looks and a copied actor's name finds its actor. The one place the file's text is read.
     */
    private static String cell(Map<String, String> cells, String column) {
        String value = cells.get(column);
        if (value == null) {
            return null;
        }
        return CsvTable.unguarded(column.equals(MULTI_LINE) ? value : TextInput.withoutHiddenMarks(value));
    }

    private static List<String> codes(Map<String, String> cells, String column) {
        String value = cell(cells, column);
        return value == null || value.isBlank() ? List.of() : Arrays.asList(value.split(";", -1));
    }

    /**
     * The refusal of a line's value as a refusal of the file, naming the line and the column: the field of a role's
     * part is its column ({@code talents[1]} is the second code of the column {@code talents}).
     */
    private static Refusal atLine(int line, Refusal refused) {
        return CsvImport.atLine("roles.import", line, refused.field().split("[.\\[]", 2)[0], refused);
    }
}
