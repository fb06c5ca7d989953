package be.brugwerk.system.web;

import be.brugwerk.system.TextInput;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.servlet.filter.OrderedFilter;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Every request parameter that holds a name ({@link TextInput#isNameField}: {@code name}, {@code adminName},
 * {@code members[2].name}) reaches the application without the invisible characters that can disguise it
 * ({@link TextInput#withoutHiddenMarks}): a form record's field and a single {@code @RequestParam} alike, since both
 * are read from the parameters. Nothing is read before someone asks for a parameter.
 */
@Component
@Order(NameParameters.ORDER)
class NameParameters extends OncePerRequestFilter {

    /**
     * After the filters that read a PUT or PATCH form body or the method a form asks for (Spring Boot's
     * {@code OrderedFormContentFilter}, -9900; {@code OrderedHiddenHttpMethodFilter}, -10000), whose wrappers would
     * otherwise hand out the parameters unseen; before Spring Security's (-100), like the other request wrappers.
     */
    static final int ORDER = OrderedFilter.REQUEST_WRAPPER_FILTER_MAX_ORDER - 9000;

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Cleaned(request), response);
    }

    /** The request with its name parameters cleaned. */
    private static final class Cleaned extends HttpServletRequestWrapper {

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String value = super.getParameter(name);
            return TextInput.isNameField(name) ? TextInput.withoutHiddenMarks(value) : value;
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = super.getParameterValues(name);
            return TextInput.isNameField(name) ? cleaned(values) : values;
        }

        /** Built anew on every call: a forward or include may add parameters to the request after a first read. */
        @Override
        public Map<String, String[]> getParameterMap() {
            Map<String, String[]> all = new LinkedHashMap<>();
            super.getParameterMap()
                    .forEach((name, values) -> all.put(name, TextInput.isNameField(name) ? cleaned(values) : values));
            return Collections.unmodifiableMap(all);
        }

        private static String[] cleaned(String[] values) {
            if (values == null) {
                return null;
            }
            String[] cleaned = new String[values.length];
            for (int i = 0; i < values.length; i++) {
                cleaned[i] = TextInput.withoutHiddenMarks(values[i]);
            }
            return cleaned;
        }
    }
}
