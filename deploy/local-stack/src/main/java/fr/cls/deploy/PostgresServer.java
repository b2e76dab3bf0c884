package fr.cls.deploy;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The stack's PostgreSQL: the configured server if it answers, otherwise a private one started from the
 * machine's PostgreSQL binaries under the data folder (as the unprivileged {@code postgres} user when we are
 * root, since PostgreSQL refuses to run as root).
 */
class PostgresServer {

    static final int PRIVATE_PORT = 55432;

    private StackSettings settings;
    private Path privateData;
    private Path pgCtl;

    PostgresServer(StackSettings settings) {
        this.settings = settings;
    }

    /** @return the settings pointing at the server in use */
    StackSettings ensureRunning() {
        if (answers(settings.dbHost(), settings.dbPort())) {
            System.out.println("  PostgreSQL: using " + settings.dbHost() + ":" + settings.dbPort());
            return settings;
        }
        System.out.println("  PostgreSQL: nothing answers at " + settings.dbHost() + ":" + settings.dbPort()
                + ", starting a private server on port " + PRIVATE_PORT);
        startPrivate();
        settings = settings.withDatabase("127.0.0.1", PRIVATE_PORT);
        return settings;
    }

    void createDatabases(List<String> names) {
        try (Connection admin = connect(); Statement sql = admin.createStatement()) {
            for (String name : names) {
                var exists = sql.executeQuery("select 1 from pg_database where datname = '" + name + "'");
                if (!exists.next()) {
                    sql.execute("create database " + name);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("could not create databases " + names + ": " + e.getMessage(), e);
        }
    }

    void dropDatabases(List<String> names) {
        try (Connection admin = connect(); Statement sql = admin.createStatement()) {
            for (String name : names) {
                sql.execute("drop database if exists " + name + " with (force)");
            }
        } catch (SQLException e) {
            System.out.println("  could not drop databases " + names + ": " + e.getMessage());
        }
    }

    void stopPrivate() {
        if (privateData != null) {
            run(List.of(pgCtl.toString(), "-D", privateData.toString(), "-m", "fast", "-w", "stop"));
        }
    }

    private Connection connect() throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", settings.dbUser());
        props.setProperty("password", settings.dbPassword());
        props.setProperty("connectTimeout", "5");
        return DriverManager.getConnection(settings.jdbcUrl("postgres"), props);
    }

    private void startPrivate() {
        Path bin = findBinaries();
        pgCtl = bin.resolve("pg_ctl");
        privateData = settings.dataDir().resolve("postgres").toAbsolutePath();
        try {
            Files.createDirectories(privateData.getParent());
            if (!Files.exists(privateData.resolve("PG_VERSION"))) {
                Files.createDirectories(privateData);
                if (isRoot()) {
                    runChecked(List.of("chown", "-R", "postgres:postgres", privateData.toString()));
                }
                runChecked(List.of(bin.resolve("initdb").toString(), "-D", privateData.toString(), "-U", "postgres",
                        "--auth=trust", "-E", "UTF8"));
            }
            Path log = settings.dataDir().resolve("logs/postgres.log").toAbsolutePath();
            Files.createDirectories(log.getParent());
            if (isRoot()) {
                runChecked(List.of("touch", log.toString()));
                runChecked(List.of("chown", "postgres:postgres", log.toString()));
            }
            runChecked(List.of(pgCtl.toString(), "-D", privateData.toString(), "-l", log.toString(), "-w",
                    "-o", "-p " + PRIVATE_PORT + " -k " + privateData + " -c listen_addresses=127.0.0.1", "start"));
        } catch (IOException e) {
            throw new IllegalStateException("could not start a private PostgreSQL: " + e.getMessage(), e);
        }
    }

    private static Path findBinaries() {
        try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb")))
                    .max(Comparator.comparing(Path::toString))
                    .orElseThrow();
        } catch (IOException | RuntimeException e) {
            throw new IllegalStateException("no PostgreSQL reachable and no PostgreSQL binaries under /usr/lib/postgresql; "
                    + "install PostgreSQL or set CLS_DB_HOST/CLS_DB_PORT to a running server");
        }
    }

    private static boolean isRoot() {
        return "root".equals(System.getProperty("user.name"));
    }

    private static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 2000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void runChecked(List<String> command) {
        if (run(command) != 0) {
            throw new IllegalStateException("command failed: " + String.join(" ", command));
        }
    }

    /** Runs a PostgreSQL tool, as the postgres user when we are root. */
    private static int run(List<String> command) {
        List<String> full = new ArrayList<>();
        boolean asPostgres = isRoot() && !command.get(0).equals("chown") && !command.get(0).equals("touch");
        if (asPostgres) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        try {
            Process process = new ProcessBuilder(full).inheritIO().start();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return -1;
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new IllegalStateException("could not run " + full + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }
}
