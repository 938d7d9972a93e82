package gongkai.budget;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.DisclosureSummary;
import gongkai.web.BadRequestException;
import gongkai.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Budget against outcome: one unit's year, or one code or named row across units. */
@Singleton
class BudgetVsActualService {

    /** More published revisions than a page of pairs ever needs: the read is bounded. */
    private static final int MAX_PUBLISHED = 20_000;

    private final DisclosureCatalog catalog;

    BudgetVsActualService(DisclosureCatalog catalog) {
        this.catalog = catalog;
    }

    /** One unit's year: both published reports, per code and per named row. */
    @Serdeable
    record UnitYear(
            long unitId,
            String unitName,
            int year,
            long budgetDisclosureId,
            long actualDisclosureId,
            List<BudgetLine> codes,
            List<BudgetLine> named) {}

    /** One unit-year's line for a code across units. */
    @Serdeable
    record AcrossRow(
            long unitId,
            String unitName,
            String regionCode,
            int year,
            long budgetDisclosureId,
            long actualDisclosureId,
            BudgetLine line) {}

    UnitYear unitYear(long unitId, int year) {
        List<DisclosureSummary> published =
                catalog.list(unitId, year, DisclosureStatus.PUBLISHED, 10, 0);
        DisclosureSummary budget = pick(published, DisclosureKind.BUDGET);
        DisclosureSummary actual = pick(published, DisclosureKind.FINAL_ACCOUNTS);
        if (budget == null || actual == null) {
            throw new NotFoundException(
                    "该单位 "
                            + year
                            + " 年度没有同时公开的部门预算和部门决算"
                            + (budget == null && actual == null
                                    ? "。"
                                    : budget == null ? "（只有部门决算）。" : "（只有部门预算）。"));
        }
        DisclosureDocument b = catalog.document(budget.id()).orElseThrow();
        DisclosureDocument a = catalog.document(actual.id()).orElseThrow();
        return new UnitYear(
                unitId,
                a.unit().name(),
                year,
                budget.id(),
                actual.id(),
                BudgetLines.byCode(b, a),
                BudgetLines.named(b, a));
    }

    /** Every unit-year with both reports published, for one functional code or named row. */
    List<AcrossRow> across(String code, @Nullable Integer year) {
        String key = code == null ? "" : code.strip();
        if (key.isEmpty()) {
            throw new BadRequestException("请给出科目编码 code（例如 2040605）或名称（例如 本年支出合计、“三公”经费合计）。");
        }
        boolean functional = key.matches("\\d{3}|\\d{5}|\\d{7}");
        Map<String, DisclosureSummary[]> pairs = new LinkedHashMap<>();
        for (DisclosureSummary s :
                catalog.list(null, year, DisclosureStatus.PUBLISHED, MAX_PUBLISHED, 0)) {
            DisclosureSummary[] pair =
                    pairs.computeIfAbsent(
                            s.unitId() + "/" + s.fiscalYear(), k -> new DisclosureSummary[2]);
            pair[s.kind() == DisclosureKind.BUDGET ? 0 : 1] = s;
        }
        List<AcrossRow> rows = new ArrayList<>();
        for (DisclosureSummary[] pair : pairs.values()) {
            if (pair[0] == null || pair[1] == null) {
                continue;
            }
            DisclosureDocument b = catalog.document(pair[0].id()).orElseThrow();
            DisclosureDocument a = catalog.document(pair[1].id()).orElseThrow();
            List<BudgetLine> lines =
                    functional ? BudgetLines.byCode(b, a) : BudgetLines.named(b, a);
            lines.stream()
                    .filter(l -> functional ? key.equals(l.code()) : sameName(key, l.name()))
                    .findFirst()
                    .ifPresent(
                            l ->
                                    rows.add(
                                            new AcrossRow(
                                                    a.unit().id(),
                                                    a.unit().name(),
                                                    a.unit().region().code(),
                                                    a.fiscalYear(),
                                                    b.id(),
                                                    a.id(),
                                                    l)));
        }
        rows.sort(
                Comparator.comparing(
                                (AcrossRow r) -> r.line().executionRate(),
                                Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
                        .thenComparing(AcrossRow::unitName));
        return rows;
    }

    private static boolean sameName(String wanted, String name) {
        return plain(wanted).equals(plain(name));
    }

    private static String plain(String s) {
        return s.replaceAll("[“”\"\\s]", "").replace('(', '（').replace(')', '）');
    }

    private static DisclosureSummary pick(List<DisclosureSummary> published, DisclosureKind kind) {
        return published.stream().filter(s -> s.kind() == kind).findFirst().orElse(null);
    }
}
