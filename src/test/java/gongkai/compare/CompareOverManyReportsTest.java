package gongkai.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureContent.Row;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.LineItem.RowKind;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import gongkai.unit.UnitService;
import io.micronaut.context.ApplicationContext;
import io.micronaut.jdbc.DataSourceResolver;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A comparison over more reports, tables and rows than one id list of {@link CandidateReader}
 * holds, on published disclosures stored through the disclosure service (a 公开03 each, most of them
 * with 社区矫正 2040610): every report with the code is a row, once, with the amount its 公开03 (支出决算表)
 * states for the code.
 */
@MicronautTest(transactional = false, startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareOverManyReportsTest {

    static final int REPORTS = 2 * CandidateReader.CHUNK + 30;

    @Inject CompareService compare;
    @Inject UnitService units;
    @Inject DisclosureService disclosures;
    @Inject ApplicationContext context;

    DataSource dataSource;

    @BeforeAll
    void publishReports() {
        // The pool itself: the checks below read with their own connection, outside any
        // transaction.
        DataSource pool = context.getBean(DataSource.class);
        dataSource =
                context.findBean(DataSourceResolver.class).map(r -> r.resolve(pool)).orElse(pool);
        for (int i = 0; i < REPORTS; i++) {
            long unitId = units.findOrCreate("比较测试司法局" + i, "430281", null).id();
            disclosures.storeNewRevision(unitId, report(i), DisclosureStatus.PUBLISHED, null);
        }
    }

    /**
     * Report {@code i}: 公开03 with 2040601 and, in nine reports of ten, 2040610; amounts that differ
     * per report.
     */
    private static DisclosureContent report(int i) {
        BigDecimal correction = BigDecimal.valueOf(1000 + 37L * i, 2);
        BigDecimal basic = BigDecimal.valueOf(500_000 + 11L * i, 2);
        boolean withCode = i % 10 != 9;
        BigDecimal all = withCode ? basic.add(correction) : basic;
        List<Row> rows = new ArrayList<>();
        rows.add(row(RowKind.NAMED, "合计", all, basic, withCode ? correction : BigDecimal.ZERO));
        rows.add(
                row(
                        RowKind.FUNCTIONAL,
                        "204",
                        all,
                        basic,
                        withCode ? correction : BigDecimal.ZERO));
        rows.add(
                row(
                        RowKind.FUNCTIONAL,
                        "20406",
                        all,
                        basic,
                        withCode ? correction : BigDecimal.ZERO));
        rows.add(row(RowKind.FUNCTIONAL, "2040601", basic, basic, BigDecimal.ZERO));
        if (withCode) {
            rows.add(row(RowKind.FUNCTIONAL, "2040610", correction, BigDecimal.ZERO, correction));
        }
        DisclosureContent.Table g03 =
                new DisclosureContent.Table(StandardTable.G03, null, MoneyUnit.YUAN, null, rows, 0);
        return new DisclosureContent(
                "比较测试司法局" + i, 2023, null, MoneyUnit.YUAN, List.of(), List.of(g03), List.of());
    }

    private static Row row(
            RowKind kind, String code, BigDecimal total, BigDecimal basic, BigDecimal project) {
        return new Row(
                kind,
                null,
                code,
                code,
                null,
                Map.of("total", total, "basic", basic, "project", project),
                0);
    }

    @Test
    void everyReportWithTheCodeIsOneRowAcrossSeveralIdLists() throws Exception {
        Set<Long> expected = disclosuresWithCode("2040610");
        assertTrue(
                expected.size() > CandidateReader.CHUNK,
                "the code is in more reports than one list holds: " + expected.size());

        List<CompareRow> rows =
                compare.rows(
                        new CompareQuery(
                                CompareCode.parse("2040610"),
                                null,
                                null,
                                null,
                                CompareQuery.Sort.AMOUNT,
                                true,
                                1,
                                50));
        List<Long> ids = rows.stream().map(CompareRow::disclosureId).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "one row per report");
        assertEquals(expected, new TreeSet<>(ids));
        for (CompareRow row : rows.subList(0, 5)) {
            assertEquals(
                    0,
                    statedAmount(row.disclosureId(), "2040610").compareTo(row.amount()),
                    "report " + row.disclosureId());
        }
    }

    private Set<Long> disclosuresWithCode(String code) throws Exception {
        Set<Long> ids = new TreeSet<>();
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                """
                SELECT DISTINCT t.disclosure_id FROM line_item l JOIN disclosure_table t ON t.id = l.table_id
                JOIN disclosure d ON d.id = t.disclosure_id WHERE l.row_code = ? AND d.status = 'PUBLISHED'""")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }

    /**
     * The 本年支出合计 column of the code's row in the report's 公开03, the comparison's first source, read
     * directly.
     */
    private BigDecimal statedAmount(long disclosureId, String code) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement(
                                """
                SELECT a.amount FROM line_amount a JOIN line_item l ON l.id = a.line_item_id
                JOIN disclosure_table t ON t.id = l.table_id
                WHERE t.disclosure_id = ? AND l.row_code = ? AND t.table_kind = ? AND a.column_key = ?""")) {
            s.setLong(1, disclosureId);
            s.setString(2, code);
            s.setString(3, "G03");
            s.setString(4, "total");
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "report " + disclosureId + " states the code in 公开03");
                return rs.getBigDecimal(1);
            }
        }
    }
}
