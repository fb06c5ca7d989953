package be.brugwerk.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
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

    /** What a walk saw: the ids of each page, and the addresses it followed after the first. */
    public record Walk(List<List<String>> pages, List<String> links) {

        public List<String> rows() {
            return pages.stream().flatMap(List::stream).toList();
        }
    }

    private PagedList() {
    }

    /** From the HTML page at {@code first}, following {@code link}; {@code row} finds a row's id (group 1). */
    public static Walk walk(WebSession session, String first, Pattern row, Pattern link) {
        return walk(session, first, row, link, false);
    }

    /** From the JSON list at {@code first}, following the Link header's next page. */
    public static Walk walkApi(WebSession session, String first, Pattern row) {
        return walk(session, first, row, NEXT_HEADER, true);
    }

    private static Walk walk(WebSession session, String first, Pattern row, Pattern link, boolean api) {
        List<List<String>> pages = new ArrayList<>();
        List<String> links = new ArrayList<>();
        String next = first;
        while (next != null) {
            HttpResponse<String> page = api ? session.getJson(next) : session.get(next);
            assertThat(page.statusCode()).as(next).isEqualTo(200);
            pages.add(matches(row, page.body()));
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

    public static List<String> matches(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group(1));
        }
        return found;
    }
}
