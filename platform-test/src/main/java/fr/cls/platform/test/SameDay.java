package fr.cls.platform.test;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Import this where a test creates things for "today" and the service checks "today or later": the service's clock
 * starts at noon (Europe/Paris) of {@link #TODAY}, the day the tests started, and ticks from there. Without it a run
 * across midnight in Paris sees the test's today become the service's yesterday (a meeting "in the past").
 */
@TestConfiguration(proxyBeanMethods = false)
public class SameDay {

    public static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** The business day of the whole run, for the tests and (through the clock) for the service. */
    public static final LocalDate TODAY = LocalDate.now(PARIS);

    @Bean
    Clock clock() {
        Clock system = Clock.system(PARIS);
        Duration toNoon = Duration.between(system.instant(), TODAY.atTime(LocalTime.NOON).atZone(PARIS).toInstant());
        return Clock.offset(system, toNoon);
    }
}
