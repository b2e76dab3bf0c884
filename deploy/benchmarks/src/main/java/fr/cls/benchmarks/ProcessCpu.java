package fr.cls.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * CPU time of processes as Linux counts it: user + system time in {@code /proc/<pid>/stat}, in clock ticks of
 * 1/100 s (USER_HZ, 100 on every Linux). Read before and after a step, it says what each process spent on it,
 * whoever generated the load.
 */
final class ProcessCpu {

    static final int TICKS_PER_SECOND = 100;

    private ProcessCpu() {
    }

    /** utime + stime of a {@code /proc/<pid>/stat} line (fields 14 and 15; the command may hold spaces and parentheses). */
    static long ticks(String stat) {
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        // fields[0] is field 3 (state): utime is field 14, stime 15.
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    static long ticks(long pid) {
        try (BufferedReader in = Files.newBufferedReader(Path.of("/proc/" + pid + "/stat"))) {
            return ticks(in.readLine());
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }

    /** Each named process's ticks, plus {@code postgres}: every process of the machine's PostgreSQL server together. */
    static Map<String, Long> snapshot(Map<String, Long> pids) {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ticks.put(name, ticks(pid)));
        ticks.put("postgres", ProcessHandle.allProcesses()
                .filter(p -> p.info().command().map(c -> c.endsWith("/postgres")).orElse(false))
                .mapToLong(p -> ticks(p.pid())).sum());
        return ticks;
    }

    static long total(Map<String, Long> snapshot) {
        return snapshot.values().stream().mapToLong(Long::longValue).sum();
    }
}
