package be.brugwerk.system.security;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

/** One read of the store per request, and the last-access time written at most once a minute. */
class SparingSessionsUnitTests {

    final AtomicInteger reads = new AtomicInteger();
    final CountingStore store = new CountingStore();
    final SparingSessions<MapSession> sessions = new SparingSessions<>(store);

    @Test
    void aRequestReadsItsSessionOnceHoweverOftenItAsks() throws Exception {
        String id = storedSession(Instant.parse("2026-12-06T09:00:00Z"));

        duringOneRequest(() -> {
            SparingSessions.Sparing<MapSession> first = sessions.findById(id);
            first.setAttribute("brugwerk.lastSeenAt", Instant.parse("2026-12-06T09:00:30Z"));
            sessions.save(first);
            // Spring Session's second save at the end of the request looks the session up again
            assertThat(sessions.findById(id)).isSameAs(first);
        });

        assertThat(reads).hasValue(1);
        assertThat(store.findById(id).<Instant>getAttribute("brugwerk.lastSeenAt"))
                .isEqualTo(Instant.parse("2026-12-06T09:00:30Z"));
    }

    @Test
    void eachRequestReadsAnewAndOutsideARequestNothingIsKept() throws Exception {
        String id = storedSession(Instant.parse("2026-12-06T09:00:00Z"));

        duringOneRequest(() -> sessions.findById(id));
        duringOneRequest(() -> sessions.findById(id));
        sessions.findById(id);
        sessions.findById(id);

        assertThat(reads).hasValue(4);
    }

    @Test
    void aDeletedSessionIsNotFoundAgainInTheSameRequest() throws Exception {
        String id = storedSession(Instant.parse("2026-12-06T09:00:00Z"));

        duringOneRequest(() -> {
            sessions.findById(id);
            sessions.deleteById(id);
            assertThat(sessions.findById(id)).isNull();
        });
    }

    @Test
    void writesTheLastAccessTimeOnlyOnceItIsAMinuteOld() throws Exception {
        Instant nine = Instant.parse("2026-12-06T09:00:00Z");
        String id = storedSession(nine);

        accessAt(id, nine.plusSeconds(59));
        assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(nine);

        accessAt(id, nine.plus(SparingSessions.LAST_ACCESS_STEP));
        assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(nine.plusSeconds(60));

        accessAt(id, nine.plusSeconds(119));
        assertThat(store.findById(id).getLastAccessedTime()).isEqualTo(nine.plusSeconds(60));
    }

    @Test
    void aNewSessionIsStoredWhole() {
        SparingSessions.Sparing<MapSession> created = sessions.createSession();
        created.setAttribute("brugwerk.signIn", "someone");
        created.setMaxInactiveInterval(Duration.ofHours(12));
        sessions.save(created);

        MapSession stored = store.findById(created.getId());
        assertThat(stored.<String>getAttribute("brugwerk.signIn")).isEqualTo("someone");
        assertThat(stored.getMaxInactiveInterval()).isEqualTo(Duration.ofHours(12));
    }

    private void accessAt(String id, Instant time) throws Exception {
        duringOneRequest(() -> {
            SparingSessions.Sparing<MapSession> session = sessions.findById(id);
            session.setLastAccessedTime(time);
            sessions.save(session);
        });
    }

    private String storedSession(Instant lastAccessed) {
        MapSession session = new MapSession();
        session.setLastAccessedTime(lastAccessed);
        // Never expires: Spring Session's map store judges expiry by the machine's clock, and these sessions are dated
        // on a fixed day, so a 12-hour lifetime made the tests fail from 21:00 UTC on that day on.
        session.setMaxInactiveInterval(Duration.ofSeconds(-1));
        store.save(session);
        return session.getId();
    }

    private void duringOneRequest(Runnable work) throws Exception {
        FilterChain chain = (request, response) -> work.run();
        SparingSessions.rememberingWhatEachRequestLoads()
                .doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
    }

    /** Spring Session's map store (each read gives a copy, as the JDBC store does), counting its reads. */
    final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {

        private final MapSessionRepository sessions = new MapSessionRepository(new HashMap<>());

        @Override
        public MapSession createSession() {
            return sessions.createSession();
        }

        @Override
        public void save(MapSession session) {
            sessions.save(session);
        }

        @Override
        public MapSession findById(String id) {
            reads.incrementAndGet();
            return sessions.findById(id);
        }

        @Override
        public void deleteById(String id) {
            sessions.deleteById(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }
}
