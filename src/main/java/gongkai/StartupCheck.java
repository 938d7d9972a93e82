package gongkai;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

/**
 * Checks the configuration before the application context starts, so that a wrong database URL or an
 * unwritable directory ends start-up with one line saying what to fix instead of a wall of stack
 * traces from deep inside the connection pool or Flyway.
 */
public final class StartupCheck {

    private static final Logger LOG = LoggerFactory.getLogger(StartupCheck.class);

    private StartupCheck() {
    }

    /** Logs one clear line and returns false when the configuration cannot work. */
    public static boolean passes(String[] args) {
        try (ApplicationContext probe = ApplicationContext.builder().args(args).build()) {
            Environment env = probe.getEnvironment();
            env.start();
            String url = env.getProperty("datasources.default.url", String.class).orElse("");
            String user = env.getProperty("datasources.default.username", String.class).orElse("");
            String password = env.getProperty("datasources.default.password", String.class).orElse("");
            String indexDir = env.getProperty("gongkai.index-dir", String.class).orElse("./search-index");
            return directoryWritable(Path.of(indexDir), "索引目录 (GONGKAI_INDEX_DIR)")
                    && databaseReachable(url, user, password);
        }
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
            LOG.error("无法连接数据库 {}（{}）：请检查 GONGKAI_DB_URL、GONGKAI_DB_USER、GONGKAI_DB_PASSWORD，"
                    + "并确认数据库服务器已启动、数据库已创建。", withoutPassword(url), withoutPassword(firstLine(e.getMessage())));
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
