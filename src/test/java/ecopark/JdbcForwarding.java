package ecopark;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;

/**
 * A JDBC object (data source, connection, statement) wrapped in a dynamic proxy that forwards every call, with a hook
 * around it. Shared by the tests' {@link StatementCounter} and the benchmarks' statement counter.
 */
public final class JdbcForwarding {

    private JdbcForwarding() {
    }

    /** The forwarded call, run by the hook when it wants the real result. */
    public interface Call {
        Object get() throws Exception;
    }

    /** What happens around each forwarded call. */
    public interface Around {
        Object apply(Method method, Object[] args, Call call) throws Exception;
    }

    /** Forwards to {@code target} through {@code around}; {@code unwrap} to the target's own type answers the target. */
    public static InvocationHandler forward(Object target, Around around) {
        return (proxy, method, args) -> {
            if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> type
                    && type.isInstance(target)) {
                return target;
            }
            try {
                return around.apply(method, args, () -> method.invoke(target, args));
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
    }
}
