package gongkai.cli;

import gongkai.StartupCheck;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.util.Map;

/**
 * The application context a command runs in: the configured database, no web server, no indexer.
 */
final class Contexts {

    private Contexts() {}

    /**
     * Starts the command's context, or refuses (an exception whose message {@link CommandLine}
     * prints as one line) when a running portal holds the embedded database: without H2's
     * AUTO_SERVER port the file belongs to one process, and failing inside the connection pool
     * would print stack traces.
     */
    static ApplicationContext commandLine() {
        refuseWhileTheEmbeddedDatabaseIsHeld();
        // The server process owns the active index; a command must not open a second writer on it.
        return ApplicationContext.builder()
                .deduceEnvironment(false)
                .properties(Map.of("gongkai.indexer.enabled", "false"))
                .start();
    }

    /**
     * Throws, with the one line {@link CommandLine} prints, when another process holds the embedded
     * H2 file.
     */
    static void refuseWhileTheEmbeddedDatabaseIsHeld() {
        try (ApplicationContext probe =
                ApplicationContext.builder().deduceEnvironment(false).build()) {
            Environment env = probe.getEnvironment();
            env.start();
            String url = env.getProperty("datasources.default.url", String.class).orElse("");
            String user = env.getProperty("datasources.default.username", String.class).orElse("");
            String password =
                    env.getProperty("datasources.default.password", String.class).orElse("");
            if (StartupCheck.embeddedDatabaseHeldElsewhere(url, user, password)) {
                throw new IllegalStateException(
                        "嵌入式数据库 "
                                + StartupCheck.embeddedDatabaseFile(url)
                                + " 正由运行中的门户（或另一个命令）使用，命令未执行：请先停止门户再运行此命令，"
                                + "或在门户中操作（账号：/staff/admin/accounts；导入：/staff 或 POST /api/imports）。");
            }
        }
    }
}
