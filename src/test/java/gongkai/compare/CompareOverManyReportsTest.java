package gongkai.compare;

import gongkai.bench.CorpusGenerator;
import gongkai.bench.CorpusWriter;
import gongkai.bench.GenerateCommand;
import io.micronaut.context.ApplicationContext;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import javax.sql.DataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A comparison over more reports, tables and rows than one id list of {@link CandidateReader} holds,
 * on generated (consistent) disclosures: every report with the code is a row, once, with the
 * amount its 公开03 (支出决算表) states for the code.
 */
@MicronautTest(transactional = false, startApplication = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CompareOverManyReportsTest {

    static final int REPORTS = 2 * CandidateReader.CHUNK + 30;

    @Inject
    ApplicationContext context;
    @Inject
    CompareService compare;

    DataSource dataSource;

    @BeforeAll
    void generate() throws Exception {
        dataSource = GenerateCommand.rawDataSource(context);
        new CorpusWriter(dataSource).write(new CorpusGenerator(CorpusWriter.regions(dataSource), REPORTS, 7), p -> { });
    }

    @Test
    void everyReportWithTheCodeIsOneRowAcrossSeveralIdLists() throws Exception {
        Set<Long> expected = disclosuresWithCode("2040610");
        assertTrue(expected.size() > CandidateReader.CHUNK, "the code is in more reports than one list holds: " + expected.size());

        List<CompareRow> rows = compare.rows(new CompareQuery(CompareCode.parse("2040610"), null, null, null,
                CompareQuery.Sort.AMOUNT, true, 1, 50));
        List<Long> ids = rows.stream().map(CompareRow::disclosureId).toList();
        assertEquals(ids.size(), new HashSet<>(ids).size(), "one row per report");
        assertEquals(expected, new TreeSet<>(ids));
        for (CompareRow row : rows.subList(0, 5)) {
            assertEquals(0, statedAmount(row.disclosureId(), "2040610").compareTo(row.amount()), "report " + row.disclosureId());
        }
    }

    private Set<Long> disclosuresWithCode(String code) throws Exception {
        Set<Long> ids = new TreeSet<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
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

    /** The 本年支出合计 column of the code's row in the report's 公开03, the comparison's first source, read directly. */
    private BigDecimal statedAmount(long disclosureId, String code) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
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
