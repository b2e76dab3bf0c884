package fr.cls.notification.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.cls.notification.person.Person;
import fr.cls.platform.security.CoordinatedContracts;
import fr.cls.platform.security.Coordinator;

/**
 * A contract as this tenant knows it; {@code ownerTenant} is the tenant whose contract it is.
 * {@code coordinatorIssuers} is aligned with {@code coordinators}, or empty when the producer did not say.
 */
public record TrackedContract(UUID contractId, String ownerTenant, String title, String status, LocalDate startDate,
        LocalDate endDate, List<String> coordinators, List<String> coordinatorIssuers) {

    public TrackedContract {
        coordinators = coordinators == null ? List.of() : List.copyOf(coordinators);
        coordinatorIssuers = coordinatorIssuers == null ? List.of() : List.copyOf(coordinatorIssuers);
    }

    /** The coordinators the owner named, for {@link CoordinatedContracts}; without issuers recorded, null issuers. */
    public List<Coordinator> namedCoordinators() {
        return Coordinator.of(coordinators, coordinatorIssuers);
    }

    /** {@link #namedCoordinators()} as people, to match subscribers. */
    public List<Person> coordinatorPeople() {
        return namedCoordinators().stream().map(c -> new Person(c.issuer(), c.subject())).toList();
    }
}
