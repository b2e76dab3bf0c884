package fr.cls.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A child process with its output appended to one log file; stopped with SIGTERM, then killed if it hangs. */
class ManagedProcess {

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path logFile;
    private Process process;

    ManagedProcess(String name, List<String> command, Map<String, String> environment, Path logFile) {
        this.name = name;
        this.command = command;
        this.environment = environment;
        this.logFile = logFile;
    }

    void start() {
        try {
            Files.createDirectories(logFile.getParent());
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("could not start " + name + ": " + e.getMessage(), e);
        }
    }

    boolean isAlive() {
        return process != null && process.isAlive();
    }

    void stop(Duration grace) {
        signalStop();
        awaitStop(grace);
    }

    /** SIGTERM: the process shuts down gracefully (a JVM recording its AOT cache writes it first). */
    void signalStop() {
        if (process != null && process.isAlive()) {
            process.destroy();
        }
    }

    /** Waits for a process told to stop; kills it if it is still there after {@code grace}. */
    void awaitStop(Duration grace) {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            if (!process.waitFor(grace.toMillis(), TimeUnit.MILLISECONDS)) {
                System.out.println("  " + name + " did not stop within " + grace.toSeconds() + " s, killing it");
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /** Whether the JVM writes its AOT cache when it stops (which takes a minute or two). */
    boolean recordsAotCache() {
        return command.stream().anyMatch(option -> option.startsWith("-XX:AOTCacheOutput"));
    }

    /** @return the exit status, or -1 when the process was still running after the timeout (it is then killed) */
    int waitFor(Duration timeout) {
        try {
            if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                return process.exitValue();
            }
            process.destroyForcibly();
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
            return -1;
        }
    }

    long pid() {
        return process.pid();
    }

    String name() {
        return name;
    }

    Path logFile() {
        return logFile;
    }

    /** The end of the log, to show why a process failed. */
    String tail(int lines) {
        try {
            List<String> all = Files.readAllLines(logFile);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
