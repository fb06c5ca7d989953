package be.brugwerk.matching.web;

import be.brugwerk.matching.engine.LanguageLevel;
import be.brugwerk.matching.engine.LanguageSkill;
import be.brugwerk.system.SpokenLanguages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.springframework.validation.Errors;

/**
 * One line of an intake's languages as typed: a language, as a code or a name written as {@link SpokenLanguages} takes
 * it ({@code code}, the form's field), and a level picked from the list (A1 to C2, or {@code NATIVE} for a mother
 * tongue). A line with neither is left out.
 */
record LanguageRow(String code, String level) {

    /** Blank lines a form offers after the filled ones, and the fewest lines it shows: without scripts nobody can add one. */
    private static final int BLANK_ROWS = 2;

    private static final int FEWEST_ROWS = 3;

    LanguageRow {
        code = code == null ? "" : code;
        level = level == null ? "" : level;
    }

    static LanguageRow of(LanguageSkill skill) {
        return new LanguageRow(skill.language(), skill.level().name());
    }

    boolean isBlank() {
        return code.isBlank() && level.isBlank();
    }

    /**
     * The lines as typed (a line a tampered form leaves out is blank), and exactly two blank lines after the last
     * filled one, so that there is room for two more languages (three lines at least).
     */
    static List<LanguageRow> withRoom(List<LanguageRow> typed) {
        List<LanguageRow> rows = new ArrayList<>();
        for (LanguageRow row : typed == null ? List.<LanguageRow>of() : typed) {
            rows.add(row == null ? new LanguageRow("", "") : row);
        }
        int lastFilled = rows.size() - 1;
        while (lastFilled >= 0 && rows.get(lastFilled).isBlank()) {
            lastFilled--;
        }
        int wanted = Math.max(FEWEST_ROWS, lastFilled + 1 + BLANK_ROWS);
        while (rows.size() < wanted) {
            rows.add(new LanguageRow("", ""));
        }
        return List.copyOf(rows.subList(0, wanted));
    }

    /**
     * The languages of these lines, each refused on its own field ({@code languages[1].level}) when wrong: a level
     * not on the list (only a tampered form sends one), a language without a level or the reverse, a language not
     * written as one (with the longest a language may be), a language listed twice. The line number (from 1) and what
     * was typed are in the message.
     */
    static List<LanguageSkill> skills(List<LanguageRow> rows, Errors errors) {
        List<LanguageSkill> skills = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < rows.size(); i++) {
            LanguageRow row = rows.get(i);
            if (row.isBlank()) {
                continue;
            }
            String field = "languages[" + i + "]";
            Object[] arguments = {i + 1, row.code().strip(), row.level().strip()};
            String code = SpokenLanguages.written(row.code()).toLowerCase(Locale.ROOT);
            boolean codeOk = false;
            if (code.isEmpty()) {
                errors.rejectValue(field + ".code", "matching.intake.language.codeMissing", arguments, null);
            } else if (!SpokenLanguages.isLanguage(code)) {
                errors.rejectValue(
                        field + ".code",
                        "matching.intake.language.notALanguage",
                        new Object[] {i + 1, row.code().strip(), SpokenLanguages.LONGEST},
                        null);
            } else if (!seen.add(code)) {
                errors.rejectValue(field + ".code", "matching.intake.language.twice", arguments, null);
            } else {
                codeOk = true;
            }
            Optional<LanguageLevel> level = LanguageLevel.fromCode(row.level());
            if (level.isEmpty()) {
                errors.rejectValue(
                        field + ".level",
                        row.level().isBlank()
                                ? "matching.intake.language.levelMissing"
                                : "matching.intake.language.levelUnknown",
                        arguments,
                        null);
            } else if (codeOk) {
                skills.add(new LanguageSkill(code, level.get()));
            }
        }
        return skills;
    }
}
