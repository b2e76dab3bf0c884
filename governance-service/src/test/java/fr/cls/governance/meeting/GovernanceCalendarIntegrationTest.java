package fr.cls.governance.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.Callable;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import fr.cls.governance.events.MeetingConvenedV1;
import fr.cls.governance.meeting.GovernanceApi.Group;
import fr.cls.platform.security.Roles;
import fr.cls.platform.test.ApiTestSupport;
import fr.cls.platform.test.AtOnce;
import fr.cls.platform.test.HttpTestClient;
import fr.cls.platform.test.MovableClock;
import fr.cls.platform.test.TestInfrastructure;
import io.micrometer.core.instrument.MeterRegistry;
import tools.jackson.databind.JsonNode;

/**
 * What the days bring, with the clock moved rather than waited for: the tenant's convocation delay (cd-53 gives
 * 10 days' notice, the others 15), the daily convocation job, and bodies that have not met for over a year.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestInfrastructure.class, GovernanceCalendarIntegrationTest.Clocks.class })
class GovernanceCalendarIntegrationTest extends ApiTestSupport {

    static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @TestConfiguration(proxyBeanMethods = false)
    static class Clocks {
        @Bean
        MovableClock clock() {
            return new MovableClock(Instant.parse("2026-03-02T07:00:00Z"), PARIS);
        }
    }

    @Autowired
    MovableClock clock;

    @Autowired
    ConvocationJob job;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    MeterRegistry meters;

    GovernanceApi api(String tenant, String... roles) {
        return new GovernanceApi(as(tenant, roles));
    }

    @Test
    void twelveDaysNoticeIsEnoughForCd53AndLateForArsPaca() {
        GovernanceApi mayenne = api("cd-53", Roles.DEPARTEMENT_AGENT);
        GovernanceApi paca = api("ars-paca", Roles.ARS_AGENT);
        LocalDate inTwelveDays = today().plusDays(12);

        String mayenneMeeting = mayenne.scheduleWithAgenda(mayenne.group("Animateurs de la Mayenne " + System.nanoTime(), "Animatrice"),
                inTwelveDays, "Laval", "Formation");
        String pacaMeeting = paca.scheduleWithAgenda(paca.group("Coordinateurs des CLS de PACA " + System.nanoTime(), "Coordinatrice"),
                inTwelveDays, "Marseille", "Formation");

        JsonNode onTime = mayenne.convene(mayenneMeeting);
        assertThat(onTime.get("convenedOn").asString()).isEqualTo(today().toString());
        assertThat(onTime.get("lateConvocation").asBoolean()).as("cd-53 gives 10 days' notice").isFalse();
        JsonNode late = paca.convene(pacaMeeting);
        assertThat(late.get("convenedOn").asString()).isEqualTo(today().toString());
        assertThat(late.get("lateConvocation").asBoolean()).as("ars-paca gives 15 days' notice").isTrue();
        assertThat(paca.minutesDocument(pacaMeeting)).contains("convocation tardive");
        assertThat(mayenne.minutesDocument(mayenneMeeting)).doesNotContain("convocation tardive");
    }

    @Test
    void theDailyJobConvenesAPlannedMeetingOnItsTenantsConvocationDayOnceEvenWhenItRunsTwice() {
        GovernanceApi mayenne = api("cd-53", Roles.DEPARTEMENT_AGENT);
        GovernanceApi paca = api("ars-paca", Roles.ARS_AGENT);
        LocalDate day = today().plusDays(20);
        String mayenneMeeting = mayenne.scheduleWithAgenda(mayenne.group("Animateurs " + System.nanoTime(), "Animatrice"),
                day, "Laval", "Formation");
        Group pacaGroup = paca.group("Coordinateurs " + System.nanoTime(), "Coordinatrice");
        String pacaMeeting = paca.scheduleWithAgenda(pacaGroup, day, "Marseille", "Formation");
        String withoutAgenda = paca.schedule(pacaGroup, day, "Marseille");

        moveTo(day.minusDays(16));
        runJobTwice();
        assertThat(status(paca, pacaMeeting)).isEqualTo("PLANNED");
        assertThat(status(mayenne, mayenneMeeting)).isEqualTo("PLANNED");

        moveTo(day.minusDays(15));
        runJobTwice();
        JsonNode pacaConvened = paca.meeting(pacaMeeting);
        assertThat(pacaConvened.get("status").asString()).as("ars-paca's 15 days").isEqualTo("CONVENED");
        assertThat(pacaConvened.get("convenedOn").asString()).isEqualTo(day.minusDays(15).toString());
        assertThat(pacaConvened.get("lateConvocation").asBoolean()).isFalse();
        assertThat(status(mayenne, mayenneMeeting)).as("cd-53 convenes 10 days ahead").isEqualTo("PLANNED");

        moveTo(day.minusDays(10));
        runJobTwice();
        JsonNode mayenneConvened = mayenne.meeting(mayenneMeeting);
        assertThat(mayenneConvened.get("status").asString()).isEqualTo("CONVENED");
        assertThat(mayenneConvened.get("convenedOn").asString()).isEqualTo(day.minusDays(10).toString());
        assertThat(mayenneConvened.get("lateConvocation").asBoolean()).isFalse();
        JsonNode pacaAfter = paca.meeting(pacaMeeting);
        assertThat(pacaAfter.get("convenedOn").asString()).as("not convened again").isEqualTo(day.minusDays(15).toString());
        assertThat(pacaAfter.get("version").asLong()).isEqualTo(pacaConvened.get("version").asLong());
        assertThat(status(paca, withoutAgenda)).as("a convocation carries an agenda").isEqualTo("PLANNED");

        assertThat(convocationsPublished(pacaMeeting)).isEqualTo(1);
        assertThat(convocationsPublished(mayenneMeeting)).isEqualTo(1);
        assertThat(convocationsPublished(withoutAgenda)).isZero();
    }

    @Test
    void twoInstancesRunningTheDailyJobAtTheSameMomentConveneAMeetingOnce() throws Exception {
        GovernanceApi bretagne = api("ars-bretagne", Roles.ARS_AGENT);
        String meeting = bretagne.scheduleWithAgenda(bretagne.group("Coordinateurs du Finistère " + System.nanoTime(), "Coordinatrice"),
                today().plusDays(5), "Brest", "Formation");
        long planned = bretagne.meeting(meeting).get("version").asLong();
        double invocationsBefore = jobInvocations();

        AtOnce.run(List.<Callable<Void>>of(() -> {
            job.run();
            return null;
        }, () -> {
            job.run();
            return null;
        }));

        JsonNode convened = bretagne.meeting(meeting);
        assertThat(convened.get("status").asString()).isEqualTo("CONVENED");
        assertThat(convened.get("version").asLong()).as("changed once").isEqualTo(planned + 1);
        assertThat(convocationsPublished(meeting)).isEqualTo(1);
        assertThat(jobInvocations() - invocationsBefore).as("each invocation ran or was skipped, none failed").isEqualTo(2);
    }

    @Test
    void aBodyLastMetThirteenMonthsAgoIsDormantAndOneThatMetTwoMonthsAgoIsNot() {
        GovernanceApi bretagne = api("ars-bretagne", Roles.ARS_AGENT);
        LocalDate start = today();
        Group longAgo = bretagne.group("Groupe des coordinateurs du Finistère " + System.nanoTime(), "Coordinatrice");
        Group recently = bretagne.group("Groupe des coordinateurs du Morbihan " + System.nanoTime(), "Coordinateur");
        heldToday(bretagne, longAgo);
        assertThat(dormant(bretagne)).doesNotContain(longAgo.id(), recently.id());

        moveTo(start.plusMonths(11));
        heldToday(bretagne, recently);
        // A meeting convened then cancelled is no meeting held.
        String cancelled = bretagne.scheduleWithAgenda(longAgo, today(), "Quimper", "Point d'étape");
        bretagne.convene(cancelled);
        assertThat(bretagne.client().ifMatch(GovernanceApi.path(cancelled)).post(GovernanceApi.path(cancelled) + "/cancellation", java.util.Map.of("reason", "Pas de quorum attendu"))
                .status()).isEqualTo(200);

        moveTo(start.plusYears(1));
        assertThat(dormant(bretagne)).as("a year to the day is not over a year").doesNotContain(longAgo.id(), recently.id());

        moveTo(start.plusYears(1).plusDays(1));
        assertThat(dormant(bretagne)).contains(longAgo.id()).doesNotContain(recently.id());

        moveTo(start.plusMonths(13));
        JsonNode listed = bretagne.client().get("/api/v1/governance/dormant-bodies").json();
        JsonNode entry = null;
        for (JsonNode body : listed) {
            if (body.get("bodyId").asString().equals(longAgo.id())) {
                entry = body;
            }
        }
        assertThat(entry).as("last met 13 months ago").isNotNull();
        assertThat(entry.get("lastMetOn").asString()).isEqualTo(start.toString());
        assertThat(entry.get("kind").asString()).isEqualTo("CROSS_CONTRACT");
        assertThat(listed.findValuesAsString("bodyId")).as("met 2 months ago").doesNotContain(recently.id());
    }

    // ---- helpers

    private void heldToday(GovernanceApi api, Group group) {
        String meeting = api.scheduleWithAgenda(group, today(), "Salle du conseil", "Point d'étape");
        api.convene(meeting);
        assertThat(api.hold(meeting, group.members()).get("quorumReached").asBoolean()).isTrue();
    }

    private static List<String> dormant(GovernanceApi api) {
        HttpTestClient.Response listed = api.client().get("/api/v1/governance/dormant-bodies");
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        return listed.json().findValuesAsString("bodyId");
    }

    private static String status(GovernanceApi api, String meeting) {
        return api.meeting(meeting).get("status").asString();
    }

    private void runJobTwice() {
        job.run();
        job.run();
    }

    /** Convocation events written to the outbox (published once each) for the meeting. */
    private int convocationsPublished(String meeting) {
        return jdbc.queryForObject("select count(*) from outbox_event where event_type = ? and envelope like ?", Integer.class,
                MeetingConvenedV1.TYPE, "%" + meeting + "%");
    }

    /** Runs of the convocation job that completed or were skipped because another instance held it. */
    private double jobInvocations() {
        return meters.counter("cls.jobs.runs", "job", "convocations", "outcome", "done").count()
                + meters.counter("cls.jobs.skipped", "job", "convocations").count();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    /** Moves the clock forward to 8 a.m. of that day in Paris (never back: another test may have moved it further). */
    private void moveTo(LocalDate day) {
        Instant target = day.atTime(8, 0).atZone(PARIS).toInstant();
        assertThat(target).as("the clock only moves forward").isAfterOrEqualTo(clock.instant());
        clock.advance(Duration.between(clock.instant(), target));
    }
}
