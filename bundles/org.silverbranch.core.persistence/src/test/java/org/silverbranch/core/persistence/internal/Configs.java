package org.silverbranch.core.persistence.internal;

import java.lang.reflect.Proxy;
import java.util.Map;

/** A DS configuration annotation's instance for tests: its defaults, some values overridden. */
public final class Configs {

    private Configs() {
    }

    public static <A> A of(Class<A> type, Map<String, Object> values) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, method, args) -> {
            if (values.containsKey(method.getName())) {
                return values.get(method.getName());
            }
            if (method.getDefaultValue() != null) {
                return method.getDefaultValue();
            }
            if (method.getName().equals("annotationType")) {
                return type;
            }
            throw new UnsupportedOperationException(method.getName());
        }));
    }
}
