package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.report.ImportReport;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The import report names a budget's tables as the budget does, never by final-accounts titles. */
class BudgetImportReportTest {

    private static final List<String> FINAL_ACCOUNTS_WORDS = List.of("决算", "公开0", "公开1");

    @Test
    void budgetReportNamesFoundTablesByBudgetTitles() {
        ImportReport report = parse(BudgetRecognitionTest.fixture());
        List<String> titles = report.inventory().stream().map(e -> e.title()).toList();
        assertTrue(titles.contains("部门收支总表"), titles::toString);
        assertTrue(titles.contains("一般公共预算支出表"), titles::toString);
        assertTrue(titles.contains("项目支出表"), titles::toString);
        assertTrue(titles.contains("政府性基金预算支出表"), titles::toString);
        for (ImportReport.TableEntry e : report.inventory()) {
            for (String word : FINAL_ACCOUNTS_WORDS) {
                assertFalse(
                        (e.table() + e.title()).contains(word),
                        () -> "final-accounts wording in a budget's report: " + e);
            }
        }
        String text = report.toText();
        assertFalse(text.contains("收入支出决算总表"), text);
        assertTrue(text.contains("部门收支总表：已读取"), text);
    }

    @Test
    void budgetReportNamesAnUnreadTableByItsBudgetTitle() {
        String lost =
                BudgetRecognitionTest.fixture()
                        .replaceAll("(?s)(\n一般公共预算支出表\n).*?(\n一般公共预算基本支出表\n)", "$1\n$2");
        ImportReport report = parse(lost);
        List<ImportReport.TableEntry> unread = report.unreadTables();
        assertEquals(1, unread.size(), report::toText);
        assertEquals("一般公共预算支出表", unread.get(0).title());
        assertTrue(report.toText().contains("【错误】一般公共预算支出表：未读取"), report.toText());
    }

    @Test
    void budgetReportNamesATableListedButAbsentByTheContentsWording() {
        String absent =
                BudgetRecognitionTest.fixture().replaceAll("(?s)\n项目支出表\n.*?(\n第三部分\n)", "\n$1");
        ImportReport report = parse(absent);
        ImportReport.TableEntry project =
                report.inventory().stream()
                        .filter(e -> e.state() == ImportReport.TableState.NOT_FOUND)
                        .findFirst()
                        .orElseThrow(() -> new AssertionError(report.toText()));
        assertEquals("项目支出表", project.title());
    }

    private static ImportReport parse(String text) {
        return BudgetFixtures.parse(text.getBytes(StandardCharsets.UTF_8), "budget.txt").report();
    }
}
