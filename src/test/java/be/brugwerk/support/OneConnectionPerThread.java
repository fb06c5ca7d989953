package be.brugwerk.support;

import com.zaxxer.hikari.HikariDataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Refuses, in every full-stack test, what must never happen on a node under load: a thread asking the pool
 * for a second connection while it holds one. With a pool of N, N such threads each holding one and waiting
 * for another starve each other until the pool times out (a node hung at 16 concurrent users this way). The
 * refusal is an exception where the second connection is asked for, so the test that walks that path fails
 * there, and every refusal is kept for tests that assert on them.
 */
public final class OneConnectionPerThread implements BeanPostProcessor {

    /** The pool requests draw from; the owner's pool (migrations, test fixtures) is not a request's. */
    static final String APPLICATION_POOL = "dataSource";

    private static final ThreadLocal<Integer> HELD = ThreadLocal.withInitial(() -> 0);
    private static final List<String> REFUSALS = new CopyOnWriteArrayList<>();

    /** Keeps the pool's type (a class proxy), so other test wrappers still recognise it, in either order. */
    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof HikariDataSource pool) || !APPLICATION_POOL.equals(beanName)) {
            return bean;
        }
        ProxyFactory factory = new ProxyFactory(pool);
        factory.setProxyTargetClass(true);
        factory.addAdvice((MethodInterceptor) invocation -> {
            if (!invocation.getMethod().getName().equals("getConnection")) {
                return invocation.proceed();
            }
            if (HELD.get() > 0) {
                IllegalStateException refusal = new IllegalStateException("thread "
                        + Thread.currentThread().getName() + " asked for a second pooled connection while holding one");
                REFUSALS.add(refusal.getMessage() + " at " + callerOf(refusal));
                throw refusal;
            }
            Connection connection = (Connection) invocation.proceed();
            HELD.set(HELD.get() + 1);
            return counted(connection);
        });
        return factory.getProxy();
    }

    /** What was refused since the tests began, each with the thread and the code that asked. */
    public static List<String> refusals() {
        return List.copyOf(REFUSALS);
    }

    private static Connection counted(Connection connection) {
        AtomicBoolean closed = new AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(
                Connection.class.getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, arguments) -> {
                    if (method.getName().equals("close") && closed.compareAndSet(false, true)) {
                        HELD.set(HELD.get() - 1);
                    }
                    try {
                        return method.invoke(connection, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    private static String callerOf(Throwable refusal) {
        for (StackTraceElement frame : refusal.getStackTrace()) {
            if (frame.getClassName().startsWith("be.brugwerk.")
                    && !frame.getClassName().contains("support")) {
                return frame.toString();
            }
        }
        return refusal.getStackTrace().length > 3 ? refusal.getStackTrace()[3].toString() : "?";
    }
}
