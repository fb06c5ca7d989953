package be.brugwerk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Walks a paged list (keyset paging, {@code system.Keyset}) the way a person does: a page, then its "next" (or
 * "previous") link, until there is none; every page's row ids in the order shown, and every link followed.
 */
public final class PagedList {

    /** The links of {@code fragments/paging}, in HTML. */
    public static final Pattern NEXT = Pattern.compile("<a href=\"([^\"]+)\" rel=\"next\"");

    public static final Pattern PREVIOUS = Pattern.compile("<a href=\"([^\"]+)\" rel=\"prev\"");
    /** The same links in an API answer's Link header. */
    public static final Pattern NEXT_HEADER = Pattern.compile("<([^>]+)>; rel=\"next\"");

    /** The "next" link of the list whose links' {@code nav} has this id, where a page has several lists. */
    public static Pattern next(String nav) {
        return Pattern.compile("(?s)<nav id=\"" + nav + "\"(?:(?!</nav>).)*?<a href=\"([^\"]+)\" rel=\"next\"");
    }

    public static Pattern previous(String nav) {
        return Pattern.compile("(?s)<nav id=\"" + nav + "\"(?:(?!</nav>).)*?<a href=\"([^\"]+)\" rel=\"prev\"");
    }

    /** The ids {@code row} finds between {@code start} and the first {@code end} after it (none without start). */
    public static Function<String, List<String>> within(String start, String end, Pattern row) {
        return page -> {
            int from = page.indexOf(start);
            return from < 0 ? List.of() : matches(row, page.substring(from, page.indexOf(end, from)));
        };
    }

    /** What a walk saw: the ids of each page, and the addresses it followed after the first. */
    public record Walk(List<List<String>> pages, List<String> links) {

        public List<String> rows() {
            return pages.stream().flatMap(List::stream).toList();
        }
    }

    private PagedList() {}

    /** From the HTML page at {@code first}, following {@code link}; {@code row} finds a row's id (group 1). */
    public static Walk walk(WebSession session, String first, Pattern row, Pattern link) {
        return walk(session, first, page -> matches(row, page), link, false);
    }

    /** The same with the rows found by {@code rows}, for a page that shows other rows too. */
    public static Walk walk(WebSession session, String first, Function<String, List<String>> rows, Pattern link) {
        return walk(session, first, rows, link, false);
    }

    /** From the JSON list at {@code first}, following the Link header's next page. */
    public static Walk walkApi(WebSession session, String first, Pattern row) {
        return walk(session, first, page -> matches(row, page), NEXT_HEADER, true);
    }

    private static Walk walk(
            WebSession session, String first, Function<String, List<String>> rows, Pattern link, boolean api) {
        List<List<String>> pages = new ArrayList<>();
        List<String> links = new ArrayList<>();
        String next = first;
        while (next != null) {
            HttpResponse<String> page = api ? session.getJson(next) : session.get(next);
            assertThat(page.statusCode()).as(next).isEqualTo(200);
            pages.add(rows.apply(page.body()));
            assertThat(pages).as("a walk that ends").hasSizeLessThan(1_000);
            String text = api ? page.headers().firstValue("Link").orElse("") : page.body();
            Matcher found = link.matcher(text);
            next = found.find() ? found.group(1).replace("&amp;", "&") : null;
            if (next != null) {
                links.add(next);
            }
        }
        return new Walk(pages, links);
    }

    /**
     * Walks back from the last page {@code forward} reached through the {@code previous} links: the pages it sees, put
     * back in the list's order (they equal {@code forward.pages()} when paging back loses and repeats nothing).
     */
    public static List<List<String>> backFromTheLastPage(
            WebSession session, Walk forward, Function<String, List<String>> rows, Pattern previous) {
        assertThat(forward.links()).as("a list of more than one page").isNotEmpty();
        List<List<String>> pages = new ArrayList<>(
                walk(session, forward.links().get(forward.links().size() - 1), rows, previous)
                        .pages());
        java.util.Collections.reverse(pages);
        return pages;
    }

    /** The rows {@code row} finds anywhere on a page. */
    public static Function<String, List<String>> anywhere(Pattern row) {
        return page -> matches(row, page);
    }

    public static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
