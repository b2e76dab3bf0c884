package fr.cls.notification.subscription;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import fr.cls.platform.context.TenantContext;

/**
 * The local stack's demo people (deploy/identity-provider's demo identities) as subscribers with their roles'
 * defaults, so that the README's walk-through sends emails before anyone opened their preferences. Off unless
 * {@code cls.notifications.demo-seed} is true; seeding twice changes nothing.
 */
@Component
@ConditionalOnProperty(name = "cls.notifications.demo-seed", havingValue = "true")
class DemoSubscribers {

    private static final Logger log = LoggerFactory.getLogger(DemoSubscribers.class);

    private final Subscriptions subscriptions;

    DemoSubscribers(Subscriptions subscriptions) {
        this.subscriptions = subscriptions;
    }

    @EventListener(ApplicationReadyEvent.class)
    @SuppressWarnings("unchecked")
    void seed() {
        Map<String, Object> root;
        try (InputStream in = new ClassPathResource("demo-subscribers.yml").getInputStream()) {
            root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Map<String, Object>> people = (List<Map<String, Object>>) root.get("subscribers");
        for (Map<String, Object> p : people) {
            Identity who = new Identity(null, (String) p.get("subject"), (String) p.get("email"), (String) p.get("name"),
                    (List<String>) p.get("roles"));
            TenantContext.callAs((String) p.get("tenant"), () -> subscriptions.mine(who));
        }
        log.info("{} demo subscribers seeded", people.size());
    }
}
