package be.brugwerk.talents.web;

import be.brugwerk.talents.TalentCardView;
import be.brugwerk.talents.TalentEntry;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The talent card's form as typed: one list per column, a row being the same position in each, and the ticked share
 * and learn boxes as the numbers of their rows (an unticked box sends nothing, so a list of ticks would not line up);
 * the weekly moments and access needs ticked, as their codes.
 * Every part is text, so that no input can fail to bind and lose the rest; the card's own rules check it.
 */
record TalentCardForm(
        String version,
        List<String> kind,
        List<String> frame,
        List<String> lifeArea,
        List<String> talent,
        List<String> text,
        List<String> share,
        List<String> learn,
        List<String> availability,
        List<String> accessNeeds) {

    /** Blank rows a form offers for new entries. */
    static final int BLANK_ROWS = 3;

    /** One row of the form, numbered from 0 as the card's refusals count them ({@code entries[2].text}). */
    record Row(
            int index,
            String kind,
            String frame,
            String lifeArea,
            String talent,
            String text,
            boolean share,
            boolean learn) {

        TalentEntry.Input input() {
            return new TalentEntry.Input(kind, frame, lifeArea, talent, text, share, learn);
        }
    }

    /** The form of a saved card: its entries and a few blank rows. */
    static TalentCardForm of(TalentCardView card) {
        List<TalentEntry.Input> inputs = new ArrayList<>(
                card.entries().stream().map(TalentEntry::toInput).toList());
        for (int i = 0; i < BLANK_ROWS; i++) {
            inputs.add(new TalentEntry.Input("", "", "", "", "", false, false));
        }
        List<String> shared = new ArrayList<>();
        List<String> learned = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            if (Boolean.TRUE.equals(inputs.get(i).share())) {
                shared.add(Integer.toString(i));
            }
            if (Boolean.TRUE.equals(inputs.get(i).learn())) {
                learned.add(Integer.toString(i));
            }
        }
        return new TalentCardForm(
                Integer.toString(card.version()),
                column(inputs, TalentEntry.Input::kind),
                column(inputs, TalentEntry.Input::frame),
                column(inputs, TalentEntry.Input::lifeArea),
                column(inputs, TalentEntry.Input::talent),
                column(inputs, TalentEntry.Input::text),
                shared,
                learned,
                card.availability(),
                card.accessNeeds().stream().map(Enum::name).toList());
    }

    /** The weekly moments ticked, as codes; none when nothing was ticked. */
    List<String> ticked() {
        return availability == null ? List.of() : availability;
    }

    /** The access needs ticked, as codes. */
    List<String> needed() {
        return accessNeeds == null ? List.of() : accessNeeds;
    }

    /** The rows as typed, as many as the longest column. */
    List<Row> rows() {
        int count = IntStream.of(size(kind), size(frame), size(lifeArea), size(talent), size(text))
                .max()
                .orElse(0);
        return IntStream.range(0, count)
                .mapToObj(i -> new Row(
                        i,
                        at(kind, i),
                        at(frame, i),
                        at(lifeArea, i),
                        at(talent, i),
                        at(text, i),
                        ticked(share, i),
                        ticked(learn, i)))
                .toList();
    }

    List<TalentEntry.Input> inputs() {
        return rows().stream().map(Row::input).toList();
    }

    /** The version that was read; -1 when missing or tampered with, which never matches. */
    int readVersion() {
        return version != null && version.matches("\\d{1,9}") ? Integer.parseInt(version) : -1;
    }

    private static List<String> column(
            List<TalentEntry.Input> inputs, java.util.function.Function<TalentEntry.Input, String> part) {
        return inputs.stream().map(part).toList();
    }

    private static int size(List<String> column) {
        return column == null ? 0 : column.size();
    }

    private static String at(List<String> column, int i) {
        return column == null || i >= column.size() || column.get(i) == null ? "" : column.get(i);
    }

    private static boolean ticked(List<String> rows, int i) {
        return rows != null && rows.contains(Integer.toString(i));
    }
}
