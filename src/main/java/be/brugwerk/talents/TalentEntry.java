package be.brugwerk.talents;

import be.brugwerk.coaching.scoring.QualityOfLifeDomain;
import be.brugwerk.system.Codes;
import be.brugwerk.system.Refusal;
import be.brugwerk.system.TextInput;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One line of a talent card: what kind of thing it is, head / heart / hands, the life area it belongs to (one of
 * Schalock's domains, or none), a talent of the curated list and/or the participant's own words, and whether they would
 * like to share it with others or to learn it.
 */
public record TalentEntry(
        TalentKind kind,
        Frame frame,
        QualityOfLifeDomain lifeArea,
        Talent talent,
        String text,
        boolean share,
        boolean learn) {

    /** The longest text an entry takes: a phrase, not a story. */
    public static final int MAX_TEXT = 300;

    /**
     * An entry as a form or a script sent it, every part as text (enum names; empty or null for none), checked by
     * {@link #of}. {@code share} and {@code learn} are false when absent.
     */
    public record Input(
            String kind, String frame, String lifeArea, String talent, String text, Boolean share, Boolean learn) {

        /** Nothing typed or picked: a blank line of a form, which is left out rather than refused. */
        public boolean blank() {
            return empty(kind)
                    && empty(talent)
                    && empty(text)
                    && !Boolean.TRUE.equals(share)
                    && !Boolean.TRUE.equals(learn);
        }
    }

    /**
     * The entry the input describes, or a {@link Refusal} naming the part at fault under {@code field} (such as
     * {@code entries[2].text}): a kind and a frame are required, a talent of the list or a text (or both), a text of at
     * most {@link #MAX_TEXT} characters on one line. A code that is not one of ours is refused as tampered: no page of
     * ours sends it.
     */
    static TalentEntry of(Input input, String field) {
        TalentKind kind = required(TalentKind.class, input.kind(), field + ".kind", "talents.entry.kindRequired");
        Frame frame = required(Frame.class, input.frame(), field + ".frame", "talents.entry.frameRequired");
        QualityOfLifeDomain lifeArea = optional(QualityOfLifeDomain.class, input.lifeArea(), field + ".lifeArea");
        Talent talent = optional(Talent.class, input.talent(), field + ".talent");
        String text = empty(input.text()) ? null : input.text().strip();
        if (text != null) {
            TextInput.check(field + ".text", text, false);
            if (text.codePointCount(0, text.length()) > MAX_TEXT) {
                throw new Refusal(field + ".text", "talents.entry.textTooLong", MAX_TEXT);
            }
        }
        if (talent == null && text == null) {
            throw new Refusal(field + ".text", "talents.entry.empty");
        }
        return new TalentEntry(
                kind,
                frame,
                lifeArea,
                talent,
                text,
                Boolean.TRUE.equals(input.share()),
                Boolean.TRUE.equals(input.learn()));
    }

    /**
     * What makes two entries the same thing said twice: the same kind, the same talent of the list (or none) and the
     * same words, whatever their case and spaces (or none). Head / heart / hands, the life area and whether to share or
     * learn it do not make it another: a card that says it twice says it by mistake.
     */
    List<Object> sameness() {
        String words = text == null ? "" : text.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
        return Arrays.asList(kind, talent, words);
    }

    /** The entry as input again: what a form shows to change it. */
    public Input toInput() {
        return new Input(
                kind.name(),
                frame.name(),
                lifeArea == null ? "" : lifeArea.name(),
                talent == null ? "" : talent.name(),
                text == null ? "" : text,
                share,
                learn);
    }

    private static <E extends Enum<E>> E required(Class<E> type, String value, String field, String missingKey) {
        return Codes.required(type, value, field, missingKey, "talents.entry.unknownCode");
    }

    private static <E extends Enum<E>> E optional(Class<E> type, String value, String field) {
        return Codes.optional(type, value, field, "talents.entry.unknownCode");
    }

    private static boolean empty(String value) {
        return value == null || value.isBlank();
    }
}
