package fr.cls.deploy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * How the launcher runs a Spring Boot jar: extracted once under {@code <module>/target/aot/} (classes read from plain
 * jars start faster than from nested ones, and the JDK's cache needs them), and with CLS_AOT_CACHE=true on JDK 25 the
 * JDK's ahead-of-time cache (JEP 483/514/515: classes loaded and linked, method profiles): the first start records
 * with {@code -XX:AOTCacheOutput} and the JVM writes the cache when the service stops; later starts read it with
 * {@code -XX:AOTCache}. A rebuilt jar is extracted (and recorded) afresh.
 */
final class AotCache {

    /** What to run: extra JVM options, then {@code -jar} this jar. */
    record Launch(List<String> options, Path jar) {

        /** For a short run of the same jar (the migration step): reads the cache if there is one, never records. */
        Launch withoutRecording() {
            return new Launch(options.stream().filter(option -> !option.startsWith("-XX:AOTCacheOutput")).toList(), jar);
        }
    }

    private AotCache() {
    }

    static boolean enabled(String setting, int javaFeatureVersion) {
        return "true".equalsIgnoreCase(setting == null ? "" : setting.trim()) && javaFeatureVersion >= 25;
    }

    /** The options for a jar whose extracted copy and cache live in {@code dir}; whether a cache is there decides which. */
    static Launch options(Path extractedJar, Path cache, boolean cached) {
        if (!cached) {
            return new Launch(List.of(), extractedJar);
        }
        return Files.isRegularFile(cache)
                ? new Launch(List.of("-XX:AOTCache=" + cache), extractedJar)
                : new Launch(List.of("-XX:AOTCacheOutput=" + cache), extractedJar);
    }

    /** Extracts {@code jar} into {@code dir} unless the copy there is of the same build (size and time of the jar). */
    static Launch prepare(String javaCommand, Path jar, Path dir, boolean cached) {
        try {
            Path stamp = dir.resolve("jar.stamp");
            String current = Files.size(jar) + " " + Files.getLastModifiedTime(jar).toMillis();
            Path extracted = dir.resolve("app").resolve(jar.getFileName());
            Path cache = dir.resolve("app.aot");
            if (!Files.isRegularFile(stamp) || !Files.readString(stamp).equals(current) || !Files.isRegularFile(extracted)) {
                deleteTree(dir);
                Files.createDirectories(dir);
                List<String> command = new ArrayList<>(List.of(javaCommand, "-Djarmode=tools", "-jar", jar.toString(),
                        "extract", "--destination", dir.resolve("app").toString()));
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("extract.log").toFile())).start();
                if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0 || !Files.isRegularFile(extracted)) {
                    process.destroyForcibly();
                    throw new IllegalStateException("could not extract " + jar + " for its AOT cache; see " + dir.resolve("extract.log"));
                }
                Files.writeString(stamp, current);
            }
            return options(extracted, cache, cached);
        } catch (IOException e) {
            throw new IllegalStateException("could not prepare the AOT cache of " + jar + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while extracting " + jar, e);
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
