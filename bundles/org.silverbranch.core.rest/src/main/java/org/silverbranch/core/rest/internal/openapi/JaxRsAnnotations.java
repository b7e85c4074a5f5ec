package org.silverbranch.core.rest.internal.openapi;

import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;

import javax.ws.rs.HttpMethod;
import javax.ws.rs.Path;

/**
 * Finds JAX-RS annotations the way JAX-RS does: on the class or method itself, else inherited from a superclass
 * or an implemented interface (JAX-RS 2.1, section 3.6).
 */
final class JaxRsAnnotations {

    private JaxRsAnnotations() {
    }

    /** The class's {@code @Path}, or null when it is not a root resource. */
    static Path rootPath(Class<?> type) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            if (c.isAnnotationPresent(Path.class)) {
                return c.getAnnotation(Path.class);
            }
            for (Class<?> implemented : c.getInterfaces()) {
                if (implemented.isAnnotationPresent(Path.class)) {
                    return implemented.getAnnotation(Path.class);
                }
            }
        }
        return null;
    }

    /** The method that carries the JAX-RS annotations of {@code method}, or null when it has none. */
    static Method annotated(Method method) {
        if (isAnnotated(method)) {
            return method;
        }
        List<Class<?>> supertypes = new ArrayList<>();
        if (method.getDeclaringClass().getSuperclass() != null) {
            supertypes.add(method.getDeclaringClass().getSuperclass());
        }
        supertypes.addAll(List.of(method.getDeclaringClass().getInterfaces()));
        for (Class<?> supertype : supertypes) {
            try {
                Method inherited = annotated(supertype.getMethod(method.getName(), method.getParameterTypes()));
                if (inherited != null) {
                    return inherited;
                }
            } catch (NoSuchMethodException e) {
                // not declared there
            }
        }
        return null;
    }

    /** The HTTP method of a resource method, e.g. {@code GET}; null for a sub-resource locator. */
    static String httpMethod(Method method) {
        for (Annotation annotation : method.getAnnotations()) {
            HttpMethod http = annotation.annotationType().getAnnotation(HttpMethod.class);
            if (http != null) {
                return http.value();
            }
        }
        return null;
    }

    private static boolean isAnnotated(Method method) {
        return method.isAnnotationPresent(Path.class) || httpMethod(method) != null;
    }
}
