package gongkai.bench;

import gongkai.bench.CorpusGenerator.GeneratedDisclosure;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.PerformanceIndicator;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * Writes a generated corpus with plain JDBC batch inserts, bypassing DisclosureService: the
 * importer's path (parse, check, one repository call per row) costs ~0.5 s per document, far too
 * slow for 15,000. Ids are assigned here (above the current maximum of each table), so no generated
 * key has to be read back and every row of a disclosure goes into the same batch.
 *
 * <p>Rows are written as the service would leave a published first revision: status PUBLISHED,
 * revision 1, {@code published_slot = unitId/year/FINAL_ACCOUNTS}, no working slot. The search
 * outbox is deliberately left alone: run {@code reindex} afterwards (one pass over everything is
 * much faster than replaying 15,000 outbox rows one by one in a running portal). Units that already
 * exist (same region and name) are reused, and a disclosure whose slot is already published is
 * skipped, so generating into a database with the demo data works.
 */
public final class CorpusWriter {

    /** What a load wrote and how long it took. */
    public record LoadResult(int disclosures, int skipped, int units, long sections, long lineItems, long amounts,
                             long projects, long indicators, long textBytes, long nanos) {
        public double disclosuresPerSecond() {
            return disclosures / Math.max(1e-9, nanos / 1e9);
        }
    }

    /** Progress: disclosures done of total, elapsed nanoseconds. */
    public record Progress(int done, int total, long elapsedNanos) {
    }

    private static final int BATCH = 100;

    private final DataSource dataSource;

    public CorpusWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The region table, in code order (the generator's input). */
    public static List<UnitCatalog.RegionRow> regions(DataSource dataSource) throws SQLException {
        List<UnitCatalog.RegionRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT code, name, level, parent_code FROM region ORDER BY code")) {
            while (rs.next()) {
                rows.add(new UnitCatalog.RegionRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)));
            }
        }
        if (rows.isEmpty()) {
            throw new IllegalStateException("数据库中没有行政区划（region 表为空）：请先让 Flyway 完成迁移。");
        }
        return rows;
    }

    /** One writer: with two, H2 spent most of the time waiting (measured: 3 instead of 11 disclosures/s). */
    public LoadResult write(CorpusGenerator generator, Consumer<Progress> progress) throws SQLException {
        return write(generator, progress, 1);
    }

    /**
     * Writes the corpus over {@code writers} connections in parallel (batches of 100 disclosures, one
     * transaction each). Disclosure {@code i} gets id {@code max(id) + i + 1} whatever the interleaving,
     * so ids are as deterministic as the content.
     */
    public LoadResult write(CorpusGenerator generator, Consumer<Progress> progress, int writers) throws SQLException {
        long started = System.nanoTime();
        int total = generator.count();
        Ids ids;
        Map<Integer, Long> unitIds;
        Set<String> taken = ConcurrentHashMap.newKeySet();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            ids = new Ids(c);
            unitIds = units(c, generator, ids);
            taken.addAll(publishedSlots(c));
        }
        AtomicInteger nextBatch = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        List<Counters> counters = new ArrayList<>();
        List<CompletableFuture<Void>> running = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(writers);
        try {
            for (int w = 0; w < writers; w++) {
                Counters n = new Counters();
                counters.add(n);
                running.add(CompletableFuture.runAsync(() -> {
                    try {
                        writeBatches(generator, ids, unitIds, taken, nextBatch, done, n, started, progress);
                    } catch (SQLException e) {
                        throw new CompletionException(e);
                    }
                }, pool));
            }
            CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof SQLException sql) {
                throw sql;
            }
            throw e;
        } finally {
            pool.shutdownNow();
        }
        Counters n = new Counters();
        for (Counters k : counters) {
            n.disclosures += k.disclosures;
            n.skipped += k.skipped;
            n.sections += k.sections;
            n.lineItems += k.lineItems;
            n.amounts += k.amounts;
            n.projects += k.projects;
            n.indicators += k.indicators;
            n.textBytes += k.textBytes;
        }
        return new LoadResult(n.disclosures, n.skipped, unitIds.size(), n.sections, n.lineItems, n.amounts, n.projects,
                n.indicators, n.textBytes, System.nanoTime() - started);
    }

    /** One writer: takes the next batch until none is left; one transaction per batch. */
    private void writeBatches(CorpusGenerator generator, Ids ids, Map<Integer, Long> unitIds, Set<String> taken,
                              AtomicInteger nextBatch, AtomicInteger done, Counters n, long started,
                              Consumer<Progress> progress) throws SQLException {
        int total = generator.count();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statements st = new Statements(c)) {
                int from;
                while ((from = nextBatch.getAndIncrement() * BATCH) < total) {
                    int to = Math.min(total, from + BATCH);
                    for (int i = from; i < to; i++) {
                        GeneratedDisclosure g = generator.generate(i);
                        long unitId = unitIds.get(g.unitIndex());
                        String slot = unitId + "/" + g.document().fiscalYear() + "/" + g.document().kind().name();
                        if (!taken.add(slot)) {
                            n.skipped++;
                            continue;
                        }
                        st.add(g.document(), ids.disclosure + i + 1, unitId, slot, ids, n);
                    }
                    st.execute();
                    c.commit();
                    int d = done.addAndGet(to - from);
                    synchronized (progress) {
                        progress.accept(new Progress(d, total, System.nanoTime() - started));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static final class Counters {
        int disclosures;
        int skipped;
        long sections;
        long lineItems;
        long amounts;
        long projects;
        long indicators;
        long textBytes;
    }

    /** Next free id per table. */
    private static final class Ids {
        long unit;
        final long disclosure;
        final java.util.concurrent.atomic.AtomicLong section;
        final java.util.concurrent.atomic.AtomicLong table;
        final java.util.concurrent.atomic.AtomicLong lineItem;
        final java.util.concurrent.atomic.AtomicLong project;
        final java.util.concurrent.atomic.AtomicLong indicator;

        Ids(Connection c) throws SQLException {
            unit = max(c, "unit");
            disclosure = max(c, "disclosure");
            section = new java.util.concurrent.atomic.AtomicLong(max(c, "section"));
            table = new java.util.concurrent.atomic.AtomicLong(max(c, "disclosure_table"));
            lineItem = new java.util.concurrent.atomic.AtomicLong(max(c, "line_item"));
            project = new java.util.concurrent.atomic.AtomicLong(max(c, "performance_project"));
            indicator = new java.util.concurrent.atomic.AtomicLong(max(c, "performance_indicator"));
        }

        private static long max(Connection c, String table) throws SQLException {
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM " + table)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static Map<Integer, Long> units(Connection c, CorpusGenerator generator, Ids ids) throws SQLException {
        Map<String, Long> existing = new HashMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT id, region_code, name FROM unit")) {
            while (rs.next()) {
                existing.put(rs.getString(2) + "/" + rs.getString(3), rs.getLong(1));
            }
        }
        Map<Integer, Long> idByIndex = new HashMap<>();
        List<UnitCatalog.UnitSpec> units = generator.units();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO unit (id, name, region_code, kind) VALUES (?, ?, ?, ?)")) {
            for (int i = 0; i < units.size(); i++) {
                UnitCatalog.UnitSpec u = units.get(i);
                Long id = existing.get(u.regionCode() + "/" + u.name());
                if (id == null) {
                    id = ++ids.unit;
                    ps.setLong(1, id);
                    ps.setString(2, u.name());
                    ps.setString(3, u.regionCode());
                    ps.setString(4, u.kind());
                    ps.addBatch();
                    existing.put(u.regionCode() + "/" + u.name(), id);
                }
                idByIndex.put(i, id);
            }
            ps.executeBatch();
        }
        c.commit();
        return idByIndex;
    }

    private static Set<String> publishedSlots(Connection c) throws SQLException {
        Set<String> slots = new HashSet<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT published_slot FROM disclosure WHERE published_slot IS NOT NULL")) {
            while (rs.next()) {
                slots.add(rs.getString(1));
            }
        }
        return slots;
    }

    /** One prepared statement per table, batched. */
    private static final class Statements implements AutoCloseable {
        private final PreparedStatement disclosure;
        private final PreparedStatement section;
        private final PreparedStatement table;
        private final PreparedStatement lineItem;
        private final PreparedStatement amount;
        private final PreparedStatement project;
        private final PreparedStatement indicator;

        Statements(Connection c) throws SQLException {
            disclosure = c.prepareStatement("INSERT INTO disclosure (id, unit_id, fiscal_year, kind, status, revision, published_slot,"
                    + " published_at, head_of_unit, head_of_finance, preparer, report_date, contact_person, contact_phone,"
                    + " source_money_unit, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
            section = c.prepareStatement("INSERT INTO section (id, disclosure_id, position, section_key, title, body) VALUES (?, ?, ?, ?, ?, ?)");
            table = c.prepareStatement("INSERT INTO disclosure_table (id, disclosure_id, table_kind, position, title, source_money_unit, note)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)");
            lineItem = c.prepareStatement("INSERT INTO line_item (id, table_id, position, row_kind, side, row_code, code_level, row_name, line_no)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
            amount = c.prepareStatement("INSERT INTO line_amount (line_item_id, column_key, amount) VALUES (?, ?, ?)");
            project = c.prepareStatement("INSERT INTO performance_project (id, disclosure_id, position, kind, name, department, implementer,"
                    + " initial_budget, annual_budget, executed, annual_budget_fiscal, executed_fiscal, annual_budget_carryover,"
                    + " executed_carryover, annual_budget_other, executed_other, execution_rate, execution_weight, execution_score,"
                    + " total_weight, total_score, goal_planned, goal_actual, summary, from_prose)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            indicator = c.prepareStatement("INSERT INTO performance_indicator (id, project_id, position, level1, level2, name, nature,"
                    + " direction, target_value, actual_value, measure_unit, weight, score, deviation_reason)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        }

        void add(DisclosureDocument d, long id, long unitId, String slot, Ids ids, Counters n) throws SQLException {
            int k = 1;
            disclosure.setLong(k++, id);
            disclosure.setLong(k++, unitId);
            disclosure.setInt(k++, d.fiscalYear());
            disclosure.setString(k++, d.kind().name());
            disclosure.setString(k++, d.status().name());
            disclosure.setInt(k++, d.revision());
            disclosure.setString(k++, slot);
            disclosure.setTimestamp(k++, Timestamp.from(d.publishedAt()));
            disclosure.setString(k++, d.profile().headOfUnit());
            disclosure.setString(k++, d.profile().headOfFinance());
            disclosure.setString(k++, d.profile().preparer());
            disclosure.setDate(k++, Date.valueOf(d.profile().reportDate()));
            disclosure.setString(k++, d.profile().contactPerson());
            disclosure.setString(k++, d.profile().contactPhone());
            disclosure.setString(k, d.sourceMoneyUnit() == null ? null : d.sourceMoneyUnit().name());
            disclosure.addBatch();
            n.disclosures++;
            int position = 0;
            for (SectionView s : d.sections()) {
                section.setLong(1, ids.section.incrementAndGet());
                section.setLong(2, id);
                section.setInt(3, position++);
                section.setString(4, s.key());
                section.setString(5, s.title());
                section.setString(6, s.body());
                section.addBatch();
                n.sections++;
                n.textBytes += bytes(s.title()) + bytes(s.body());
            }
            position = 0;
            for (TableView t : d.tables()) {
                long tableId = ids.table.incrementAndGet();
                table.setLong(1, tableId);
                table.setLong(2, id);
                table.setString(3, t.kind().name());
                table.setInt(4, position++);
                table.setString(5, t.title());
                table.setString(6, t.sourceMoneyUnit() == null ? null : t.sourceMoneyUnit().name());
                table.setString(7, t.note());
                table.addBatch();
                int row = 0;
                for (RowView r : t.rows()) {
                    long itemId = ids.lineItem.incrementAndGet();
                    lineItem.setLong(1, itemId);
                    lineItem.setLong(2, tableId);
                    lineItem.setInt(3, row++);
                    lineItem.setString(4, r.kind().name());
                    lineItem.setString(5, r.side() == null ? null : r.side().name());
                    lineItem.setString(6, r.code());
                    setInt(lineItem, 7, r.level());
                    lineItem.setString(8, r.name());
                    setInt(lineItem, 9, r.lineNo());
                    lineItem.addBatch();
                    n.lineItems++;
                    n.textBytes += bytes(r.name());
                    for (Map.Entry<String, BigDecimal> a : r.amounts().entrySet()) {
                        amount.setLong(1, itemId);
                        amount.setString(2, a.getKey());
                        amount.setBigDecimal(3, a.getValue());
                        amount.addBatch();
                        n.amounts++;
                    }
                }
            }
            position = 0;
            for (ProjectView p : d.projects()) {
                long projectId = ids.project.incrementAndGet();
                k = 1;
                project.setLong(k++, projectId);
                project.setLong(k++, id);
                project.setInt(k++, position++);
                project.setString(k++, p.kind().name());
                project.setString(k++, p.name());
                project.setString(k++, p.department());
                project.setString(k++, p.implementer());
                for (BigDecimal v : List.of(p.initialBudget(), p.annualBudget(), p.executed(), p.annualBudgetFiscal(),
                        p.executedFiscal(), p.annualBudgetCarryover(), p.executedCarryover(), p.annualBudgetOther(),
                        p.executedOther(), p.executionRate(), p.executionWeight(), p.executionScore(), p.totalWeight(),
                        p.totalScore())) {
                    project.setBigDecimal(k++, v);
                }
                project.setString(k++, p.goalPlanned());
                project.setString(k++, p.goalActual());
                project.setString(k++, p.summary());
                project.setBoolean(k, p.fromProse());
                project.addBatch();
                n.projects++;
                n.textBytes += bytes(p.name()) + bytes(p.goalPlanned()) + bytes(p.goalActual());
                for (PerformanceIndicator i : p.indicators()) {
                    k = 1;
                    indicator.setLong(k++, ids.indicator.incrementAndGet());
                    indicator.setLong(k++, projectId);
                    indicator.setInt(k++, i.position());
                    indicator.setString(k++, i.level1());
                    indicator.setString(k++, i.level2());
                    indicator.setString(k++, i.name());
                    indicator.setString(k++, i.nature());
                    indicator.setString(k++, i.direction());
                    indicator.setString(k++, i.targetValue());
                    indicator.setString(k++, i.actualValue());
                    indicator.setString(k++, i.measureUnit());
                    indicator.setBigDecimal(k++, i.weight());
                    indicator.setBigDecimal(k++, i.score());
                    indicator.setString(k, i.deviationReason());
                    indicator.addBatch();
                    n.indicators++;
                    n.textBytes += bytes(i.name());
                }
            }
        }

        /** Parents before children, for the foreign keys. */
        void execute() throws SQLException {
            disclosure.executeBatch();
            section.executeBatch();
            table.executeBatch();
            lineItem.executeBatch();
            amount.executeBatch();
            project.executeBatch();
            indicator.executeBatch();
        }

        private static void setInt(PreparedStatement ps, int index, Integer value) throws SQLException {
            if (value == null) {
                ps.setNull(index, Types.INTEGER);
            } else {
                ps.setInt(index, value);
            }
        }

        private static long bytes(String s) {
            return s == null ? 0 : s.getBytes(StandardCharsets.UTF_8).length;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(disclosure, section, table, lineItem, amount, project, indicator)) {
                ps.close();
            }
        }
    }
}
