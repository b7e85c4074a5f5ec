package org.silverbranch.orglife.oversight.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

/**
 * A service interface answered by a plain object that has some of its methods (same name and parameter types):
 * the test writes only what it needs; anything else fails loudly, so a test cannot pass by calling a method it did
 * not expect.
 */
public final class Fakes {

    private Fakes() {
    }

    @SuppressWarnings("unchecked")
    public static <T> T of(Class<T> type, Object implementation) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> "fake " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(proxy);
                    case "equals" -> proxy == args[0];
                    default -> throw new UnsupportedOperationException(method.getName());
                };
            }
            Method target;
            try {
                target = implementation.getClass().getMethod(method.getName(), method.getParameterTypes());
            } catch (NoSuchMethodException e) {
                throw new UnsupportedOperationException("the fake " + type.getSimpleName() + " has no "
                        + method.getName());
            }
            try {
                target.setAccessible(true);
                return target.invoke(implementation, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        });
    }
}
