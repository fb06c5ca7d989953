package be.brugwerk.support;

import com.zaxxer.hikari.HikariDataSource;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.awaitility.Awaitility;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Counts the SQL statements that HTTP requests run, at the JDBC level: every statement executed on a connection of
 * the application's pool (the owner's migration connection is left alone) by a thread serving a request — queries,
 * updates, the session store's reads and writes and the organisation set at the start of every transaction. A
 * test records one or more requests and then asks what ran:
 *
 * <pre>
 * try (SqlStatements.Recording recording = statements.record()) {
 *     session.get("/participants");
 *     assertThat(recording.statements()).hasSizeLessThanOrEqualTo(12);
 * }
 * </pre>
 *
 * {@link Recording#statements()} first waits until the server has finished every request it started (the client may
 * read the answer before the server's filters are done), so nothing a request runs after its last byte is missed.
 * Requests of other tests cannot interfere: the full-stack tests run one after the other.
 */
public final class SqlStatements {

    /**
     * One statement as it was sent, which thread sent it, and whether the session store (Spring Session) sent it, with
     * the organisation setting at the start of its transaction; its parameters as the statement was given them.
     */
    public record Executed(String thread, String sql, boolean bySessionStore, List<Parameter> bound) {

        /** The parameters' values, in order ({@code setNull}'s as null). */
        public List<Object> parameters() {
            return bound.stream().map(Parameter::value).toList();
        }

        /**
         * Binds the parameters to {@code statement} (this statement's SQL, or it behind {@code explain}) as the
         * application bound them: every replay binds through here, so that PostgreSQL types each parameter as it did
         * for the application, and the replayed plan is the application's.
         */
        public void bindTo(PreparedStatement statement) throws SQLException {
            for (Parameter parameter : bound) {
                parameter.bindTo(statement);
            }
        }

        /**
         * How many elements the largest array literal among the statement's parameters has ({@code Pg.array}: how
         * many ids a statement was given), 0 when it has none.
         */
        public int largestArray() {
            return parameters().stream()
                    .filter(p -> p instanceof String text && text.startsWith("{") && text.endsWith("}"))
                    .mapToInt(p -> {
                        String elements = ((String) p).substring(1, ((String) p).length() - 1);
                        return elements.isEmpty() ? 0 : elements.split(",", -1).length;
                    })
                    .max()
                    .orElse(0);
        }
    }

    /**
     * One parameter as the application bound it: the setter it called and that setter's arguments, its index first.
     * The SQL type is part of the binding: {@code Pg.array} binds its literal as {@link Types#OTHER} (sent untyped, so
     * that PostgreSQL types it by the cast around it), where {@code setObject} of the bare string would send a
     * {@code varchar}, and a statement's plan differs by it.
     */
    public record Parameter(Method setter, List<Object> arguments) {

        public int index() {
            return (Integer) arguments.get(0);
        }

        /** The value bound, null for {@code setNull}. */
        public Object value() {
            return setter.getName().equals("setNull") ? null : arguments.get(1);
        }

        /**
         * The SQL type ({@link Types}) the binding named, where its setter names one ({@code setObject} with a type,
         * {@code setNull}); empty where the driver chose the type by the value's class or by the setter.
         */
        public OptionalInt sqlType() {
            if (setter.getName().equals("setNull")) {
                return OptionalInt.of((Integer) arguments.get(1));
            }
            boolean typed = setter.getName().equals("setObject")
                    && setter.getParameterCount() >= 3
                    && setter.getParameterTypes()[2] == int.class;
            return typed ? OptionalInt.of((Integer) arguments.get(2)) : OptionalInt.empty();
        }

        /** Calls the same setter with the same arguments on {@code statement}. */
        public void bindTo(PreparedStatement statement) throws SQLException {
            try {
                setter.invoke(statement, arguments.toArray());
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(setter + " of PreparedStatement is public", e);
            } catch (InvocationTargetException e) {
                if (e.getCause() instanceof SQLException refused) {
                    throw refused;
                }
                throw new IllegalStateException("could not bind " + this, e.getCause());
            }
        }
    }

    private static final Set<String> EXECUTING = Set.of(
            "execute", "executeQuery", "executeUpdate", "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private static final StackWalker SESSION_STORE = StackWalker.getInstance();

    private final ThreadLocal<Boolean> serving = ThreadLocal.withInitial(() -> false);
    private final AtomicInteger requestsInFlight = new AtomicInteger();
    private final List<Executed> executed = new ArrayList<>();
    private volatile boolean recording;

    /** Starts recording the statements of every request from now on. */
    public Recording record() {
        synchronized (executed) {
            executed.clear();
        }
        recording = true;
        return new Recording();
    }

    /**
     * The statements that {@code requests} made the application run, without the session store's: whether a
     * request writes the session back depends on how long ago it was last written, not on what the page shows
     * (SessionStoreStatementsIntegrationTests counts those). {@link Recording#statements()} has them all.
     */
    public List<Executed> during(Runnable requests) {
        try (Recording recording = record()) {
            requests.run();
            List<Executed> application = recording.statements().stream()
                    .filter(s -> !s.bySessionStore())
                    .toList();
            if (application.isEmpty()) {
                throw new IllegalStateException("no statement recorded: are the requests served by this application?");
            }
            return application;
        }
    }

    /** The statements' SQL on one line each, for a failure message that says what ran. */
    public static String describe(List<Executed> statements) {
        StringBuilder text = new StringBuilder();
        statements.forEach(
                s -> text.append("\n  ").append(s.sql().replaceAll("\\s+", " ").strip()));
        return text.toString();
    }

    public final class Recording implements AutoCloseable {

        private Recording() {}

        /** The statements the requests since {@link #record()} ran, in order, once no request is in flight. */
        public List<Executed> statements() {
            awaitRequestsFinished();
            synchronized (executed) {
                return List.copyOf(executed);
            }
        }

        /** The statements' SQL on one line each, for a failure message that says what ran. */
        public String describe() {
            return SqlStatements.describe(statements());
        }

        @Override
        public void close() {
            recording = false;
        }
    }

    /** A test's last request may still be writing its response after the client read it. */
    private void awaitRequestsFinished() {
        Awaitility.await("requests still running")
                .atMost(Duration.ofSeconds(10))
                .until(() -> requestsInFlight.get() == 0);
    }

    private void executing(String sql, Map<Integer, Parameter> parameters) {
        if (recording && serving.get()) {
            synchronized (executed) {
                executed.add(new Executed(
                        Thread.currentThread().getName(),
                        sql,
                        SESSION_STORE.walk(frames ->
                                frames.anyMatch(f -> f.getClassName().startsWith("org.springframework.session.jdbc."))),
                        List.copyOf(parameters.values())));
            }
        }
    }

    private Connection counted(Connection connection) {
        return proxy(Connection.class, connection, (method, arguments) -> {
            Object result = method.invoke(connection, arguments);
            String name = method.getName();
            if (result instanceof CallableStatement call && name.equals("prepareCall")) {
                return statement(CallableStatement.class, call, (String) arguments[0]);
            }
            if (result instanceof PreparedStatement prepared && name.equals("prepareStatement")) {
                return statement(PreparedStatement.class, prepared, (String) arguments[0]);
            }
            if (result instanceof Statement plain && name.equals("createStatement")) {
                return statement(Statement.class, plain, null);
            }
            return result;
        });
    }

    private <S extends Statement> S statement(Class<S> type, S statement, String preparedSql) {
        // the parameters bound so far, by index, as the statement will send them: the setter and all its arguments
        Map<Integer, Parameter> parameters = new TreeMap<>();
        return proxy(type, statement, (method, arguments) -> {
            String name = method.getName();
            if (name.startsWith("set")
                    && arguments != null
                    && arguments.length >= 2
                    && arguments[0] instanceof Integer index) {
                parameters.put(
                        index, new Parameter(method, Collections.unmodifiableList(Arrays.asList(arguments.clone()))));
            } else if (name.equals("clearParameters")) {
                parameters.clear();
            }
            if (EXECUTING.contains(name)) {
                executing(
                        preparedSql != null
                                ? preparedSql
                                : arguments != null && arguments.length > 0 ? String.valueOf(arguments[0]) : "(batch)",
                        parameters);
            }
            return method.invoke(statement, arguments);
        });
    }

    private interface Call {
        Object invoke(Method method, Object[] arguments) throws Throwable;
    }

    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, arguments) -> {
            try {
                return call.invoke(method, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {type}, handler));
    }

    /**
     * The counter, the application's pool wrapped so that its connections count (still a {@link HikariDataSource}
     * for whoever needs one), and a filter that marks the threads serving requests.
     */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Counting {

        @Bean
        SqlStatements sqlStatements() {
            return new SqlStatements();
        }

        @Bean
        static BeanPostProcessor countingDataSource(
                org.springframework.beans.factory.ObjectProvider<SqlStatements> counter) {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    // the application's pool: statements of the owner's (test fixtures) are not the page's
                    if (!(bean instanceof HikariDataSource pool)
                            || !OneConnectionPerThread.APPLICATION_POOL.equals(name)) {
                        return bean;
                    }
                    ProxyFactory factory = new ProxyFactory(pool);
                    factory.setProxyTargetClass(true);
                    factory.addAdvice((MethodInterceptor) invocation -> {
                        Object result = invocation.proceed();
                        return invocation.getMethod().getName().equals("getConnection")
                                        && result instanceof Connection connection
                                ? counter.getObject().counted(connection)
                                : result;
                    });
                    return factory.getProxy();
                }
            };
        }

        @Bean
        FilterRegistrationBean<OncePerRequestFilter> requestsInFlight(SqlStatements counter) {
            OncePerRequestFilter filter = new OncePerRequestFilter() {
                @Override
                protected void doFilterInternal(
                        HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                        throws ServletException, IOException {
                    counter.requestsInFlight.incrementAndGet();
                    counter.serving.set(true);
                    try {
                        chain.doFilter(request, response);
                    } finally {
                        counter.serving.set(false);
                        counter.requestsInFlight.decrementAndGet();
                    }
                }
            };
            FilterRegistrationBean<OncePerRequestFilter> registration = new FilterRegistrationBean<>(filter);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
