package fr.cls.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.resource.ResourceType;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/** The broker's grants follow what each service says it produces and consumes (cls.events in its application.yml). */
class KafkaAccessTest {

    static final Path ROOT = Path.of(System.getProperty("cls.repo.root", "../..")).toAbsolutePath().normalize();

    @Test
    void theTopicsOfEveryServiceAreThoseItsConfigurationNames() throws IOException {
        for (Service service : Service.values()) {
            Map<String, Object> events = events(service);
            assertThat(service.produces()).as(service.module() + " produces").isEqualTo(topics(events.get("produces")));
            assertThat(service.consumes()).as(service.module() + " consumes").isEqualTo(topics(events.get("consumes")));
        }
    }

    @Test
    void noServiceMayWriteATopicAnotherServiceProduces() {
        for (Service writer : Service.values()) {
            for (Service owner : Service.values()) {
                if (owner == writer) {
                    continue;
                }
                assertThat(KafkaAccess.bindings(writer)).as(writer.module() + " writing " + owner.produces())
                        .noneMatch(binding -> binding.entry().operation() == AclOperation.WRITE
                                && binding.pattern().resourceType() == ResourceType.TOPIC
                                && owner.produces().contains(binding.pattern().name()));
            }
        }
    }

    /** From the file's first document (the others are profile-specific). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> events(Service service) throws IOException {
        String file = Files.readString(ROOT.resolve(service.module()).resolve("src/main/resources/application.yml"));
        Map<String, Object> yml = (Map<String, Object>) new Yaml().loadAll(file).iterator().next();
        return (Map<String, Object>) ((Map<String, Object>) yml.get("cls")).get("events");
    }

    private static List<String> topics(Object value) {
        return value == null ? List.of() : Arrays.stream(value.toString().split(",")).map(String::trim).toList();
    }
}
