package be.brugwerk.neighbourhood;

import be.brugwerk.system.CsvImport;
import be.brugwerk.system.CsvTable;
import be.brugwerk.system.EmailAddress;
import be.brugwerk.system.GeoPoint;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.TextInput;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A file of care and welfare providers from De Sociale Kaart, read all or nothing: every line is a provider, or the
 * first fault refuses the whole file, naming its line and column. De Sociale Kaart publishes no documented export
 * format that we could find, so the columns are our own (docs/neighbourhood.md), named after the fields of a provider
 * there: {@code id} (the provider's id in De Sociale Kaart), {@code name} and {@code postcode} are required;
 * {@code kind}, {@code street}, {@code number}, {@code municipality}, {@code latitude}, {@code longitude},
 * {@code phone}, {@code email}, {@code website} and one column of opening hours a weekday ({@code hours_monday} to
 * {@code hours_sunday}) may be left out. Only the provider's own contact details are read: a file names no person.
 */
final class SocialeKaartFile {

    /** More providers than one organisation's area holds; a limit so that no request can store without end. */
    static final int MAX_PROVIDERS = 1000;

    static final int SOURCE_ID_MAX = 100;
    static final int PHONE_MAX = 40;
    static final int EMAIL_MAX = EmailAddress.MAX_LENGTH;
    static final int WEBSITE_MAX = 300;

    /** The prefix of the import's messages. */
    private static final String MESSAGES = "neighbourhood.sk";

    static final List<String> REQUIRED = List.of("id", "name", "postcode");
    static final List<String> OPTIONAL = List.of(
            "kind",
            "street",
            "number",
            "municipality",
            "latitude",
            "longitude",
            "phone",
            "email",
            "website",
            "hours_monday",
            "hours_tuesday",
            "hours_wednesday",
            "hours_thursday",
            "hours_friday",
            "hours_saturday",
            "hours_sunday");

    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 ./()-]{5,38}");

    /**
     * A provider as the file gives it: its line, its id in De Sociale Kaart, its facts (without a place when the file
     * gives none) and its address, to look the place up.
     */
    record Provider(int line, String sourceId, Actor.Facts facts, Address address) {}

    private SocialeKaartFile() {}

    /**
     * Every provider of the file.
     *
     * @throws Refusal on {@code file}, whose arguments are the line, the column (or none for a fault of the CSV
     *     itself) and what is wrong as a message of its own; nothing is read then
     */
    static List<Provider> read(byte[] content) {
        List<CsvTable.Row> rows =
                CsvImport.rows(content, MESSAGES, MESSAGES + ".csv", REQUIRED, OPTIONAL, MAX_PROVIDERS);
        List<Provider> providers = new ArrayList<>(rows.size());
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : rows) {
            try {
                Provider provider = provider(row.line(), row.cells());
                Integer before = seen.putIfAbsent(provider.sourceId(), row.line());
                if (before != null) {
                    throw new Refusal("id", "neighbourhood.sk.idTwice", provider.sourceId(), before);
                }
                providers.add(provider);
            } catch (Refusal refused) {
                throw atLine(row.line(), refused);
            }
        }
        return providers;
    }

    private static Provider provider(int line, Map<String, String> cells) {
        String sourceId = text("id", cell(cells, "id"), SOURCE_ID_MAX);
        if (sourceId == null) {
            throw new Refusal("id", "neighbourhood.sk.required");
        }
        String name = text("name", cell(cells, "name"), Actor.NAME_MAX);
        if (name == null) {
            throw new Refusal("name", "neighbourhood.sk.required");
        }
        if (blank(cell(cells, "postcode"))) {
            throw new Refusal("postcode", "neighbourhood.sk.required");
        }
        Address address = Address.of(
                cell(cells, "street"), cell(cells, "number"), cell(cells, "postcode"), cell(cells, "municipality"));
        String oneLine = address.oneLine();
        if (oneLine.length() > Actor.ADDRESS_MAX) {
            throw new Refusal("street", "neighbourhood.actor.tooLong", Actor.ADDRESS_MAX);
        }
        return new Provider(
                line,
                sourceId,
                new Actor.Facts(
                        name,
                        kind(cell(cells, "kind")),
                        oneLine,
                        point(cell(cells, "latitude"), cell(cells, "longitude")),
                        null,
                        matching("phone", cell(cells, "phone"), PHONE_MAX, PHONE, "neighbourhood.sk.phoneUnreadable"),
                        matching(
                                "email",
                                cell(cells, "email"),
                                EMAIL_MAX,
                                EmailAddress.PATTERN,
                                "neighbourhood.sk.emailUnreadable"),
                        website(cell(cells, "website")),
                        OpeningHours.parse(hours(cells), SocialeKaartFile::hoursColumn)),
                address);
    }

    /** A provider of care or welfare is a service, unless the file names a closer kind (one of {@link ActorKind}). */
    private static ActorKind kind(String value) {
        if (blank(value)) {
            return ActorKind.SERVICE;
        }
        try {
            return ActorKind.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            List<String> kinds = java.util.Arrays.stream(ActorKind.values())
                    .map(ActorKind::name)
                    .toList();
            throw new Refusal("kind", "neighbourhood.sk.kindUnknown", value.strip(), String.join(", ", kinds));
        }
    }

    private static GeoPoint point(String latitude, String longitude) {
        if (blank(latitude) && blank(longitude)) {
            return null;
        }
        if (blank(latitude)) {
            throw new Refusal("latitude", "neighbourhood.actor.pointHalf");
        }
        if (blank(longitude)) {
            throw new Refusal("longitude", "neighbourhood.actor.pointHalf");
        }
        return GeoPoint.inBelgium("latitude", number("latitude", latitude), number("longitude", longitude));
    }

    private static double number(String column, String value) {
        try {
            double number = Double.parseDouble(value.strip());
            if (Double.isNaN(number) || Double.isInfinite(number)) {
                throw new NumberFormatException(value);
            }
            return number;
        } catch (NumberFormatException notANumber) {
            throw new Refusal(column, "neighbourhood.actor.coordinateUnreadable");
        }
    }

    private static String matching(String column, String value, int max, Pattern pattern, String unreadable) {
        String text = text(column, value, max);
        if (text != null && !pattern.matcher(text).matches()) {
            throw new Refusal(column, unreadable);
        }
        return text;
    }

    /** A website as an http(s) address of a host; one without a scheme is taken as https. */
    private static String website(String value) {
        String text = text("website", value, WEBSITE_MAX);
        if (text == null) {
            return null;
        }
        String address = text.contains("://") ? text : "https://" + text;
        try {
            URI uri = new URI(address);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null || address.contains(" ")) {
                throw new Refusal("website", "neighbourhood.sk.websiteUnreadable");
            }
        } catch (URISyntaxException unreadable) {
            throw new Refusal("website", "neighbourhood.sk.websiteUnreadable");
        }
        if (address.length() > WEBSITE_MAX) {
            throw new Refusal("website", "neighbourhood.actor.tooLong", WEBSITE_MAX);
        }
        return address;
    }

    private static Map<DayOfWeek, String> hours(Map<String, String> cells) {
        Map<DayOfWeek, String> hours = new EnumMap<>(DayOfWeek.class);
        for (DayOfWeek day : DayOfWeek.values()) {
            String value = cell(cells, hoursColumn(day));
            if (value != null) {
                hours.put(day, value);
            }
        }
        return hours;
    }

    private static String hoursColumn(DayOfWeek day) {
        return "hours_" + day.name().toLowerCase(Locale.ROOT);
    }

    private static String text(String column, String value, int max) {
        if (blank(value)) {
            return null;
        }
        TextInput.check(column, value, false);
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new Refusal(column, "neighbourhood.actor.tooLong", max);
        }
        return stripped;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    /**
     * A cell as the file gives it, without the formula guard and without the hidden marks a name typed on a page loses
     * ({@link TextInput#withoutHiddenMarks}): every column is one line a person reads (a name, an address, a contact,
     * hours). The one place the file's text is read.
     */
    private static String cell(Map<String, String> cells, String column) {
        String value = cells.get(column);
        return value == null ? null : CsvTable.unguarded(TextInput.withoutHiddenMarks(value));
    }

    /** The refusal of a line's value as a refusal of the file; the address's house number is the column number. */
    private static Refusal atLine(int line, Refusal refused) {
        return CsvImport.atLine(
                MESSAGES, line, "houseNumber".equals(refused.field()) ? "number" : refused.field(), refused);
    }
}
