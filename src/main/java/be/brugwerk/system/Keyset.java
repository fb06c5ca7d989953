package be.brugwerk.system;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Keyset paging of a list in a fixed order (docs/query-plans.md): a page continues from the key of a row shown — "the
 * rows after this one" — never from an offset, so a page deep in a long list costs what the first one does and a row
 * added or removed while someone pages is neither lost nor shown twice. The list's order is a row of columns, all
 * ascending or all descending, ending in a unique column, so every row has one place; the query continues with a row
 * comparison against the cursor's row, which an index in the same order answers.
 */
public final class Keyset {

    /** How many rows a page of a list shows. */
    public static final int PAGE_SIZE = 50;

    /** What the OpenAPI description says of a paged JSON list and its two cursor parameters. */
    public static final String API_PAGING =
            "At most " + PAGE_SIZE + " rows a page, in a fixed order. The Link header names"
                    + " the next, previous and first pages (rel=\"next\", \"prev\", \"first\"), with the same search and"
                    + " filters; a list without a next link is complete. A cursor (after, before) that cannot be read as"
                    + " an id is refused, named in errors[].field; the id of no row gives an empty page.";

    public static final String API_AFTER = "the id of a row: the page of the rows after it (from a Link header)";
    public static final String API_BEFORE = "the id of a row: the page of the rows before it (from a Link header)";

    private Keyset() {}

    /**
     * Where a page starts: just after ({@code forward}: further along the list's order) or just before the row with
     * this key.
     */
    public record Cursor<K>(K key, boolean forward) {

        public static <K> Cursor<K> after(K key) {
            return new Cursor<>(key, true);
        }

        public static <K> Cursor<K> before(K key) {
            return new Cursor<>(key, false);
        }

        /**
         * The cursor a page's address names with one of two parameters ({@code after} wins), or {@code null} (the
         * first page) when neither is there or {@code read} cannot read it: a person who edits an address gets the
         * list from its beginning, with the search and filters they typed.
         */
        public static <K> Cursor<K> of(String after, String before, Function<String, K> read) {
            return named(after, before, read, false);
        }

        /**
         * The cursor a JSON list's request names, as {@link #of}, or {@code null} when neither parameter is there;
         * a cursor that {@code read} cannot read is refused naming its parameter ({@code after} or {@code before}),
         * which the API answers as a 400 problem: a script that sends a spoilt cursor has a bug to see, not the first
         * page again.
         */
        public static <K> Cursor<K> sent(String after, String before, Function<String, K> read) {
            return named(after, before, read, true);
        }

        private static <K> Cursor<K> named(String after, String before, Function<String, K> read, boolean strict) {
            K later = readable("after", after, read, strict);
            K earlier = readable("before", before, read, strict);
            if (later != null) {
                return after(later);
            }
            return earlier == null ? null : before(earlier);
        }

        private static <K> K readable(String parameter, String text, Function<String, K> read, boolean strict) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return read.apply(text.strip());
            } catch (IllegalArgumentException unreadable) {
                if (strict) {
                    throw Refusal.tampered(parameter, "input.cursor.unreadable", parameter);
                }
                return null;
            }
        }
    }

    /**
     * One page of rows in the list's order, and the keys to continue from: {@code next} is the last row's key when
     * rows follow, {@code previous} the first row's key when rows precede (else {@code null}).
     */
    public record Page<T, K>(List<T> rows, K next, K previous) {

        public static <T, K> Page<T, K> empty() {
            return new Page<>(List.of(), null, null);
        }

        public <U> Page<U, K> map(Function<T, U> mapper) {
            return new Page<>(rows.stream().map(mapper).toList(), next, previous);
        }
    }

    /**
     * The order of a list as SQL: its columns (the last one unique) and whether it is descending. {@code columns} is
     * their SQL, e.g. {@code "p.created_at, p.id"}.
     */
    public record Order(String columns, boolean descending) {

        public static Order descending(String columns) {
            return new Order(columns, true);
        }

        public static Order ascending(String columns) {
            return new Order(columns, false);
        }

        /**
         * The condition that keeps the rows on the cursor's side of the cursor's row, which {@code cursorRow} selects
         * (the same columns in the same order, by the parameter {@code :cursor}); empty for the first page.
         */
        public String continuing(Cursor<?> from, String cursorRow) {
            if (from == null) {
                return "";
            }
            boolean smaller = descending == from.forward();
            return " and (" + columns + ") " + (smaller ? "<" : ">") + " (" + cursorRow + ")";
        }

        /**
         * {@code order by} the list's order, or its reverse when going back from a cursor (the rows nearest to the
         * cursor first), and one row more than the page shows, to know whether more follow (by {@code :limit}).
         */
        public String orderBy(Cursor<?> from) {
            boolean reverse = from != null && !from.forward();
            String direction = descending != reverse ? " desc" : "";
            List<String> parts = new ArrayList<>();
            for (String column : columns.split(",")) {
                parts.add(column.strip() + direction);
            }
            return " order by " + String.join(", ", parts) + " limit :limit";
        }
    }

    /**
     * How many rows to read next for {@code missing} more rows to keep, where a list or a choice reads rows in its
     * order and leaves some out after reading them (those the person may not work with, say), when {@code workable} of
     * the {@code read} rows so far were kept: the missing rows, and twice the share left out so far on top of them
     * (rounded up); twice the last read ({@code last}) when none was kept so far; and at least twice the last read when
     * that one kept none ({@code keptByLast}), whatever earlier reads kept, so that a run of rows left out after a
     * nearly full first read is crossed in a few reads that double, not in many of the one or two rows the share alone
     * would ask for; at most {@code most}.
     */
    public static int nextRead(int missing, int read, int workable, int last, int keptByLast, int most) {
        if (workable == 0) {
            return Math.min(2 * last, most);
        }
        long leftOut = read - workable;
        long widening = (2L * missing * leftOut + workable - 1) / workable;
        long next = missing + widening;
        if (keptByLast == 0) {
            next = Math.max(next, 2L * last);
        }
        return (int) Math.min(next, most);
    }

    /** What {@code :limit} of {@link Order#orderBy} is for a page of {@code size} rows. */
    public static int limit(int size) {
        if (size < 1) {
            throw new IllegalArgumentException("a page has at least one row");
        }
        return size + 1;
    }

    /**
     * The page out of the rows a query in {@link Order#orderBy} returned (at most {@code size + 1}, in query order).
     */
    public static <T, K> Page<T, K> page(List<T> fetched, Cursor<K> from, int size, Function<T, K> key) {
        List<T> rows = new ArrayList<>(fetched);
        boolean more = rows.size() > size;
        if (more) {
            rows.subList(size, rows.size()).clear();
        }
        boolean forward = from == null || from.forward();
        if (!forward) {
            Collections.reverse(rows);
        }
        if (rows.isEmpty()) {
            return Page.empty();
        }
        // Coming from a cursor, the rows on its other side exist (the cursor's own row among them).
        boolean following = forward ? more : true;
        boolean preceding = forward ? from != null : more;
        return new Page<>(
                List.copyOf(rows),
                following ? key.apply(rows.get(rows.size() - 1)) : null,
                preceding ? key.apply(rows.get(0)) : null);
    }

    /**
     * The addresses of a page's neighbours, for {@code fragments/paging}: the first page, and the pages before and
     * after it ({@code null} where there is none), each with the same search and filters.
     */
    public record Links(String first, String previous, String next) {

        /**
         * The links of {@code page} of the list at {@code path}: its cursors go in the parameters {@code after} and
         * {@code before} (rows after or before that key in the list's order).
         */
        public static Links of(String path, Map<String, String> filters, Page<?, ?> page) {
            return of(path, filters, page, "after", "before");
        }

        /**
         * The same with the cursors in parameters of their own: for one of several lists paged on one page, whose
         * {@code filters} then hold the other lists' cursors, so that paging one keeps the others where they are.
         */
        public static Links of(String path, Map<String, String> filters, Page<?, ?> page, String after, String before) {
            return new Links(
                    page.previous() == null ? null : href(path, filters, null, null),
                    page.previous() == null ? null : href(path, filters, before, page.previous()),
                    page.next() == null ? null : href(path, filters, after, page.next()));
        }

        /**
         * A JSON list's answer: the page's rows as the body, and its neighbours in an RFC 8288 {@code Link} header
         * ({@code rel="first"}, {@code "prev"}, {@code "next"}), so a list stays a plain array.
         */
        public <T> ResponseEntity<T> answer(T body) {
            List<String> links = new ArrayList<>();
            if (first != null) {
                links.add("<" + first + ">; rel=\"first\"");
            }
            if (previous != null) {
                links.add("<" + previous + ">; rel=\"prev\"");
            }
            if (next != null) {
                links.add("<" + next + ">; rel=\"next\"");
            }
            ResponseEntity.BodyBuilder answer = ResponseEntity.ok();
            if (!links.isEmpty()) {
                answer.header(HttpHeaders.LINK, String.join(", ", links));
            }
            return answer.body(body);
        }
    }

    /**
     * The address of a page of a list at {@code path} with the same search and filters ({@code filters}, blank ones
     * left out, in name order so equal pages have equal addresses), starting from a cursor parameter, or the first page
     * when {@code cursor} is {@code null}.
     */
    public static String href(String path, Map<String, String> filters, String cursor, Object key) {
        UriComponentsBuilder uri = UriComponentsBuilder.fromPath(path);
        filters.entrySet().stream()
                .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                .sorted(Map.Entry.comparingByKey())
                .forEach(e -> uri.queryParam(e.getKey(), e.getValue().strip()));
        if (cursor != null) {
            uri.queryParam(cursor, key);
        }
        return uri.encode().build().toUriString();
    }
}
