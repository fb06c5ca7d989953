package be.brugwerk.matching.programme;

import be.brugwerk.matching.engine.AgeRange;
import be.brugwerk.matching.engine.DayPart;
import be.brugwerk.matching.engine.Gender;
import be.brugwerk.matching.engine.LanguageLevel;
import be.brugwerk.matching.engine.LanguageSkill;
import be.brugwerk.matching.engine.WeeklySlot;
import be.brugwerk.system.Pg;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.SqlParameterValue;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Intakes as rows: languages as {@code nl:B1}, weekly moments as {@code MONDAY:EVENING}. */
@Repository
class Intakes {

    private final JdbcClient jdbc;

    Intakes(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    UUID insert(UUID organisation, Intake intake) {
        UUID id = UUID.randomUUID();
        List<Object> values = new ArrayList<>(List.of(id, organisation));
        values.addAll(intakeValues(intake));
        jdbc.sql("""
                insert into intake (id, organisation_id, languages, interests, availability, neighbourhood, age, gender,
                    wished_genders, wished_age_min, wished_age_max, age_limit_min, age_limit_max, goals, constraints, answers)
                values (?, ?, cast(? as text[]), cast(? as text[]), cast(? as text[]), ?, ?, ?, cast(? as text[]), ?, ?, ?, ?, ?, ?, ?)""").params(values).update();
        return id;
    }

    /**
     * Corrects an intake if nobody changed it since {@code version}; false when someone did (nothing is written then).
     */
    boolean update(UUID id, Intake intake, int version) {
        List<Object> values = new ArrayList<>(intakeValues(intake));
        values.addAll(List.of(id, version));
        return jdbc.sql("""
                update intake set languages = cast(? as text[]), interests = cast(? as text[]),
                    availability = cast(? as text[]), neighbourhood = ?, age = ?, gender = ?,
                    wished_genders = cast(? as text[]), wished_age_min = ?, wished_age_max = ?, age_limit_min = ?,
                    age_limit_max = ?, goals = ?, constraints = ?, answers = ?, version = version + 1
                where id = ? and version = ?""").params(values).update() == 1;
    }

    /**
     * The intake as the columns {@code languages} to {@code answers} hold it, in the order both {@link #insert} and
     * {@link #update} name those columns (some may be null).
     */
    private static List<Object> intakeValues(Intake intake) {
        return Arrays.asList(
                languages(intake),
                Pg.array(intake.interests()),
                availability(intake),
                intake.neighbourhood(),
                intake.age(),
                intake.gender().name(),
                Pg.array(intake.wishedGenders()),
                min(intake.wishedAges()),
                max(intake.wishedAges()),
                min(intake.ageLimit()),
                max(intake.ageLimit()),
                intake.goals(),
                intake.constraints(),
                intake.answers());
    }

    int version(UUID id) {
        return jdbc.sql("select version from intake where id = ?")
                .param(id)
                .query(Integer.class)
                .single();
    }

    Intake find(UUID id) {
        return jdbc.sql("select * from intake where id = ?")
                .param(id)
                .query((row, n) -> read(row))
                .single();
    }

    /** The intakes with these ids, by id, in one query. */
    Map<UUID, Intake> findAll(Collection<UUID> ids) {
        Map<UUID, Intake> found = new HashMap<>();
        jdbc.sql("select * from intake where id = any (cast(? as uuid[]))")
                .param(Pg.array(ids))
                .query(row -> {
                    found.put(row.getObject("id", UUID.class), read(row));
                });
        return found;
    }

    static Intake read(ResultSet row) throws SQLException {
        List<LanguageSkill> languages =
                strings(row.getArray("languages")).stream().map(Intakes::skill).toList();
        Set<WeeklySlot> availability = strings(row.getArray("availability")).stream()
                .map(s -> s.split(":", 2))
                .map(p -> new WeeklySlot(DayOfWeek.valueOf(p[0]), DayPart.valueOf(p[1])))
                .collect(Collectors.toSet());
        Set<Gender> wished = strings(row.getArray("wished_genders")).stream()
                .map(Gender::valueOf)
                .collect(Collectors.toSet());
        return new Intake(
                languages,
                Set.copyOf(strings(row.getArray("interests"))),
                availability,
                row.getString("neighbourhood"),
                row.getInt("age"),
                Gender.valueOf(row.getString("gender")),
                wished,
                range(row, "wished_age_min", "wished_age_max"),
                range(row, "age_limit_min", "age_limit_max"),
                row.getString("goals"),
                row.getString("constraints"),
                row.getString("answers"));
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }

    private static AgeRange range(ResultSet row, String min, String max) throws SQLException {
        Integer from = row.getObject(min, Integer.class);
        Integer to = row.getObject(max, Integer.class);
        return from == null || to == null ? null : new AgeRange(from, to);
    }

    private static SqlParameterValue languages(Intake intake) {
        return Pg.array(intake.languages().stream().map(Intakes::stored).toList());
    }

    /** A language as stored, {@code nl:B1} or {@code ar:NATIVE}: the language code, a colon, the level's code. */
    static String stored(LanguageSkill skill) {
        return skill.language() + ":" + skill.level().name();
    }

    /** A stored language read back; every row written since the first migration has this shape. */
    static LanguageSkill skill(String stored) {
        String[] parts = stored.split(":", 2);
        LanguageLevel level =
                parts.length == 2 ? LanguageLevel.fromCode(parts[1]).orElse(null) : null;
        if (level == null) {
            throw new IllegalStateException("A stored language without a known level: " + stored);
        }
        return new LanguageSkill(parts[0], level);
    }

    private static SqlParameterValue availability(Intake intake) {
        return Pg.array(intake.availability().stream()
                .map(s -> s.day() + ":" + s.part())
                .toList());
    }

    private static Integer min(AgeRange range) {
        return range == null ? null : range.min();
    }

    private static Integer max(AgeRange range) {
        return range == null ? null : range.max();
    }
}
