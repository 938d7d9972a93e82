package gongkai.compare;

import gongkai.region.RegionCodes;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.PublishedCache;
import gongkai.disclosure.SummaryRows;
import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import gongkai.web.BadRequestException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Compares one code across units and years. For each current published disclosure the amount is
 * read from the first source of {@link CompareCode#sources()} that the disclosure has; within a
 * table the shallowest level present under the code is used (the code's own row, or the sum of its
 * 项 when a table lists only 项), so levels are never added twice.
 */
@Singleton
class CompareService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final CompareRepository repository;
    private final CandidateReader reader;
    private final RegionDirectory regions;
    private final PublishedCache cache;

    CompareService(CompareRepository repository, CandidateReader reader, RegionDirectory regions, PublishedCache cache) {
        this.repository = repository;
        this.reader = reader;
        this.regions = regions;
        this.cache = cache;
    }

    /** Validates a region filter: a known 6-digit code of any level, or null. */
    @Nullable
    String region(@Nullable String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        String r = region.strip();
        if (!r.matches("\\d{6}") || regions.byCode(r).isEmpty()) {
            throw new BadRequestException("地区 region 应为 6 位行政区划代码，例如 430000（湖南省）、430200（株洲市）、430281（醴陵市）。");
        }
        return r;
    }

    /**
     * Every matching row, sorted; the page, the chart and the CSV are cut from this. Kept until the
     * next publication (one comparison joins every published disclosure's rows for the code), and
     * shared between requests: read-only.
     */
    List<CompareRow> rows(CompareQuery q) {
        String key = "compare:" + q.code().kind() + "|" + q.code().code() + "|" + q.year() + "|" + q.region()
                + "|" + q.level() + "|" + q.sort() + "|" + q.descending();
        return cache.get(key, rows -> 64 + 200 * rows.size(), () -> List.copyOf(computeRows(q)));
    }

    private List<CompareRow> computeRows(CompareQuery q) {
        CompareCode code = q.code();
        // Named rows by their exact stored name; codes by prefix, so a 款 also finds its 项.
        String pattern = code.kind() == LineItem.RowKind.NAMED ? code.rowCodeFor(code.sources().get(0)) : code.code() + "%";
        String regionPattern = q.region() == null ? null : RegionCodes.prefix(q.region()) + "%";
        Map<Long, List<CandidateRow>> byDisclosure = new LinkedHashMap<>();
        for (CandidateRow r : reader.candidates(code.kind().name(), pattern, q.year(), regionPattern)) {
            byDisclosure.computeIfAbsent(r.disclosureId(), k -> new ArrayList<>()).add(r);
        }
        Map<Long, BigDecimal> expenseTotals = expenseTotals(byDisclosure.keySet());
        List<CompareRow> rows = new ArrayList<>();
        for (List<CandidateRow> candidates : byDisclosure.values()) {
            CompareRow row = answer(code, candidates, expenseTotals);
            if (row != null && (q.level() == null || q.level().label().equals(row.unitLevel()))) {
                rows.add(row);
            }
        }
        rows.sort(order(q.sort(), q.descending()));
        return rows;
    }

    /** 本年支出合计 of each of these disclosures: 公开01's expense-side line, else 公开03's 合计. */
    private Map<Long, BigDecimal> expenseTotals(Collection<Long> disclosureIds) {
        List<CompareCode.Source> sources = CompareCode.NAMED.get(SummaryRows.EXPENSE_TOTAL);
        Map<Long, List<CandidateRow>> byDisclosure = new LinkedHashMap<>();
        for (CandidateRow r : reader.expenseTotals(disclosureIds)) {
            byDisclosure.computeIfAbsent(r.disclosureId(), k -> new ArrayList<>()).add(r);
        }
        Map<Long, BigDecimal> totals = new LinkedHashMap<>();
        for (Map.Entry<Long, List<CandidateRow>> e : byDisclosure.entrySet()) {
            for (CompareCode.Source s : sources) {
                BigDecimal sum = null;
                for (CandidateRow r : e.getValue()) {
                    if (matches(s, SummaryRows.EXPENSE_TOTAL, r)) {
                        sum = sum == null ? r.amount() : sum.add(r.amount());
                    }
                }
                if (sum != null) {
                    totals.put(e.getKey(), sum);
                    break;
                }
            }
        }
        return totals;
    }

    @Nullable
    private CompareRow answer(CompareCode code, List<CandidateRow> candidates, Map<Long, BigDecimal> expenseTotals) {
        for (CompareCode.Source s : code.sources()) {
            String rowCode = code.rowCodeFor(s);
            List<CandidateRow> matching = candidates.stream()
                    .filter(r -> code.kind() == LineItem.RowKind.NAMED ? matches(s, rowCode, r) : matchesCode(s, rowCode, r))
                    .toList();
            if (matching.isEmpty()) {
                continue;
            }
            // The shallowest level present: the code's own row if the table has it, else its children.
            int shallowest = matching.stream().map(r -> r.codeLevel() == null ? 0 : r.codeLevel()).min(Integer::compare).orElse(0);
            BigDecimal amount = BigDecimal.ZERO;
            for (CandidateRow r : matching) {
                if ((r.codeLevel() == null ? 0 : r.codeLevel()) == shallowest) {
                    amount = amount.add(r.amount());
                }
            }
            boolean summed = code.level() != null && shallowest > code.level();
            CandidateRow first = matching.get(0);
            BigDecimal total = expenseTotals.get(first.disclosureId());
            BigDecimal share = total == null || total.signum() == 0 ? null
                    : amount.multiply(HUNDRED).divide(total, 2, RoundingMode.HALF_UP);
            List<Region> path = regions.path(first.regionCode());
            String level = path.isEmpty() ? "" : path.get(path.size() - 1).level().label();
            return new CompareRow(first.disclosureId(), first.unitId(), first.unitName(), first.unitKind(),
                    first.regionCode(), path.stream().map(Region::name).toList(), level, first.fiscalYear(),
                    amount, share, total, s.table().name(), s.label(), summed);
        }
        return null;
    }

    private static boolean matches(CompareCode.Source s, String rowCode, CandidateRow r) {
        return r.tableKind().equals(s.table().name()) && r.columnKey().equals(s.column()) && r.rowCode().equals(rowCode)
                && (s.side() == null || s.side().name().equals(r.side()));
    }

    private static boolean matchesCode(CompareCode.Source s, String code, CandidateRow r) {
        return r.tableKind().equals(s.table().name()) && r.columnKey().equals(s.column()) && r.rowCode().startsWith(code)
                && (s.side() == null || s.side().name().equals(r.side()));
    }

    /** Ties are broken by unit name and year, so equal amounts keep a stable order across pages. */
    static Comparator<CompareRow> order(CompareQuery.Sort sort, boolean descending) {
        Comparator<CompareRow> key = switch (sort) {
            case AMOUNT -> Comparator.comparing(CompareRow::amount);
            case SHARE -> Comparator.comparing(CompareRow::share, Comparator.nullsFirst(Comparator.naturalOrder()));
            case REGION -> Comparator.comparing(CompareRow::regionCode);
            case YEAR -> Comparator.comparingInt(CompareRow::year);
        };
        if (descending) {
            key = key.reversed();
        }
        return key.thenComparing(CompareRow::unitName).thenComparing(Comparator.comparingInt(CompareRow::year).reversed())
                .thenComparingLong(CompareRow::disclosureId);
    }

    /** Years with published disclosures, newest first (the filter of every comparison page: kept). */
    List<Integer> years() {
        return cache.get("compare:years", years -> 64 + 16 * years.size(), () -> List.copyOf(repository.publishedYears()));
    }

    /** The regions (with their ancestors) of units that have published disclosures, in code order (kept). */
    List<Region> regionsWithData() {
        return cache.get("compare:regions", list -> 64 + 64 * list.size(), () -> List.copyOf(readRegionsWithData()));
    }

    private List<Region> readRegionsWithData() {
        TreeSet<String> codes = new TreeSet<>();
        for (String code : repository.publishedRegionCodes()) {
            for (Region r : regions.path(code)) {
                codes.add(r.code());
            }
        }
        List<Region> out = new ArrayList<>();
        for (String c : codes) {
            regions.byCode(c).ifPresent(out::add);
        }
        return out;
    }
}
