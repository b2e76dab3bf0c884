package fr.cls.governance.body.web;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fr.cls.governance.body.Body;
import fr.cls.governance.body.Member;
import fr.cls.governance.body.QuorumRule;

/** A body as the API shows it, with its members (those who left included, marked LEFT). */
record BodyResponse(UUID id, UUID contractId, String kind, String name, String status, QuorumRule quorum,
        LocalDate createdOn, LocalDate closedOn, int votingMembers, List<MemberResponse> members, long version) {

    record MemberResponse(UUID id, String person, String organisation, String role, boolean voting, String substitute,
            String status, UUID signatoryId) {

        static MemberResponse of(Member m) {
            return new MemberResponse(m.id(), m.person(), m.organisation(), m.role().name(), m.voting(), m.substitute(),
                    m.status().name(), m.signatoryId());
        }
    }

    static BodyResponse of(Body b) {
        return new BodyResponse(b.id().value(), b.contractId(), b.kind().name(), b.name(), b.status().name(), b.quorum(),
                b.createdOn(), b.closedOn(), b.activeVoters().size(), b.members().stream().map(MemberResponse::of).toList(),
                b.version());
    }
}
