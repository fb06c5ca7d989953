package be.brugwerk.system.security;

import jakarta.servlet.Filter;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * Spring Session's store, asked as little as a request allows. Left to itself, every signed-in request ran three
 * statements on the session tables beside its own work, each in a transaction of its own: it read the session,
 * wrote the last-access time back, and read the session once more, because Spring Session saves when a page is
 * first flushed and again at the end of the request, and that second save looks the session up anew. Now:
 *
 * <ul>
 *   <li>a session is read once per request: what a request loaded, it finds again;
 *   <li>its last-access time is written at most once a minute ({@link #LAST_ACCESS_STEP}), as our own idle stamp is
 *       ({@code SessionRulesFilter}). A session lives for hours; a minute more or less on its expiry changes
 *       nothing for anyone, and a coach clicking through a map costs one write a minute instead of one a click.
 * </ul>
 *
 * Everything else (attributes, a changed id, a new or deleted session) goes to the store as before.
 */
final class SparingSessions<S extends Session> implements FindByIndexNameSessionRepository<SparingSessions.Sparing<S>> {

    static final Duration LAST_ACCESS_STEP = Duration.ofMinutes(1);

    /**
     * What the current request loaded; no holder outside a request, so nothing is kept between requests. One for
     * all stores: a thread serves one request of one application at a time, and each store finds only its own.
     */
    private static final ThreadLocal<Loaded> THIS_REQUEST = new ThreadLocal<>();

    private final FindByIndexNameSessionRepository<S> store;

    SparingSessions(FindByIndexNameSessionRepository<S> store) {
        this.store = store;
    }

    /** Wraps each request (before Spring Session's filter), so that what it loads is found again until it ends. */
    static Filter rememberingWhatEachRequestLoads() {
        return (request, response, chain) -> {
            Loaded outer = THIS_REQUEST.get();
            THIS_REQUEST.set(new Loaded());
            try {
                chain.doFilter(request, response);
            } finally {
                if (outer == null) {
                    THIS_REQUEST.remove();
                } else {
                    THIS_REQUEST.set(outer);
                }
            }
        };
    }

    @Override
    public Sparing<S> createSession() {
        return new Sparing<>(store.createSession());
    }

    @Override
    public void save(Sparing<S> session) {
        store.save(session.stored);
    }

    @Override
    public Sparing<S> findById(String id) {
        Loaded loaded = THIS_REQUEST.get();
        if (loaded != null && loaded.store == this && loaded.session.getId().equals(id)) {
            @SuppressWarnings("unchecked") // put there by this store, below
            Sparing<S> again = (Sparing<S>) loaded.session;
            return again;
        }
        S found = store.findById(id);
        if (found == null) {
            return null;
        }
        Sparing<S> session = new Sparing<>(found);
        if (loaded != null) {
            loaded.store = this;
            loaded.session = session;
        }
        return session;
    }

    @Override
    public void deleteById(String id) {
        Loaded loaded = THIS_REQUEST.get();
        if (loaded != null && loaded.store == this && loaded.session.getId().equals(id)) {
            loaded.store = null;
            loaded.session = null;
        }
        store.deleteById(id);
    }

    @Override
    public Map<String, Sparing<S>> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return store.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, found -> new Sparing<>(found.getValue())));
    }

    private static final class Loaded {
        private SparingSessions<?> store;
        private Sparing<?> session;
    }

    /** A stored session that passes on a new last-access time only once the stored one is a minute old. */
    static final class Sparing<S extends Session> implements Session {

        private final S stored;

        Sparing(S stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant lastAccessedTime) {
            if (!lastAccessedTime.isBefore(stored.getLastAccessedTime().plus(LAST_ACCESS_STEP))) {
                stored.setLastAccessedTime(lastAccessedTime);
            }
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            stored.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
