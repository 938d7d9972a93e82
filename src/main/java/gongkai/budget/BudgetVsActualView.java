package gongkai.budget;

import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StatedIn;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** What the budget-against-outcome pages show: amounts in 万元 as printed, rates in percent. */
@Serdeable
record BudgetVsActualView(
        @Nullable String unitName,
        @Nullable Long unitId,
        @Nullable Integer year,
        @Nullable Long budgetId,
        @Nullable Long actualId,
        @Nullable String code,
        List<Line> codes,
        List<Line> named,
        List<AcrossLine> across) {

    @Serdeable
    record Line(
            @Nullable String code,
            String name,
            int indent,
            String budget,
            String actual,
            boolean actualFromNarrative,
            String difference,
            String rate,
            @Nullable String budgetExplanation,
            @Nullable String actualExplanation,
            @Nullable String acrossHref) {}

    @Serdeable
    record AcrossLine(String unitName, String href, int year, Line line) {}

    static Line line(BudgetLine l) {
        return new Line(
                l.code(),
                l.name(),
                l.level() == null ? 0 : l.level() - 1,
                wan(l.budget()),
                wan(l.actual()),
                StatedIn.NARRATIVE.equals(l.actualSource()),
                wan(l.difference()),
                l.executionRate() == null ? "—" : l.executionRate().toPlainString() + "%",
                l.budgetExplanation(),
                l.actualExplanation(),
                "/budget-vs-actual?code="
                        + URLEncoder.encode(
                                l.code() != null ? l.code() : l.name(), StandardCharsets.UTF_8));
    }

    private static String wan(BigDecimal yuan) {
        return yuan == null ? "—" : MoneyUnit.WAN_YUAN.format(yuan);
    }
}
