package fr.cls.benchmarks;

import java.nio.file.Path;
import java.time.Duration;

/**
 * The command line of {@code deploy/benchmarks/run.sh}.
 *
 * @param step        how long each measured step loads the stack (default 30 s: a whole run takes 4 to 6 minutes)
 * @param concurrency the users of the closed-model steps (throughput: each sends its next request when answered)
 * @param soak        also the 10-minute run at {@code soakRate} creations a second (0 errors, 0 lost events, outbox empty)
 * @param soakRate    creations a second in the soak run (the goal: 1,000)
 * @param soakLength  the soak run's length
 * @param output      where summary.md and the Gatling reports go
 * @param candidateGateway another build of the gateway's jar, started beside the stack's own for the GET step (side
 *                    by side: a change to the gateway measured against the build before it), or null
 * @param warmUp      creations sent, and not measured, before the creation step (default 60 s; 0: none): a JVM's
 *                    first thousands of requests run before its JIT compiler has compiled them
 */
public record Options(Duration step, int concurrency, boolean soak, int soakRate, Duration soakLength, Path output,
        Path candidateGateway, Duration warmUp) {

    static final String USAGE = """
            usage: deploy/benchmarks/run.sh [--step-seconds N] [--concurrency N] [--soak] [--soak-rate N] [--soak-minutes N] [--output DIR]
              --step-seconds  load of each measured step (default 30)
              --concurrency   users of the throughput steps (default 8)
              --soak          then load creations at --soak-rate for --soak-minutes (default 10) and check
                              0 errors, 0 lost events, the outbox empty
              --soak-rate     creations a second of the soak (default 1000, the issue's goal)
              --output        default deploy/benchmarks/target/benchmarks
              --compare-gateway JAR  also GET through this build of the gateway, started beside the stack's own
              --warm-up-seconds creations sent and not measured before the creation step (default 60; 0: none)""";

    public Options {
        if (warmUp.isNegative() || step.isNegative() || step.isZero() || concurrency < 1 || soakRate < 1 || soakLength.isNegative() || soakLength.isZero()) {
            throw new IllegalArgumentException("durations, concurrency and rate must be positive\n" + USAGE);
        }
    }

    static Options parse(String[] args, Path defaultOutput) {
        Duration step = Duration.ofSeconds(30);
        int concurrency = 8;
        boolean soak = false;
        int soakRate = 1000;
        Duration soakLength = Duration.ofMinutes(10);
        Duration warmUp = Duration.ofSeconds(60);
        Path output = defaultOutput;
        Path candidateGateway = null;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--soak" -> soak = true;
                case "--step-seconds" -> step = Duration.ofSeconds(number(args, ++i, arg));
                case "--concurrency" -> concurrency = number(args, ++i, arg);
                case "--soak-rate" -> soakRate = number(args, ++i, arg);
                case "--soak-minutes" -> soakLength = Duration.ofMinutes(number(args, ++i, arg));
                case "--output" -> output = Path.of(value(args, ++i, arg));
                case "--compare-gateway" -> candidateGateway = Path.of(value(args, ++i, arg));
                case "--warm-up-seconds" -> warmUp = Duration.ofSeconds(number(args, ++i, arg));
                default -> throw new IllegalArgumentException("unknown option " + arg + "\n" + USAGE);
            }
        }
        return new Options(step, concurrency, soak, soakRate, soakLength, output, candidateGateway, warmUp);
    }

    private static String value(String[] args, int index, String option) {
        if (index >= args.length) {
            throw new IllegalArgumentException(option + " needs a value\n" + USAGE);
        }
        return args[index];
    }

    private static int number(String[] args, int index, String option) {
        String value = value(args, index, option);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a whole number, not " + value + "\n" + USAGE, e);
        }
    }
}
