package fr.cls.platform.database;

import java.util.Arrays;

import org.springframework.boot.SpringApplication;

/**
 * A service's main: the service itself, or with {@value #MIGRATE_ONLY} the migration step, which applies the
 * migrations as the schema owner and exits (a Kubernetes Job, a compose one-shot, the local launcher). The service
 * never migrates, so its process never needs the owner's credentials.
 */
public final class ServiceLauncher {

    public static final String MIGRATE_ONLY = "--cls.migrate-only";

    private ServiceLauncher() {
    }

    public static void run(Class<?> application, String[] args) {
        if (migrateOnly(args)) {
            System.exit(Migrator.migrate(args));
        }
        SpringApplication.run(application, args);
    }

    static boolean migrateOnly(String[] args) {
        return Arrays.stream(args).anyMatch(arg -> arg.equals(MIGRATE_ONLY) || arg.equals(MIGRATE_ONLY + "=true"));
    }
}
