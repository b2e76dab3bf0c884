package fr.cls.contract.action;

import java.lang.reflect.Method;
import java.util.List;

import org.springframework.data.domain.AbstractAggregateRoot;

/** The events an aggregate raised and the repository has not published yet (Spring Data keeps them protected). */
final class Raised {

    private Raised() {
    }

    static List<Object> by(AbstractAggregateRoot<?> aggregate) {
        try {
            Method events = AbstractAggregateRoot.class.getDeclaredMethod("domainEvents");
            events.setAccessible(true);
            return List.copyOf((java.util.Collection<?>) events.invoke(aggregate));
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
