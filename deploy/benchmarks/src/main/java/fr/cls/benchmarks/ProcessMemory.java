package fr.cls.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Resident memory of a process, as Linux counts it ({@code VmRSS} in {@code /proc/<pid>/status}). */
final class ProcessMemory {

    private ProcessMemory() {
    }

    static long rssKib(String procStatus) {
        return procStatus.lines().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> l.substring("VmRSS:".length()).trim())
                .map(v -> v.endsWith("kB") ? v.substring(0, v.length() - 2).trim() : v)
                .mapToLong(Long::parseLong).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no VmRSS line"));
    }

    static long rssMib(long pid) throws IOException {
        return rssKib(Files.readString(Path.of("/proc/" + pid + "/status"))) / 1024;
    }
}
