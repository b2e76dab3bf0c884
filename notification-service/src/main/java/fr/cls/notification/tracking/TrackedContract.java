package fr.cls.notification.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import fr.cls.notification.person.Person;

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

    /** The coordinators as people; without issuers recorded, each with a null issuer. */
    public List<Person> coordinatorPeople() {
        boolean withIssuers = coordinatorIssuers.size() == coordinators.size();
        return IntStream.range(0, coordinators.size())
                .mapToObj(i -> new Person(withIssuers ? coordinatorIssuers.get(i) : null, coordinators.get(i))).toList();
    }
}
