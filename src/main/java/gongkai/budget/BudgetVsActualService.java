package gongkai.budget;

import gongkai.disclosure.DisclosureBatches;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Budget against outcome: one unit's year, or one code or named row across units. */
@Singleton
class BudgetVsActualService {

    /** More published revisions than a page of pairs ever needs: the read is bounded. */
    private static final int MAX_PUBLISHED = 20_000;

    /**
     * Reports read per set-based batch across units: the same few queries for 1 or 100 unit-years
     * (one at a time it was about 9 queries per report, two reports per unit-year).
     */
    private static final int BATCH = 100;

    private final DisclosureCatalog catalog;
    private final DisclosureBatches batches;

    BudgetVsActualService(DisclosureCatalog catalog, DisclosureBatches batches) {
        this.catalog = catalog;
        this.batches = batches;
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
        List<DisclosureSummary[]> both =
                pairs.values().stream().filter(p -> p[0] != null && p[1] != null).toList();
        List<AcrossRow> rows = new ArrayList<>();
        for (int from = 0; from < both.size(); from += BATCH) {
            List<DisclosureSummary[]> batch =
                    both.subList(from, Math.min(both.size(), from + BATCH));
            List<Long> ids = new ArrayList<>();
            batch.forEach(p -> ids.addAll(List.of(p[0].id(), p[1].id())));
            Map<Long, DisclosureDocument> docs = new HashMap<>();
            batches.documents(ids).forEach(d -> docs.put(d.id(), d));
            for (DisclosureSummary[] pair : batch) {
                DisclosureDocument b = docs.get(pair[0].id());
                DisclosureDocument a = docs.get(pair[1].id());
                if (b != null && a != null) {
                    line(b, a, key, functional).ifPresent(rows::add);
                }
            }
        }
        rows.sort(
                Comparator.comparing(
                                (AcrossRow r) -> r.line().executionRate(),
                                Comparator.nullsLast(Comparator.<BigDecimal>naturalOrder()))
                        .thenComparing(AcrossRow::unitName));
        return rows;
    }

    /** The pair's line for the code or named row, if either report has it. */
    private static Optional<AcrossRow> line(
            DisclosureDocument b, DisclosureDocument a, String key, boolean functional) {
        List<BudgetLine> lines = functional ? BudgetLines.byCode(b, a) : BudgetLines.named(b, a);
        return lines.stream()
                .filter(l -> functional ? key.equals(l.code()) : sameName(key, l.name()))
                .findFirst()
                .map(
                        l ->
                                new AcrossRow(
                                        a.unit().id(),
                                        a.unit().name(),
                                        a.unit().region().code(),
                                        a.fiscalYear(),
                                        b.id(),
                                        a.id(),
                                        l));
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
