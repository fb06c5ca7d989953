package be.brugwerk.support;

import org.springframework.context.support.ResourceBundleMessageSource;

/** The application's message bundles for a test without Spring, resolved as the application resolves them. */
public final class Bundles {

    private Bundles() {}

    /**
     * The bundles named ({@code "i18n/roles"}), read as UTF-8, without the fallback to the system's locale: a text
     * asked in a language is that language's, whatever machine runs the test.
     */
    public static ResourceBundleMessageSource of(String... basenames) {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames(basenames);
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        return messages;
    }
}
