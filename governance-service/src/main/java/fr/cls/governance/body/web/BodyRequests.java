package fr.cls.governance.body.web;

import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.constraints.Range;

import fr.cls.governance.body.BodyKind;
import fr.cls.governance.body.MemberRole;
import fr.cls.governance.body.QuorumRule;

/** Bodies of the writes; a missing or malformed field answers 400 naming it. */
final class BodyRequests {

    private BodyRequests() {
    }

    /** @param maxProxiesPerMember how many proxies one member may hold */
    record Quorum(@NotNull @Range(min = 1, max = 100) Integer percent, @NotNull Boolean proxiesCount,
            @NotNull @Range(min = 0, max = 10) Integer maxProxiesPerMember) {

        QuorumRule toRule() {
            return new QuorumRule(percent, proxiesCount, maxProxiesPerMember);
        }
    }

    /**
     * @param contractId the contract of a COPIL, COTECH or project group; none for a CROSS_CONTRACT group
     * @param name defaults to the kind and the contract's title
     * @param quorum defaults to the tenant's rule
     */
    record NewBody(UUID contractId, @NotNull BodyKind kind, @Size(max = 200) String name, @Valid Quorum quorum) {
    }

    record NewMember(@NotBlank @Size(max = 200) String person, @NotBlank @Size(max = 200) String organisation,
            @NotNull MemberRole role, @NotNull Boolean voting, @Size(max = 200) String substitute) {
    }

    /** Names the person of a seat, or changes their role, vote or substitute. */
    record MemberNaming(@NotBlank @Size(max = 200) String person, @NotNull MemberRole role, @NotNull Boolean voting,
            @Size(max = 200) String substitute) {
    }
}
