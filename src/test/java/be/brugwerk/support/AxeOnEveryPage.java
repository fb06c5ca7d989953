package be.brugwerk.support;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Proof that axe checked every page the browser tests open (issue 12). Every window made from {@link Browsers#chromium}
 * reports each page it loads: an HTML answer to a navigation of a tab's main frame, by its kind (the method, the path
 * with its ids as placeholders, the names of its query parameters). {@link Browsers#assertAccessible} marks the kind
 * of the page it checks. After the last test of a class, a kind opened but never checked fails the class.
 *
 * <p>Registered by {@link FullStackTest}; a window opened outside such a class fails at once, so no browser test can
 * escape the check.
 */
public final class AxeOnEveryPage implements BeforeAllCallback, AfterAllCallback {

    private static final Pattern ID = Pattern.compile("[0-9a-fA-F]{8}(-[0-9a-fA-F]{4}){3}-[0-9a-fA-F]{12}|\\d+");

    /** Kinds of page opened in the running class, each with the first address it was opened at. */
    private static final Map<String, String> opened = new LinkedHashMap<>();

    private static final Set<String> checked = new LinkedHashSet<>();
    private static final Map<Page, String> shown = new WeakHashMap<>();
    private static String testClass;

    @Override
    public void beforeAll(ExtensionContext context) {
        synchronized (opened) {
            testClass = context.getRequiredTestClass().getSimpleName();
            opened.clear();
            checked.clear();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        synchronized (opened) {
            testClass = null;
            Map<String, String> unchecked = new LinkedHashMap<>(opened);
            unchecked.keySet().removeAll(checked);
            if (!unchecked.isEmpty()) {
                throw new AssertionError(context.getRequiredTestClass().getSimpleName()
                        + " opened pages that axe never checked (Browsers.assertAccessible): "
                        + unchecked.entrySet().stream()
                                .map(page -> page.getKey() + " (first at " + page.getValue() + ")")
                                .collect(Collectors.joining("; ")));
            }
        }
    }

    /** The browser, reporting every page of every window made from it. */
    static Browser watching(Browser browser) {
        return (Browser) Proxy.newProxyInstance(
                Browser.class.getClassLoader(), new Class<?>[] {Browser.class}, (proxy, method, arguments) -> {
                    Object answer;
                    try {
                        answer = method.invoke(browser, arguments);
                    } catch (InvocationTargetException failed) {
                        throw failed.getCause();
                    }
                    if (answer instanceof BrowserContext window) {
                        requireAClassUnderWatch();
                        window.onPage(AxeOnEveryPage::watch);
                    } else if (answer instanceof Page page) {
                        requireAClassUnderWatch();
                        watch(page);
                    }
                    return answer;
                });
    }

    /** Marks the page as it stands now as checked by axe. */
    static void checked(Page page) {
        synchronized (opened) {
            String kind = shown.get(page);
            if (kind != null) {
                checked.add(kind);
            }
        }
    }

    /** Whether axe checked the kind of page this one shows, in the running test class. */
    static boolean isChecked(Page page) {
        synchronized (opened) {
            return checked.contains(shown.get(page));
        }
    }

    private static void requireAClassUnderWatch() {
        synchronized (opened) {
            if (testClass == null) {
                throw new IllegalStateException(
                        "a browser window outside a @FullStackTest class: nothing would prove axe checked its pages");
            }
        }
    }

    private static void watch(Page page) {
        page.onResponse(response -> {
            if (isAPageShown(page, response)) {
                String kind = kind(response.request().method(), response.url());
                synchronized (opened) {
                    opened.putIfAbsent(kind, response.url());
                    shown.put(page, kind);
                }
            }
        });
    }

    private static boolean isAPageShown(Page page, Response response) {
        String type = response.headers().getOrDefault("content-type", "");
        return response.request().isNavigationRequest()
                && response.frame() == page.mainFrame()
                && (response.status() < 300 || response.status() >= 400)
                && type.startsWith("text/html");
    }

    /** {@code GET /trajectories/{id}?refused}: the method, the path with its ids as {id}, the query's names. */
    static String kind(String method, String address) {
        URI uri = URI.create(address);
        String path = Arrays.stream(uri.getPath().split("/", -1))
                .map(segment -> ID.matcher(segment).matches() ? "{id}" : segment)
                .collect(Collectors.joining("/"));
        String query = uri.getRawQuery() == null
                ? ""
                : Arrays.stream(uri.getRawQuery().split("&"))
                        .map(parameter -> parameter.split("=", 2)[0])
                        .distinct()
                        .sorted()
                        .collect(Collectors.joining("&", "?", ""));
        return method + " " + path + query;
    }
}
