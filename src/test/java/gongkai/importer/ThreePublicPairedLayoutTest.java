package gongkai.importer;

import static gongkai.importer.SeedAssertions.amount;
import static gongkai.importer.SeedAssertions.table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.StandardTable;
import gongkai.importer.read.DocumentText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The 2024 三公 layout gives 预算数 | 决算数 pairs under each item; the items are read by what the header
 * says, whatever order they stand in and whichever cell of its pair a merged label lands on.
 */
class ThreePublicPairedLayoutTest {

    private static DisclosureContent.Row parse(String... header) {
        List<String> lines = new java.util.ArrayList<>();
        lines.addAll(List.of("单位名称：某某区司法局", "2024年度", "财政拨款“三公”经费支出决算表", "单位：元"));
        lines.addAll(List.of(header));
        lines.add(String.join("\t", java.util.Collections.nCopies(6, "预算数\t决算数")));
        lines.add("3.00\t2.50\t1.00\t0.80\t1.50\t1.20\t0.50\t0.40\t1.00\t0.80\t0.50\t0.50");
        ParseResult r = new DisclosureParser().parse(new DocumentText("t.txt", lines));
        assertNotNull(r.disclosure(), () -> r.report().toText());
        DisclosureContent.Table t = table(r.disclosure(), StandardTable.G09);
        assertEquals(1, t.rows().size(), () -> r.report().toText());
        return t.rows().get(0);
    }

    private static final Map<String, String> EXPECTED =
            Map.ofEntries(
                    Map.entry("budget_total", "3.00"),
                    Map.entry("actual_total", "2.50"),
                    Map.entry("budget_reception", "1.00"),
                    Map.entry("actual_reception", "0.80"),
                    Map.entry("budget_vehicle", "1.50"),
                    Map.entry("actual_vehicle", "1.20"),
                    Map.entry("budget_vehicle_purchase", "0.50"),
                    Map.entry("actual_vehicle_purchase", "0.40"),
                    Map.entry("budget_vehicle_operation", "1.00"),
                    Map.entry("actual_vehicle_operation", "0.80"),
                    Map.entry("budget_abroad", "0.50"),
                    Map.entry("actual_abroad", "0.50"));

    private static void assertRead(DisclosureContent.Row row) {
        EXPECTED.forEach(
                (key, value) -> assertEquals(new BigDecimal(value), amount(row, key), key));
    }

    @Test
    void readsPairsByTheirItemsInAnyOrderWithLabelsOverTheLeftCell() {
        assertRead(
                parse(
                        "合计\t\t公务接待费\t\t公务用车购置及运行费\t\t\t\t\t\t因公出国（境）费\t",
                        "\t\t\t\t小计\t\t公务用车购置费\t\t公务用车运行费\t\t\t"));
    }

    @Test
    void readsPairsWithMergedLabelsPrintedOverTheRightCell() {
        assertRead(
                parse(
                        "\t合计\t\t公务接待费\t\t\t\t公务用车购置及运行费\t\t\t\t因公出国（境）费",
                        "\t\t\t\t\t小计\t\t\t\t公务用车运行费\t\t",
                        "\t\t\t\t\t\t\t公务用车购置费\t\t\t\t"));
    }
}
