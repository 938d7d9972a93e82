package gongkai.budget;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.BudgetFixtures;
import gongkai.importer.ImportService;
import gongkai.importer.report.ImportReport;
import gongkai.opendata.SqlLog;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Budget against outcome across units reads the paired reports a batch at a time: the same few
 * statements for one unit-year as for three.
 */
@MicronautTest(transactional = false)
class BudgetAcrossUnitsQueriesTest {

    @Inject ImportService imports;
    @Inject BudgetVsActualService service;

    private void publishPair(int year) {
        stored(
                imports.importDocument(
                        "004-" + year,
                        SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, year),
                        true));
        String budget =
                new String(BudgetFixtures.bytes(BudgetFixtures.LILING_2023), StandardCharsets.UTF_8)
                        .replace("2022", Integer.toString(year - 1))
                        .replace("2023", Integer.toString(year));
        stored(
                imports.importDocument(
                        "budget-" + year + ".txt", budget.getBytes(StandardCharsets.UTF_8), true));
    }

    private static void stored(ImportReport r) {
        assertNotNull(r.disclosureId(), () -> "import failed: " + r.errors());
    }

    private record Run(List<BudgetVsActualService.AcrossRow> rows, int statements) {}

    private Run across() {
        try (SqlLog sql = new SqlLog()) {
            List<BudgetVsActualService.AcrossRow> rows = service.across("2040605", null);
            return new Run(rows, sql.mine().size());
        }
    }

    @Test
    void acrossUnitsRunsTheSameFewStatementsForOneUnitYearAsForThree() {
        publishPair(2023);
        Run one = across();
        assertEquals(1, one.rows().size());
        publishPair(2022);
        publishPair(2021);
        Run three = across();
        assertEquals(3, three.rows().size(), three.rows().toString());
        for (BudgetVsActualService.AcrossRow r : three.rows()) {
            assertEquals(75.0, r.line().executionRate().doubleValue(), r::toString);
        }
        // one report at a time this was about 9 statements per report, 2 reports per unit-year
        assertEquals(one.statements(), three.statements(), "independent of the unit-years");
        assertTrue(three.statements() <= 12, three.statements() + " statements");
    }
}
