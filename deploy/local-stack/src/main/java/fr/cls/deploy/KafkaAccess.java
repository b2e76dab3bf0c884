package fr.cls.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.kafka.common.acl.AccessControlEntry;
import org.apache.kafka.common.acl.AclBinding;
import org.apache.kafka.common.acl.AclOperation;
import org.apache.kafka.common.acl.AclPermissionType;
import org.apache.kafka.common.resource.PatternType;
import org.apache.kafka.common.resource.ResourcePattern;
import org.apache.kafka.common.resource.ResourceType;

/**
 * The broker's ACLs, one Kafka user per service (named after it): it writes its own topics and the dead-letter
 * topics of what it reads, reads only the topics it consumes, and only in consumer groups whose names start with
 * its own. Nothing else is allowed ({@code allow.everyone.if.no.acl.found=false}).
 */
final class KafkaAccess {

    static final String DEAD_LETTER_SUFFIX = ".DLT";
    /** Every service publishes its audit chain heads there and reads them back to verify (docs/security.md). */
    static final String AUDIT_CHECKPOINTS = "cls.audit.checkpoints.v1";
    /** The tenant directory's changes: contract-service writes them; every service and the gateway read them all. */
    static final String TENANTS = "cls.tenants.v1";

    private KafkaAccess() {
    }

    static String principal(Service service) {
        return "User:" + service.module();
    }

    static String gatewayPrincipal() {
        return "User:" + KafkaCredentials.GATEWAY;
    }

    /** The gateway reads the tenant directory's topic without a consumer group (every instance reads it all). */
    static List<AclBinding> gatewayBindings() {
        List<AclBinding> acl = new ArrayList<>();
        for (AclOperation operation : List.of(AclOperation.READ, AclOperation.DESCRIBE)) {
            acl.add(new AclBinding(topic(TENANTS),
                    new AccessControlEntry(gatewayPrincipal(), "*", operation, AclPermissionType.ALLOW)));
        }
        return acl;
    }

    /** Every topic the services use, created by the administrator before they start. */
    static List<String> topics() {
        return Stream.of(Service.values())
                .flatMap(s -> Stream.concat(s.produces().stream(), s.consumes().stream().map(KafkaAccess::deadLetters)))
                .distinct().filter(topic -> !topic.equals(AUDIT_CHECKPOINTS)).toList();
    }

    static List<AclBinding> bindings(Service service) {
        List<AclBinding> acl = new ArrayList<>();
        for (String topic : service.produces()) {
            allow(acl, service, topic(topic), AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE);
        }
        for (String topic : service.consumes()) {
            allow(acl, service, topic(topic), AclOperation.READ, AclOperation.DESCRIBE);
            // Its dead letters: parked by its error handler, read back by its replayer.
            allow(acl, service, topic(deadLetters(topic)), AclOperation.WRITE, AclOperation.READ, AclOperation.DESCRIBE,
                    AclOperation.CREATE);
        }
        if (service == Service.CONTRACT) {
            allow(acl, service, topic(TENANTS), AclOperation.WRITE, AclOperation.DESCRIBE, AclOperation.CREATE);
        }
        allow(acl, service, topic(TENANTS), AclOperation.READ, AclOperation.DESCRIBE);
        allow(acl, service, topic(AUDIT_CHECKPOINTS), AclOperation.WRITE, AclOperation.READ, AclOperation.DESCRIBE,
                AclOperation.CREATE);
        allow(acl, service, new ResourcePattern(ResourceType.GROUP, service.module(), PatternType.PREFIXED),
                AclOperation.READ, AclOperation.DESCRIBE);
        return acl;
    }

    static String deadLetters(String topic) {
        return topic + DEAD_LETTER_SUFFIX;
    }

    private static ResourcePattern topic(String name) {
        return new ResourcePattern(ResourceType.TOPIC, name, PatternType.LITERAL);
    }

    private static void allow(List<AclBinding> acl, Service service, ResourcePattern resource, AclOperation... operations) {
        for (AclOperation operation : operations) {
            acl.add(new AclBinding(resource, new AccessControlEntry(principal(service), "*", operation, AclPermissionType.ALLOW)));
        }
    }
}
