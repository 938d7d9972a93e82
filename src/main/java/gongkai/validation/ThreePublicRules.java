package gongkai.validation;

import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.StandardTable;
import java.math.BigDecimal;
import java.util.List;

/**
 * Rule 5 of DOMAIN.md, 公开09 “三公”经费, for the 预算数 and the 决算数 half: 合计 = 因公出国(境)费 + 公务用车购置及运行维护费 +
 * 公务接待费; 小计 = 购置费 + 运行维护费; a 合计 of 0 means every part is 0.
 */
final class ThreePublicRules implements RuleFamily {

    @Override
    public void check(Checks c) {
        c.table(StandardTable.G09)
                .ifPresent(
                        t -> {
                            for (RowView r : Checks.rows(t)) {
                                half(c, t, r, "budget", "预算数");
                                half(c, t, r, "actual", "决算数");
                            }
                        });
    }

    private void half(Checks c, TableView t, RowView r, String prefix, String halfLabel) {
        String total = prefix + "_total";
        if (!Checks.has(r, total)) {
            return;
        }
        String label = t.kind().label();
        String rowKey = TotalSheetRules.rowKey(r);
        List<String> parts =
                List.of(prefix + "_abroad", prefix + "_vehicle", prefix + "_reception");
        List<String> all =
                List.of(
                        prefix + "_abroad",
                        prefix + "_vehicle",
                        prefix + "_vehicle_purchase",
                        prefix + "_vehicle_operation",
                        prefix + "_reception");
        BigDecimal totalAmount = Checks.amount(r, total);
        if (totalAmount.signum() == 0) {
            List<String> nonZero =
                    all.stream().filter(k -> Checks.amount(r, k).signum() != 0).toList();
            if (!nonZero.isEmpty()) {
                String first = nonZero.get(0);
                c.add(
                        "T09-ZERO",
                        Severity.ERROR,
                        Location.cell(label, rowKey, first),
                        label
                                + " "
                                + halfLabel
                                + "合计为 0，但"
                                + columnLabel(t, first)
                                + "为 "
                                + c.money(t, Checks.amount(r, first))
                                + "：合计为 0 时各项均应为 0。");
                return;
            }
        }
        c.compare(
                "T09-SUM",
                Severity.ERROR,
                Location.cell(label, rowKey, total),
                t,
                label + " " + halfLabel + "合计",
                totalAmount,
                "因公出国（境）费、公务用车购置及运行维护费与公务接待费之和",
                parts.stream()
                        .map(k -> Checks.amount(r, k))
                        .reduce(BigDecimal.ZERO, BigDecimal::add));
        String vehicle = prefix + "_vehicle";
        if (Checks.has(r, vehicle)
                && (Checks.has(r, prefix + "_vehicle_purchase")
                        || Checks.has(r, prefix + "_vehicle_operation"))) {
            c.compare(
                    "T09-VEHICLE",
                    Severity.ERROR,
                    Location.cell(label, rowKey, vehicle),
                    t,
                    label + " " + halfLabel + "公务用车购置及运行维护费小计",
                    Checks.amount(r, vehicle),
                    "公务用车购置费与运行维护费之和",
                    Checks.amount(r, prefix + "_vehicle_purchase")
                            .add(Checks.amount(r, prefix + "_vehicle_operation")));
        }
    }

    private static String columnLabel(TableView t, String key) {
        return t.kind().column(key).map(StandardTable.Column::label).orElse(key);
    }
}
