package gongkai.validation;

import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.StandardTable;
import java.util.Optional;

/**
 * Rule 6 of DOMAIN.md: a 行政单位's 机关运行经费 (公开10) equals its 公用经费合计 (公开06). A warning only: the two are
 * defined slightly differently, and units that are not 行政单位 are skipped.
 */
final class OperatingCostRules implements RuleFamily {

    @Override
    public void check(Checks c) {
        String kind = c.doc().unit() == null ? null : c.doc().unit().kind();
        if (kind != null
                && kind.contains("事业")
                && !kind.contains("行政")
                && !kind.contains("参公")
                && !kind.contains("参照")) {
            return;
        }
        Optional<TableView> g10 = c.table(StandardTable.G10);
        Optional<TableView> g06 = c.table(StandardTable.G06);
        if (g10.isEmpty() || g06.isEmpty()) {
            return;
        }
        Optional<RowView> running =
                Checks.rows(g10.get()).stream()
                        .filter(
                                r ->
                                        Checks.compact(r.name()).contains("运行经费")
                                                || Checks.compact(r.code()).contains("运行经费"))
                        .filter(r -> Checks.has(r, "amount"))
                        .findFirst();
        Optional<RowView> publicCosts = Checks.named(g06.get(), null, CrossTableRules.PUBLIC_TOTAL);
        if (running.isEmpty() || publicCosts.isEmpty()) {
            return;
        }
        TableView t = g10.get();
        c.compare(
                "T10-OPERATING-COSTS",
                Severity.WARNING,
                Location.cell(t.kind().label(), TotalSheetRules.rowKey(running.get()), "amount"),
                t,
                t.kind().label() + " 机关运行经费",
                Checks.amount(running.get(), "amount"),
                "公开06 公用经费合计",
                Checks.amount(publicCosts.get(), "amount"));
    }
}
