package fr.cls.platform.test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A fresh database on the PostgreSQL server given by the environment ({@code CLS_TEST_PG_HOST},
 * {@code CLS_TEST_PG_PORT}, {@code CLS_TEST_PG_USER}, {@code CLS_TEST_PG_PASSWORD}; default
 * {@code postgres@127.0.0.1:5432}), dropped when the JVM exits.
 */
public final class LocalPostgres {

    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(LocalPostgres::dropCreated, "drop-test-databases"));
    }

    private LocalPostgres() {
    }

    public static String host() {
        return env("CLS_TEST_PG_HOST", "127.0.0.1");
    }

    public static int port() {
        return Integer.parseInt(env("CLS_TEST_PG_PORT", "5432"));
    }

    public static String user() {
        return env("CLS_TEST_PG_USER", "postgres");
    }

    public static String password() {
        return env("CLS_TEST_PG_PASSWORD", "");
    }

    public static String url(String database) {
        return "jdbc:postgresql://" + host() + ":" + port() + "/" + database;
    }

    /** Creates an empty database and returns its JDBC URL; fails fast, saying what to start, if no server answers. */
    public static String freshDatabase(String prefix) {
        String name = (prefix + "_" + UUID.randomUUID().toString().substring(0, 8)).replaceAll("[^a-z0-9_]", "_");
        try (Connection admin = adminConnection(); Statement sql = admin.createStatement()) {
            sql.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("could not create test database " + name + ": " + e.getMessage(), e);
        }
        CREATED.add(name);
        return url(name);
    }

    public static Connection adminConnection() {
        Properties props = new Properties();
        props.setProperty("user", user());
        props.setProperty("password", password());
        props.setProperty("connectTimeout", "3");
        try {
            return DriverManager.getConnection(url("postgres"), props);
        } catch (SQLException e) {
            throw new IllegalStateException("""
                    PostgreSQL is not reachable at %s:%d as %s (%s).
                    Start it (on Debian: pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start),
                    point CLS_TEST_PG_HOST/CLS_TEST_PG_PORT at a running server, or run with a Docker engine
                    and CLS_TEST_INFRA=containers.""".formatted(host(), port(), user(), e.getMessage()), e);
        }
    }

    private static void dropCreated() {
        if (CREATED.isEmpty()) {
            return;
        }
        try (Connection admin = adminConnection(); Statement sql = admin.createStatement()) {
            for (String name : CREATED) {
                sql.execute("drop database if exists " + name + " with (force)");
            }
        } catch (SQLException | IllegalStateException e) {
            System.err.println("could not drop test databases " + CREATED + ": " + e.getMessage());
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
