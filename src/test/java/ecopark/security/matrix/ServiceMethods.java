package ecopark.security.matrix;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The public service API the access matrix covers: of every bean whose class is public, lies in an
 * {@code ecopark.<feature>.service} package and is a {@code @Service}/{@code @Component} (not a configuration), every
 * public instance method it declares, except event listeners (the application calls those, not a user). Keyed
 * {@code Class.method(parameter, names)}.
 */
public final class ServiceMethods {

    /** One method, with the bean (the Spring proxy) to call it on. */
    public record Entry(Object bean, Method method) {

        public List<String> parameterNames() {
            return Arrays.stream(method.getParameters()).map(p -> p.getName()).toList();
        }
    }

    private ServiceMethods() {
    }

    public static Map<String, Entry> of(ApplicationContext context) {
        Map<String, Entry> methods = new TreeMap<>();
        for (String name : context.getBeanDefinitionNames()) {
            Class<?> beanType = context.getType(name);
            if (beanType == null) {
                continue;
            }
            Class<?> type = org.springframework.util.ClassUtils.getUserClass(beanType);
            if (!isServiceClass(type)) {
                continue;
            }
            Object bean = context.getBean(name);
            for (Method method : AopUtils.getTargetClass(bean).getDeclaredMethods()) {
                if (isCovered(method)) {
                    methods.put(key(method), new Entry(bean, method));
                }
            }
        }
        return methods;
    }

    static boolean isServiceClass(Class<?> type) {
        return type.getPackageName().matches("ecopark\\.\\w+\\.service") && Modifier.isPublic(type.getModifiers())
                && AnnotatedElementUtils.hasAnnotation(type, Component.class)
                && !AnnotatedElementUtils.hasAnnotation(type, Configuration.class);
    }

    private static boolean isCovered(Method method) {
        int modifiers = method.getModifiers();
        return Modifier.isPublic(modifiers) && !Modifier.isStatic(modifiers) && !method.isSynthetic()
                && !method.isBridge() && !AnnotatedElementUtils.hasAnnotation(method, EventListener.class)
                && !AnnotatedElementUtils.hasAnnotation(method, TransactionalEventListener.class);
    }

    static String key(Method method) {
        if (Arrays.stream(method.getParameters()).anyMatch(p -> !p.isNamePresent())) {
            throw new IllegalStateException("Parameter names missing (compile with -parameters): " + method);
        }
        return method.getDeclaringClass().getSimpleName() + "." + method.getName() + "("
                + Arrays.stream(method.getParameters()).map(p -> p.getName()).collect(Collectors.joining(", ")) + ")";
    }
}
