package be.brugwerk.neighbourhood;

import be.brugwerk.system.Refusal;
import be.brugwerk.system.TextInput;

/**
 * An address to look up, and nothing else: street, house number, Belgian postcode and municipality. It never holds a
 * name, so a geocoder never learns whose address it is.
 */
public record Address(String street, String houseNumber, String postcode, String municipality) {

    static final int MAX_PART = 100;

    /**
     * The address as typed, each part stripped (null when blank).
     *
     * @throws Refusal on {@code postcode} when it is not a Belgian postcode (four digits, 1000 to 9999), on
     *     {@code street} when neither a street nor a municipality is given, or on the part that is too long
     */
    public static Address of(String street, String houseNumber, String postcode, String municipality) {
        Address address = new Address(
                part("street", street),
                part("houseNumber", houseNumber),
                part("postcode", postcode),
                part("municipality", municipality));
        if (address.postcode != null && !address.postcode.matches("[1-9][0-9]{3}")) {
            throw new Refusal("postcode", "geocoder.postcodeInvalid");
        }
        if (address.street == null && address.municipality == null && address.postcode == null) {
            throw new Refusal("street", "geocoder.addressRequired");
        }
        return address;
    }

    /** The address on one line, as a place keeps it: {@code Kerkstraat 12, 9000 Gent}. */
    public String oneLine() {
        String first = join(" ", street, houseNumber);
        String second = join(" ", postcode, municipality);
        return join(", ", first, second);
    }

    private static String join(String between, String a, String b) {
        if (a == null || a.isEmpty()) {
            return b == null ? "" : b;
        }
        return b == null || b.isEmpty() ? a : a + between + b;
    }

    private static String part(String field, String typed) {
        if (typed == null || typed.isBlank()) {
            return null;
        }
        String text = typed.strip();
        TextInput.check(field, text, false);
        if (text.length() > MAX_PART) {
            throw new Refusal(field, "geocoder.tooLong", MAX_PART);
        }
        return text;
    }
}
