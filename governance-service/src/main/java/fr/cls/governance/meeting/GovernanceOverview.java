package fr.cls.governance.meeting;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import fr.cls.governance.body.Bodies;
import fr.cls.governance.body.Body;
import fr.cls.governance.body.BodyStatus;
import fr.cls.platform.context.TenantContext;

/** The tenant's bodies that have not met for over a year (or never, created over a year ago). */
@Service
public class GovernanceOverview {

    /** @param lastMetOn null when it never met */
    public record DormantBody(Body body, LocalDate lastMetOn) {
    }

    private final Bodies bodies;
    private final MeetingRepository meetings;
    private final Clock clock;

    GovernanceOverview(Bodies bodies, MeetingRepository meetings, Clock clock) {
        this.bodies = bodies;
        this.meetings = meetings;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<DormantBody> dormantBodies() {
        LocalDate yearAgo = LocalDate.now(clock).minusYears(1);
        Map<UUID, LocalDate> lastHeld = new HashMap<>();
        for (Object[] row : meetings.lastHeldByBody(TenantContext.require())) {
            lastHeld.put((UUID) row[0], (LocalDate) row[1]);
        }
        return bodies.list(null, null, BodyStatus.ACTIVE).stream()
                .map(b -> new DormantBody(b, lastHeld.get(b.id().value())))
                .filter(d -> d.lastMetOn() == null ? d.body().createdOn().isBefore(yearAgo) : d.lastMetOn().isBefore(yearAgo))
                .toList();
    }
}
