package fr.cls.benchmarks;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import fr.cls.deploy.StackSettings;

/**
 * pgbench on the stack's PostgreSQL, in a throw-away database of its own: single-row inserts (a uuid, a tenant, a
 * title, a timestamp — about what a contract row holds), each its own transaction, by as many clients as the
 * creation step's users. The yardstick of "creations ≥ 10 % of it".
 */
final class Pgbench {

    private static final Pattern TPS = Pattern.compile("^tps = ([0-9.]+) \\(without initial connection time\\)", Pattern.MULTILINE);
    private static final String SCRIPT = "insert into bench_row (id, tenant_id, title, created_at) "
            + "values (gen_random_uuid(), 'paca', 'CLS benchmark row', now());\n";

    private Pgbench() {
    }

    /** The transactions a second pgbench reports (its "without initial connection time" line). */
    static double tps(String output) {
        Matcher m = TPS.matcher(output);
        if (!m.find()) {
            throw new IllegalArgumentException("no tps line in pgbench's output:\n" + output);
        }
        return Double.parseDouble(m.group(1));
    }

    static double run(StackSettings s, int clients, Duration length, Path workDir) throws IOException, InterruptedException, SQLException {
        String database = "bench_pgbench_" + UUID.randomUUID().toString().substring(0, 8);
        try (Connection c = DriverManager.getConnection(s.jdbcUrl("postgres"), s.dbUser(), s.dbPassword());
                Statement st = c.createStatement()) {
            st.execute("create database " + database);
        }
        try {
            try (Connection c = DriverManager.getConnection(s.jdbcUrl(database), s.dbUser(), s.dbPassword());
                    Statement st = c.createStatement()) {
                st.execute("create table bench_row (id uuid primary key, tenant_id text not null, title text not null,"
                        + " created_at timestamptz not null)");
            }
            Files.createDirectories(workDir);
            Path script = workDir.resolve("single-row-insert.sql");
            Files.writeString(script, SCRIPT);
            List<String> command = new ArrayList<>(List.of("pgbench", "-n", "-c", Integer.toString(clients),
                    "-j", Integer.toString(Math.min(clients, 2)), "-T", Long.toString(Math.max(1, length.toSeconds())),
                    "-f", script.toString(), "-h", s.dbHost(), "-p", Integer.toString(s.dbPort()), "-U", s.dbUser(), database));
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            if (!s.dbPassword().isEmpty()) {
                builder.environment().putAll(Map.of("PGPASSWORD", s.dbPassword()));
            }
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(length.toSeconds() + 60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException("pgbench failed:\n" + output);
            }
            Files.writeString(workDir.resolve("pgbench.txt"), String.join(" ", command) + "\n\n" + output);
            return tps(output);
        } finally {
            try (Connection c = DriverManager.getConnection(s.jdbcUrl("postgres"), s.dbUser(), s.dbPassword());
                    Statement st = c.createStatement()) {
                st.execute("drop database if exists " + database);
            }
        }
    }
}
