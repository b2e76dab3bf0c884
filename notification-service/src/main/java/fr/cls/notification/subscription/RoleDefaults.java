package fr.cls.notification.subscription;

import static fr.cls.notification.subscription.Topic.*;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import fr.cls.platform.security.CoordinatedContracts;
import fr.cls.platform.security.Roles;

/**
 * What a person is told of before choosing: by role, on email and inbox; for every contract of the tenant, except
 * a coordinator (without an agent's role) who is told of the contracts they coordinate.
 */
final class RoleDefaults {

    private static final Map<String, Set<Topic>> BY_ROLE = Map.of(
            Roles.CLS_COORDINATOR, EnumSet.of(MEETING_CONVENED, GOVERNANCE_DECISION, CONTRACT_LIFECYCLE, FUNDING_DECIDED,
                    CONVENTION_SIGNED, PAYMENT, FUNDING_REQUEST_PROGRESS, REMINDER_COPIL, REMINDER_ANNUAL_REPORT,
                    REMINDER_END_OF_TERM),
            Roles.GOVERNANCE_MEMBER, EnumSet.of(MEETING_CONVENED, GOVERNANCE_DECISION, REMINDER_COPIL),
            Roles.ARS_AGENT, EnumSet.of(FUNDING_REQUEST_SUBMITTED, REMINDER_REQUEST_WAITING, CONTRACT_LIFECYCLE,
                    ANNUAL_REPORT, FUNDING_DECIDED, CONVENTION_SIGNED, REMINDER_END_OF_TERM),
            Roles.ARS_APPROVER, EnumSet.of(FUNDING_REQUEST_PROGRESS),
            Roles.DEPARTEMENT_AGENT, EnumSet.of(FUNDING_REQUEST_SUBMITTED, REMINDER_REQUEST_WAITING, REMINDER_END_OF_TERM),
            Roles.DEPARTEMENT_APPROVER, EnumSet.of(FUNDING_REQUEST_PROGRESS));

    private RoleDefaults() {
    }

    static List<Choice> of(List<String> roles) {
        Set<Topic> topics = new LinkedHashSet<>();
        roles.forEach(role -> topics.addAll(BY_ROLE.getOrDefault(role, Set.of())));
        // A confined coordinator sees only the contracts they coordinate, so is told of nothing else.
        Scope scope = CoordinatedContracts.confined(roles) ? Scope.MINE : Scope.ALL;
        return topics.stream().sorted()
                .flatMap(t -> List.of(new Choice(t, SubscriptionChannel.EMAIL, scope, null),
                        new Choice(t, SubscriptionChannel.INBOX, scope, null)).stream())
                .toList();
    }
}
