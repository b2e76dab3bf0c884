package fr.cls.platform.asyncapi;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.RegexPatternTypeFilter;
import org.springframework.util.ClassUtils;

/**
 * The event records of the classpath: in a package {@code fr.cls.*.events}, a class with a {@code TOPIC} constant
 * names the topic, and every record of that package with a {@code TYPE} constant is an event published there.
 */
public final class EventCatalog {

    /** One event: its CloudEvents type and the record of its {@code data}. */
    public record Event(String type, Class<?> payload) {
    }

    private final Map<String, List<Event>> byTopic;

    private EventCatalog(Map<String, List<Event>> byTopic) {
        this.byTopic = byTopic;
    }

    public static EventCatalog scan(ClassLoader loader) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.setResourceLoader(new org.springframework.core.io.DefaultResourceLoader(loader));
        scanner.addIncludeFilter(new RegexPatternTypeFilter(Pattern.compile("fr\\.cls\\..*\\.events\\.[^.]+")));
        Map<String, String> topicOfPackage = new TreeMap<>();
        Map<String, List<Class<?>>> recordsOfPackage = new TreeMap<>();
        for (BeanDefinition candidate : scanner.findCandidateComponents("fr.cls")) {
            Class<?> type = ClassUtils.resolveClassName(candidate.getBeanClassName(), loader);
            String pkg = type.getPackageName();
            String topic = constant(type, "TOPIC");
            if (topic != null) {
                topicOfPackage.put(pkg, topic);
            }
            if (type.isRecord() && constant(type, "TYPE") != null) {
                recordsOfPackage.computeIfAbsent(pkg, p -> new java.util.ArrayList<>()).add(type);
            }
        }
        Map<String, List<Event>> byTopic = new LinkedHashMap<>();
        topicOfPackage.forEach((pkg, topic) -> byTopic.put(topic, recordsOfPackage.getOrDefault(pkg, List.of()).stream()
                .map(r -> new Event(constant(r, "TYPE"), r))
                .sorted(Comparator.comparing(Event::type)).toList()));
        return new EventCatalog(byTopic);
    }

    /** The events published on a topic; none for a topic whose records are not on the classpath. */
    public List<Event> events(String topic) {
        return byTopic.getOrDefault(topic, List.of());
    }

    public Map<String, List<Event>> all() {
        return byTopic;
    }

    private static String constant(Class<?> type, String name) {
        try {
            Field field = type.getDeclaredField(name);
            int modifiers = field.getModifiers();
            return Modifier.isStatic(modifiers) && Modifier.isPublic(modifiers) && field.getType() == String.class
                    ? (String) field.get(null) : null;
        } catch (NoSuchFieldException e) {
            return null;
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("cannot read " + type.getName() + "." + name, e);
        }
    }
}
