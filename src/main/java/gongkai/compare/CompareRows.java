package gongkai.compare;

import gongkai.compare.CompareRepository.DisclosureRef;
import gongkai.disclosure.PublishedCache;
import gongkai.disclosure.SummaryRows;
import gongkai.region.Region;
import gongkai.region.RegionCodes;
import gongkai.region.RegionDirectory;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The rows of one comparison — one per current published disclosure that has the code — computed
 * once per code, filters (year, region, unit level) and publication, and kept in {@link
 * PublishedCache}; the order, the page and the page size are applied by the caller to the kept
 * rows, so changing them costs no database work. Computing takes a turn ({@link CompareTurns}).
 *
 * <p>A disclosure's amount is read from the first source of {@link CompareCode#sources()} it has;
 * within a table the shallowest level present under the code is used (the code's own row, or the
 * sum of its 项 when a table lists only 项), so levels are never added twice.
 */
@Singleton
class CompareRows {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final CompareCode EXPENSE_TOTAL = CompareCode.parse(SummaryRows.EXPENSE_TOTAL);

    private final CandidateReader reader;
    private final ExecutionPairs pairs;
    private final RegionDirectory regions;
    private final PublishedCache cache;
    private final CompareTurns turns;

    /**
     * Comparisons computed from the database (not served from memory): tests and diagnostics read
     * it.
     */
    private final AtomicLong computations = new AtomicLong();

    CompareRows(
            CandidateReader reader,
            ExecutionPairs pairs,
            RegionDirectory regions,
            PublishedCache cache,
            CompareTurns turns) {
        this.reader = reader;
        this.pairs = pairs;
        this.regions = regions;
        this.cache = cache;
        this.turns = turns;
    }

    /**
     * Every matching row, in no promised order; shared between requests and kept until the next
     * publication: read-only. The key leaves out sort, order, page and size on purpose.
     */
    List<CompareRow> of(CompareQuery q) {
        String key =
                "compare:"
                        + q.code().kind()
                        + "|"
                        + q.code().code()
                        + "|"
                        + q.year()
                        + "|"
                        + q.region()
                        + "|"
                        + q.level();
        return cache.get(
                key,
                rows -> 64 + 200 * rows.size(),
                () -> turns.take(() -> List.copyOf(compute(q))));
    }

    long computations() {
        return computations.get();
    }

    /**
     * How many units with a current published disclosure in the query's scope (year, region, unit
     * level) have no row: the comparison says so instead of hiding its gaps. Kept like the rows.
     */
    int unitsWithout(CompareQuery q) {
        String key =
                "compare-missing:"
                        + q.code().kind()
                        + "|"
                        + q.code().code()
                        + "|"
                        + q.year()
                        + "|"
                        + q.region()
                        + "|"
                        + q.level();
        return cache.get(key, n -> 64, () -> countUnitsWithout(q));
    }

    private Integer countUnitsWithout(CompareQuery q) {
        String regionPattern = q.region() == null ? null : RegionCodes.prefix(q.region()) + "%";
        Set<Long> inScope = new HashSet<>();
        for (DisclosureRef d : reader.published(q.year(), regionPattern).values()) {
            List<Region> path = regions.path(d.regionCode());
            String level = path.isEmpty() ? "" : path.get(path.size() - 1).level().label();
            if (q.level() == null || q.level().label().equals(level)) {
                inScope.add(d.unitId());
            }
        }
        of(q).forEach(r -> inScope.remove(r.unitId()));
        return inScope.size();
    }

    private List<CompareRow> compute(CompareQuery q) {
        computations.incrementAndGet();
        String regionPattern = q.region() == null ? null : RegionCodes.prefix(q.region()) + "%";
        Map<Long, DisclosureRef> published = reader.published(q.year(), regionPattern);
        Map<Long, List<CandidateRow>> byDisclosure =
                byDisclosure(reader.candidates(q.code(), published));
        Map<Long, DisclosureRef> compared = new LinkedHashMap<>();
        byDisclosure.keySet().forEach(id -> compared.put(id, published.get(id)));
        Map<Long, BigDecimal> expenseTotals = expenseTotals(compared);
        Map<Long, ExecutionPairs.Pair> stated = pairs.of(q.code(), compared.keySet());
        List<CompareRow> rows = new ArrayList<>();
        for (List<CandidateRow> candidates : byDisclosure.values()) {
            CompareRow row = answer(q.code(), candidates, expenseTotals, stated);
            if (row != null && (q.level() == null || q.level().label().equals(row.unitLevel()))) {
                rows.add(row);
            }
        }
        return rows;
    }

    private static Map<Long, List<CandidateRow>> byDisclosure(List<CandidateRow> rows) {
        Map<Long, List<CandidateRow>> out = new LinkedHashMap<>();
        for (CandidateRow r : rows) {
            out.computeIfAbsent(r.disclosureId(), k -> new ArrayList<>()).add(r);
        }
        return out;
    }

    /**
     * 本年支出合计 of each of these disclosures: 公开01's expense-side line, else 公开03's 合计. The reader
     * returns only the first source's rows per disclosure, so their sum is the total.
     */
    private Map<Long, BigDecimal> expenseTotals(Map<Long, DisclosureRef> disclosures) {
        Map<Long, BigDecimal> totals = new LinkedHashMap<>();
        if (disclosures.isEmpty()) {
            return totals;
        }
        for (CandidateRow r : reader.candidates(EXPENSE_TOTAL, disclosures)) {
            totals.merge(r.disclosureId(), r.amount(), BigDecimal::add);
        }
        return totals;
    }

    @Nullable
    private CompareRow answer(
            CompareCode code,
            List<CandidateRow> candidates,
            Map<Long, BigDecimal> expenseTotals,
            Map<Long, ExecutionPairs.Pair> stated) {
        for (CompareCode.Source s : code.sources()) {
            List<CandidateRow> matching =
                    candidates.stream()
                            .filter(
                                    r ->
                                            r.tableKind().equals(s.table().name())
                                                    && r.columnKey().equals(s.column())
                                                    && (s.side() == null
                                                            || s.side().name().equals(r.side())))
                            .toList();
            if (matching.isEmpty()) {
                continue;
            }
            // The shallowest level present: the code's own row if the table has it, else its
            // children.
            int shallowest =
                    matching.stream()
                            .map(r -> r.codeLevel() == null ? 0 : r.codeLevel())
                            .min(Integer::compare)
                            .orElse(0);
            BigDecimal amount = BigDecimal.ZERO;
            for (CandidateRow r : matching) {
                if ((r.codeLevel() == null ? 0 : r.codeLevel()) == shallowest) {
                    amount = amount.add(r.amount());
                }
            }
            boolean summed = code.level() != null && shallowest > code.level();
            CandidateRow first = matching.get(0);
            BigDecimal total = expenseTotals.get(first.disclosureId());
            BigDecimal share =
                    total == null || total.signum() == 0
                            ? null
                            : amount.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
            List<Region> path = regions.path(first.regionCode());
            String level = path.isEmpty() ? "" : path.get(path.size() - 1).level().label();
            ExecutionPairs.Pair pair = stated.get(first.disclosureId());
            return new CompareRow(
                    first.disclosureId(),
                    first.unitId(),
                    first.unitName(),
                    first.unitKind(),
                    first.regionCode(),
                    path.stream().map(Region::name).toList(),
                    level,
                    first.fiscalYear(),
                    amount,
                    share,
                    total,
                    s.table().name(),
                    s.label(),
                    summed,
                    pair == null ? null : pair.budget(),
                    pair == null ? null : pair.actual(),
                    pair == null ? null : pair.rate(),
                    pair == null ? null : pair.source());
        }
        return null;
    }
}
