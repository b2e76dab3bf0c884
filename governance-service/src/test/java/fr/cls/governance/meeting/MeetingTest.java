package fr.cls.governance.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import fr.cls.governance.body.Body;
import fr.cls.governance.body.BodyKind;
import fr.cls.governance.body.Member;
import fr.cls.governance.body.MemberRole;
import fr.cls.governance.body.QuorumRule;
import fr.cls.platform.domain.RuleViolationException;

/** The rules of a meeting: convocation notice, attendance and proxies, quorum, who decides what, and when. */
class MeetingTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final UUID CONTRACT = UUID.randomUUID();

    final Body copil = body(BodyKind.COPIL, 6);
    final List<Member> m = copil.members();

    @Test
    void aConvocationWithTheTenantsNoticeIsOnTime() {
        Meeting meeting = planned(copil, TODAY.plusDays(15));
        assertThat(meeting.convene(TODAY, 15)).isFalse();
        assertThat(meeting.status()).isEqualTo(MeetingStatus.CONVENED);
        assertThat(meeting.convenedOn()).isEqualTo(TODAY);
    }

    @Test
    void aConvocationWithLessNoticeIsFlaggedLate() {
        Meeting meeting = planned(copil, TODAY.plusDays(14));
        assertThat(meeting.convene(TODAY, 15)).isTrue();
        assertThat(meeting.lateConvocation()).isTrue();
    }

    @Test
    void aMeetingWithoutAgendaIsNotConvened() {
        Meeting meeting = Meeting.schedule(copil, TODAY.plusDays(20), "Mairie", TODAY);
        assertThat(rules(() -> meeting.convene(TODAY, 15))).containsExactly("agenda-not-empty");
    }

    @Test
    void aMeetingIsNotScheduledInThePast() {
        assertThat(rules(() -> Meeting.schedule(copil, TODAY.minusDays(1), "Mairie", TODAY))).containsExactly("meeting-not-in-past");
    }

    @Test
    void halfOfTheVotersPresentGivesQuorumAndTheCopilValidates() {
        Meeting meeting = held(copil, present(m.get(0)), present(m.get(1)), present(m.get(2)));
        assertThat(meeting.quorumReached()).isTrue();
        assertThat(meeting.presentVoting()).isEqualTo(3);
        AgendaItem item = meeting.decide(copil, meeting.agenda().get(0).id(), DecisionMode.VOTE, new VoteCount(3, 0, 0), false, null);
        assertThat(item.outcome()).isEqualTo(DecisionOutcome.ADOPTED);
        assertThat(item.decidedOn()).isEqualTo(TODAY);
    }

    @Test
    void aProxyCountsTowardsTheQuorum() {
        Meeting meeting = held(copil, present(m.get(0)), present(m.get(1)), proxy(m.get(2), m.get(0)));
        assertThat(meeting.represented()).isEqualTo(1);
        assertThat(meeting.quorumReached()).isTrue();
        assertThat(meeting.attendanceOf(m.get(5).id())).get().extracting(Attendance::status).isEqualTo(AttendanceStatus.ABSENT);
    }

    @Test
    void refusesAProxyBeyondTheLimitPerMember() {
        Meeting meeting = convened(copil);
        assertThat(rules(() -> meeting.hold(copil, TODAY, TODAY, List.of(present(m.get(0)), proxy(m.get(1), m.get(0)),
                proxy(m.get(2), m.get(0)))))).containsExactly("proxy-limit");
        assertThat(meeting.status()).as("nothing recorded").isEqualTo(MeetingStatus.CONVENED);
        assertThat(meeting.attendance()).isEmpty();
    }

    @Test
    void refusesAProxyToAMemberWhoIsNotPresent() {
        Meeting meeting = convened(copil);
        assertThat(rules(() -> meeting.hold(copil, TODAY, TODAY, List.of(new AttendanceLine(m.get(0).id(), AttendanceStatus.EXCUSED, null),
                proxy(m.get(1), m.get(0)))))).containsExactly("proxy-to-a-voter-present");
    }

    @Test
    void refusesAttendanceOfSomeoneOutsideTheBody() {
        Meeting meeting = convened(copil);
        Member stranger = body(BodyKind.COPIL, 1).members().get(0);
        assertThat(rules(() -> meeting.hold(copil, TODAY, TODAY, List.of(present(stranger))))).containsExactly("member-of-the-body");
    }

    @Test
    void withoutQuorumNoDecisionIsRecorded() {
        Meeting meeting = held(copil, present(m.get(0)), present(m.get(1)));
        assertThat(meeting.quorumReached()).isFalse();
        UUID item = meeting.agenda().get(0).id();
        assertThat(rules(() -> meeting.decide(copil, item, DecisionMode.CONSENSUS, VoteCount.NONE, false, null)))
                .containsExactly("quorum-reached");
        assertThat(meeting.item(item).decided()).isFalse();
    }

    @Test
    void noDecisionOnAMeetingNotYetHeld() {
        Meeting meeting = convened(copil);
        assertThat(rules(() -> meeting.decide(copil, meeting.agenda().get(0).id(), DecisionMode.CONSENSUS, VoteCount.NONE, false, null)))
                .containsExactly("meeting-held");
    }

    @Test
    void aMeetingIsNotHeldBeforeItsDateNorWithoutConvocation() {
        Meeting early = planned(copil, TODAY.plusDays(20));
        early.convene(TODAY, 15);
        assertThat(rules(() -> early.hold(copil, TODAY, TODAY, List.of()))).containsExactly("meeting-date-reached");
        Meeting notConvened = planned(copil, TODAY);
        assertThat(rules(() -> notConvened.hold(copil, TODAY, TODAY, List.of()))).containsExactly("convened-first");
    }

    @Test
    void aCotechOnlyProposesWhatTheCopilValidates() {
        Body cotech = body(BodyKind.COTECH, 2);
        Meeting meeting = held(cotech, present(cotech.members().get(0)), present(cotech.members().get(1)));
        UUID item = meeting.agenda().get(0).id();
        assertThat(rules(() -> meeting.decide(cotech, item, DecisionMode.CONSENSUS, VoteCount.NONE, false, null)))
                .containsExactly("copil-validates");
        assertThat(meeting.decide(cotech, item, DecisionMode.CONSENSUS, VoteCount.NONE, true, "à présenter au COPIL").outcome())
                .isEqualTo(DecisionOutcome.PROPOSED);
    }

    @Test
    void aProjectGroupHasNoValidationOnItsAgenda() {
        Body group = body(BodyKind.PROJECT_GROUP, 2);
        Meeting meeting = Meeting.schedule(group, TODAY.plusDays(20), "Mairie", TODAY);
        assertThat(rules(() -> meeting.addAgendaItem(group, "Valider le contrat", AgendaPurpose.VALIDATE_CONTRACT, null, null, null)))
                .containsExactly("copil-validates");
    }

    @Test
    void refusesAnAgendaItemAboutAnotherContract() {
        Meeting meeting = Meeting.schedule(copil, TODAY.plusDays(20), "Mairie", TODAY);
        assertThat(rules(() -> meeting.addAgendaItem(copil, "Valider", AgendaPurpose.VALIDATE_CONTRACT, UUID.randomUUID(), null, null)))
                .containsExactly("item-of-the-body-contract");
        assertThat(meeting.agenda()).isEmpty();
    }

    @Test
    void aProgrammingItemNamesItsYear() {
        Meeting meeting = Meeting.schedule(copil, TODAY.plusDays(20), "Mairie", TODAY);
        assertThat(rules(() -> meeting.addAgendaItem(copil, "Programmation", AgendaPurpose.VALIDATE_PROGRAMMING, null, null, null)))
                .containsExactly("year-given");
        assertThat(meeting.addAgendaItem(copil, "Programmation", AgendaPurpose.VALIDATE_PROGRAMMING, CONTRACT, 2026, null).year())
                .isEqualTo(2026);
    }

    @Test
    void aVoteCountsNoMoreVotesThanVotersPresentOrRepresented() {
        Meeting meeting = held(copil, present(m.get(0)), present(m.get(1)), proxy(m.get(2), m.get(1)));
        UUID item = meeting.agenda().get(0).id();
        assertThat(rules(() -> meeting.decide(copil, item, DecisionMode.VOTE, new VoteCount(3, 1, 0), false, null)))
                .containsExactly("votes-within-voters");
        assertThat(meeting.decide(copil, item, DecisionMode.VOTE, new VoteCount(1, 2, 0), false, null).outcome())
                .isEqualTo(DecisionOutcome.REJECTED);
    }

    @Test
    void anItemIsDecidedOnce() {
        Meeting meeting = held(copil, present(m.get(0)), present(m.get(1)), present(m.get(2)));
        UUID item = meeting.agenda().get(0).id();
        meeting.decide(copil, item, DecisionMode.CONSENSUS, VoteCount.NONE, false, null);
        assertThat(rules(() -> meeting.decide(copil, item, DecisionMode.CONSENSUS, VoteCount.NONE, false, null)))
                .containsExactly("decided-once");
    }

    @Test
    void approvedMinutesStayAsTheyAre() {
        Meeting meeting = held(copil, present(m.get(0)), present(m.get(1)), present(m.get(2)));
        meeting.draftMinutes("Le COPIL a validé le contrat.");
        assertThat(meeting.minutesAwaitApproval()).isTrue();
        meeting.approveMinutes(TODAY.plusMonths(3));
        assertThat(rules(() -> meeting.draftMinutes("autre chose"))).containsExactly("minutes-approved-stay");
        assertThat(MinutesDocument.markdown(meeting, copil)).contains("approuvé le 2026-06-02").contains("Le COPIL a validé le contrat.");
    }

    @Test
    void minutesAreApprovedOnceDraftedAndOnlyOnce() {
        Meeting meeting = held(copil, present(m.get(0)), present(m.get(1)), present(m.get(2)));
        assertThat(rules(() -> meeting.approveMinutes(TODAY))).as("nothing drafted yet").containsExactly("minutes-to-approve");
        meeting.draftMinutes("Le COPIL a validé le contrat.");
        meeting.approveMinutes(TODAY.plusMonths(3));
        assertThat(rules(() -> meeting.approveMinutes(TODAY.plusMonths(4)))).containsExactly("minutes-to-approve");
        assertThat(meeting.minutesApprovedOn()).isEqualTo(TODAY.plusMonths(3));
        assertThat(meeting.minutesAwaitApproval()).isFalse();
    }

    @Test
    void theMinutesDocumentDoesNotLetNamesBecomeMarkup() {
        assertThat(MinutesDocument.escape("A | B <script>")).isEqualTo("A \\| B \\<script\\>");
    }

    // ---- helpers

    static Body body(BodyKind kind, int voters) {
        Body body = Body.ofContract("ars-paca", CONTRACT, kind, kind + " de Marseille", new QuorumRule(50, true, 1), TODAY.minusYears(1));
        for (int i = 0; i < voters; i++) {
            body.addMember("Personne " + i, "Organisation " + i, MemberRole.MEMBER, true, null);
        }
        body.addMember("Invité", "ORS", MemberRole.GUEST, false, null);
        return body;
    }

    static Meeting planned(Body body, LocalDate on) {
        Meeting meeting = Meeting.schedule(body, on, "Hôtel de ville", TODAY);
        meeting.addAgendaItem(body, "Validation du contrat", AgendaPurpose.VALIDATE_CONTRACT, null, null, null);
        return meeting;
    }

    static Meeting convened(Body body) {
        Meeting meeting = planned(body, TODAY);
        meeting.convene(TODAY, 15);
        return meeting;
    }

    static Meeting held(Body body, AttendanceLine... lines) {
        Meeting meeting = convened(body);
        meeting.hold(body, TODAY, TODAY, List.of(lines));
        return meeting;
    }

    static AttendanceLine present(Member member) {
        return new AttendanceLine(member.id(), AttendanceStatus.PRESENT, null);
    }

    static AttendanceLine proxy(Member giver, Member holder) {
        return new AttendanceLine(giver.id(), AttendanceStatus.REPRESENTED, holder.id());
    }

    static List<String> rules(Runnable action) {
        List<String> rules = new ArrayList<>();
        assertThatThrownBy(action::run).isInstanceOfSatisfying(RuleViolationException.class,
                e -> e.violations().forEach(v -> rules.add(v.rule())));
        return rules;
    }
}
