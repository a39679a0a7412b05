package io.lyceum.bench;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts SQL statements executed through the application's data source, whoever issues them
 * (Hibernate, Spring Data, raw JDBC in {@code doWork}), by wrapping connections and statements.
 * Public for benchmarks of other packages (the grading benchmark).
 */
public class StatementCounter implements BeanPostProcessor {

    public static final AtomicLong EXECUTED = new AtomicLong();

    /** The same count for the calling thread only: background pollers don't blur one call's figure. */
    private static final ThreadLocal<long[]> ON_THIS_THREAD = ThreadLocal.withInitial(() -> new long[1]);

    public static long onThisThread() {
        return ON_THIS_THREAD.get()[0];
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Proxy)) {
            return proxy(DataSource.class, dataSource, (target, method, args) -> {
                Object result = invoke(method, target, args);
                return result instanceof Connection connection ? connection(connection) : result;
            });
        }
        return bean;
    }

    private static Connection connection(Connection connection) {
        return proxy(Connection.class, connection, (target, method, args) -> {
            Object result = invoke(method, target, args);
            return result instanceof Statement statement ? statement(statement) : result;
        });
    }

    private static Statement statement(Statement statement) {
        Class<?>[] types = statement instanceof PreparedStatement
                ? new Class<?>[] {PreparedStatement.class}
                : new Class<?>[] {Statement.class};
        return (Statement) Proxy.newProxyInstance(
                StatementCounter.class.getClassLoader(), types, (proxy, method, args) -> {
                    if (method.getName().startsWith("execute")) {
                        EXECUTED.incrementAndGet();
                        ON_THIS_THREAD.get()[0]++;
                    }
                    return invoke(method, statement, args);
                });
    }

    interface Call {
        Object apply(Object target, Method method, Object[] args) throws Throwable;
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target, Call call) {
        InvocationHandler handler = (proxy, method, args) -> call.apply(target, method, args);
        return (T) Proxy.newProxyInstance(StatementCounter.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
