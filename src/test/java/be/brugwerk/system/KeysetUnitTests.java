package be.brugwerk.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The shared pieces of keyset paging, without a database: the SQL they add, the page they cut, the links. */
class KeysetUnitTests {

    static final Keyset.Order NEWEST_FIRST = Keyset.Order.descending("e.occurred_at, e.id");
    static final Keyset.Order FIRST_COME_FIRST = Keyset.Order.ascending("w.entered_on, w.participant_id");

    @Test
    void addsNoConditionForTheFirstPage() {
        assertThat(NEWEST_FIRST.continuing(null, "select 1")).isEmpty();
        assertThat(NEWEST_FIRST.orderBy(null)).isEqualTo(" order by e.occurred_at desc, e.id desc limit :limit");
    }

    @Test
    void continuesADescendingListBelowTheCursorAndGoesBackAboveIt() {
        assertThat(NEWEST_FIRST.continuing(Keyset.Cursor.after(7L), "select c.occurred_at, c.id from x c"))
                .isEqualTo(" and (e.occurred_at, e.id) < (select c.occurred_at, c.id from x c)");
        assertThat(NEWEST_FIRST.continuing(Keyset.Cursor.before(7L), "select c.occurred_at, c.id from x c"))
                .isEqualTo(" and (e.occurred_at, e.id) > (select c.occurred_at, c.id from x c)");
        assertThat(NEWEST_FIRST.orderBy(Keyset.Cursor.before(7L)))
                .isEqualTo(" order by e.occurred_at, e.id limit :limit");
    }

    @Test
    void continuesAnAscendingListAboveTheCursorAndGoesBackBelowIt() {
        assertThat(FIRST_COME_FIRST.continuing(Keyset.Cursor.after(7L), "r"))
                .isEqualTo(" and (w.entered_on, w.participant_id) > (r)");
        assertThat(FIRST_COME_FIRST.orderBy(Keyset.Cursor.after(7L)))
                .isEqualTo(" order by w.entered_on, w.participant_id limit :limit");
        assertThat(FIRST_COME_FIRST.continuing(Keyset.Cursor.before(7L), "r"))
                .isEqualTo(" and (w.entered_on, w.participant_id) < (r)");
        assertThat(FIRST_COME_FIRST.orderBy(Keyset.Cursor.before(7L)))
                .isEqualTo(" order by w.entered_on desc, w.participant_id desc limit :limit");
    }

    @Test
    void asksForOneRowMoreThanAPageShows() {
        assertThat(Keyset.limit(50)).isEqualTo(51);
        assertThatThrownBy(() -> Keyset.limit(0)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cutsAnEmptyPageWithoutNeighbours() {
        assertThat(Keyset.page(List.<Long>of(), Keyset.Cursor.after(3L), 2, Function.identity()))
                .isEqualTo(Keyset.Page.empty());
    }

    @Test
    void cutsTheFirstPageWithANextKeyOnlyWhenMoreRowsFollow() {
        assertThat(Keyset.page(List.of(1L, 2L, 3L), null, 2, Function.identity()))
                .isEqualTo(new Keyset.Page<>(List.of(1L, 2L), 2L, null));
        assertThat(Keyset.page(List.of(1L, 2L), null, 2, Function.identity()))
                .isEqualTo(new Keyset.Page<>(List.of(1L, 2L), null, null));
    }

    @Test
    void cutsAPageAfterACursorWithAPreviousKey() {
        assertThat(Keyset.page(List.of(4L, 5L), Keyset.Cursor.after(3L), 2, Function.identity()))
                .isEqualTo(new Keyset.Page<>(List.of(4L, 5L), null, 4L));
    }

    @Test
    void turnsTheRowsOfAPageBeforeACursorIntoTheListsOrder() {
        // going back, the query reads the rows nearest to the cursor first: 5, 4, and 3 to know that more precede
        assertThat(Keyset.page(List.of(5L, 4L, 3L), Keyset.Cursor.before(6L), 2, Function.identity()))
                .isEqualTo(new Keyset.Page<>(List.of(4L, 5L), 5L, 4L));
        assertThat(Keyset.page(List.of(2L, 1L), Keyset.Cursor.before(3L), 2, Function.identity()))
                .isEqualTo(new Keyset.Page<>(List.of(1L, 2L), 2L, null));
    }

    @Test
    void readsACursorFromTheAddressOrStartsAtTheFirstPage() {
        assertThat(Keyset.Cursor.of("12", null, Long::valueOf)).isEqualTo(Keyset.Cursor.after(12L));
        assertThat(Keyset.Cursor.of(null, " 12 ", Long::valueOf)).isEqualTo(Keyset.Cursor.before(12L));
        assertThat(Keyset.Cursor.of("twelve", null, Long::valueOf)).isNull();
        assertThat(Keyset.Cursor.of("", "", Long::valueOf)).isNull();
    }

    @Test
    void linksTheNeighboursWithTheSameFilters() {
        Keyset.Links links = Keyset.Links.of(
                "/participants", Map.of("q", "van de", "empty", " "), new Keyset.Page<>(List.of("a", "b"), "b", "a"));

        assertThat(links.first()).isEqualTo("/participants?q=van%20de");
        assertThat(links.previous()).isEqualTo("/participants?q=van%20de&before=a");
        assertThat(links.next()).isEqualTo("/participants?q=van%20de&after=b");
        assertThat(Keyset.Links.of("/p", Map.of(), new Keyset.Page<>(List.of("a"), null, null)))
                .isEqualTo(new Keyset.Links(null, null, null));
    }

    @Test
    void answersTheLinksInALinkHeader() {
        Keyset.Links links = new Keyset.Links("/l", "/l?before=a", "/l?after=b");

        assertThat(links.answer(List.of()).getHeaders().getFirst("Link"))
                .isEqualTo("</l>; rel=\"first\", </l?before=a>; rel=\"prev\", </l?after=b>; rel=\"next\"");
        assertThat(new Keyset.Links(null, null, null)
                        .answer(List.of())
                        .getHeaders()
                        .getFirst("Link"))
                .isNull();
    }

    @Test
    void readsACursorAfterFirstAndOnAPageStartsAtTheBeginningForOneItCannotRead() {
        assertThat(Keyset.Cursor.of("7", "9", Long::valueOf)).isEqualTo(Keyset.Cursor.after(7L));
        assertThat(Keyset.Cursor.of(" ", " 9 ", Long::valueOf)).isEqualTo(Keyset.Cursor.before(9L));
        assertThat(Keyset.Cursor.of(null, null, Long::valueOf)).isNull();
        assertThat(Keyset.Cursor.of("seven", null, Long::valueOf)).isNull();
        assertThat(Keyset.Cursor.of("seven", "9", Long::valueOf)).isEqualTo(Keyset.Cursor.before(9L));
    }

    @Test
    void refusesACursorSentToTheApiThatItCannotReadNamingItsParameter() {
        assertThat(Keyset.Cursor.sent("7", null, Long::valueOf)).isEqualTo(Keyset.Cursor.after(7L));
        assertThat(Keyset.Cursor.sent(null, "", Long::valueOf)).isNull();
        assertThatThrownBy(() -> Keyset.Cursor.sent("seven", null, Long::valueOf))
                .isInstanceOfSatisfying(Refusal.class, refusal -> {
                    assertThat(refusal.field()).isEqualTo("after");
                    assertThat(refusal.messageKey()).isEqualTo("input.cursor.unreadable");
                    assertThat(refusal.tampered()).isTrue();
                });
        assertThatThrownBy(() -> Keyset.Cursor.sent("7", "nine", Long::valueOf))
                .isInstanceOfSatisfying(
                        Refusal.class, refusal -> assertThat(refusal.field()).isEqualTo("before"));
    }
}
