package fr.cls.notification.tracking;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A contract as this tenant knows it; {@code ownerTenant} is the tenant whose contract it is. */
public record TrackedContract(UUID contractId, String ownerTenant, String title, String status, LocalDate startDate,
        LocalDate endDate, List<String> coordinators) {
}
