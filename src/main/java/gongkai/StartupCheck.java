package gongkai;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks the configuration before the application context starts, so that a wrong database URL or
 * an unwritable directory ends start-up with one line saying what to fix instead of a wall of stack
 * traces from deep inside the connection pool or Flyway.
 */
public final class StartupCheck {

    private static final Logger LOG = LoggerFactory.getLogger(StartupCheck.class);

    /** H2's ErrorCode.DATABASE_ALREADY_OPEN_1: another process has the database file open. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;

    private StartupCheck() {}

    /** Logs one clear line and returns false when the configuration cannot work for the portal. */
    public static boolean passes(String[] args) {
        return passes(args, false);
    }

    /**
     * As {@link #passes(String[])}; a command ({@code forCommand}) skips the check that no other
     * process holds the embedded database, because the command line makes it itself with its own
     * advice.
     */
    public static boolean passes(String[] args, boolean forCommand) {
        try (ApplicationContext probe = ApplicationContext.builder().args(args).build()) {
            Environment env = probe.getEnvironment();
            env.start();
            String url = env.getProperty("datasources.default.url", String.class).orElse("");
            String user = env.getProperty("datasources.default.username", String.class).orElse("");
            String password =
                    env.getProperty("datasources.default.password", String.class).orElse("");
            String indexDir =
                    env.getProperty("gongkai.index-dir", String.class).orElse("./search-index");
            if (!directoryWritable(Path.of(indexDir), "索引目录 (GONGKAI_INDEX_DIR)")
                    || !databaseReachable(url, user, password)) {
                return false;
            }
            if (!forCommand && embeddedDatabaseHeldElsewhere(url, user, password)) {
                LOG.error(
                        "嵌入式数据库 {} 正由另一个进程（已在运行的门户或命令行）使用：请先停止它，"
                                + "或用 GONGKAI_DATA_DIR 指定另一个数据目录。",
                        embeddedDatabaseFile(url));
                return false;
            }
            return true;
        }
    }

    /**
     * True when another process has the embedded H2 file open. The default URL has no AUTO_SERVER
     * (it opened a TCP port on all interfaces for anyone to connect), so H2 lets one process at a
     * time open the file and refuses the next with 90020. IFEXISTS: the probe never creates a
     * database. Any other failure (no database yet, a wrong password) is left to the real start-up,
     * which reports it as before. A database this JVM already has open is shared in-process and
     * does not count.
     */
    public static boolean embeddedDatabaseHeldElsewhere(String url, String user, String password) {
        if (!url.startsWith("jdbc:h2:file:")) {
            return false;
        }
        try (Connection ignored =
                DriverManager.getConnection(url + ";IFEXISTS=TRUE", user, password)) {
            return false;
        } catch (SQLException e) {
            return e.getErrorCode() == H2_DATABASE_ALREADY_OPEN;
        }
    }

    /** The absolute path of an embedded H2 database (without the .mv.db ending), for messages. */
    public static String embeddedDatabaseFile(String url) {
        String file = url.substring(url.indexOf(":file:") + ":file:".length()).split(";", 2)[0];
        return Path.of(file).toAbsolutePath().normalize().toString();
    }

    static boolean databaseReachable(String url, String user, String password) {
        if (url.startsWith("jdbc:h2:file:")) {
            String file = url.substring("jdbc:h2:file:".length()).split(";", 2)[0];
            Path dir = Path.of(file).toAbsolutePath().getParent();
            return directoryWritable(dir, "数据目录 (GONGKAI_DATA_DIR)");
        }
        if (url.startsWith("jdbc:h2:")) {
            return true;
        }
        DriverManager.setLoginTimeout(5);
        try (Connection ignored = DriverManager.getConnection(url, user, password)) {
            return true;
        } catch (SQLException e) {
            LOG.error(
                    "无法连接数据库 {}（{}）：请检查 GONGKAI_DB_URL、GONGKAI_DB_USER、GONGKAI_DB_PASSWORD，"
                            + "并确认数据库服务器已启动、数据库已创建。",
                    withoutPassword(url),
                    withoutPassword(firstLine(e.getMessage())));
            return false;
        }
    }

    static boolean directoryWritable(Path dir, String what) {
        try {
            Files.createDirectories(dir);
            Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
            Files.delete(probe);
            return true;
        } catch (IOException | SecurityException e) {
            LOG.error("{} {} 不可写：请创建该目录并授予写权限，或用环境变量指定另一个目录。", what, dir.toAbsolutePath());
            return false;
        }
    }

    /**
     * The URL as it may be logged: a password given in it (user:password@host, password=… among the
     * parameters) is replaced by ***, since start-up logs end up in places the password must not.
     */
    static String withoutPassword(String url) {
        return url.replaceAll("(//[^/@:?;]*:)[^/@]*@", "$1***@")
                .replaceAll("(?i)(password\\w*=)[^&;]*", "$1***");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "无详细信息";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
