package fr.cls.console.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** What the console reads of the API's governance body (unknown properties are ignored). */
public record BodyView(UUID id, UUID contractId, String kind, String name, String status, Quorum quorum,
        LocalDate createdOn, LocalDate closedOn, int votingMembers, List<Member> members, long version) {

    public BodyView {
        members = members == null ? List.of() : members;
    }

    /** A seat: PROPOSED (offered to a signatory, no one named yet), ACTIVE or LEFT. */
    public record Member(UUID id, String person, String organisation, String role, boolean voting, String substitute,
            String status) {

        public boolean active() {
            return "ACTIVE".equals(status);
        }

        /** As the API names the member in its messages. */
        public String label() {
            return person == null ? organisation : person + " (" + organisation + ")";
        }
    }

    /** At least {@code percent} % of the voting members present (the represented too when {@code proxiesCount}). */
    public record Quorum(int percent, boolean proxiesCount, int maxProxiesPerMember) {
    }

    public boolean active() {
        return "ACTIVE".equals(status);
    }

    public List<Member> activeMembers() {
        return members.stream().filter(Member::active).toList();
    }

    /** The members still to show: those who left are history. */
    public List<Member> currentMembers() {
        return members.stream().filter(m -> !"LEFT".equals(m.status())).toList();
    }

    /** How many voting members the quorum asks for, rounded up as the API counts it. */
    public int quorumNeeds() {
        return quorum == null ? 0 : (votingMembers * quorum.percent() + 99) / 100;
    }

    public String kindLabel() {
        return GovernanceLabels.bodyKind(kind);
    }
}
