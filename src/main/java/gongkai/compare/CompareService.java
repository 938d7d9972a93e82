package gongkai.compare;

import gongkai.disclosure.PublishedCache;
import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import gongkai.web.BadRequestException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

/**
 * Compares one code across units and years: validates what the page, the CSV and the API were sent,
 * and orders the rows {@link CompareRows} computed (and kept) for the code and filters.
 */
@Singleton
class CompareService {

    private final CompareRepository repository;
    private final CompareRows rows;
    private final RegionDirectory regions;
    private final PublishedCache cache;

    CompareService(
            CompareRepository repository,
            CompareRows rows,
            RegionDirectory regions,
            PublishedCache cache) {
        this.repository = repository;
        this.rows = rows;
        this.regions = regions;
        this.cache = cache;
    }

    /**
     * The request as the page, the CSV and the API receive it; bad values are 400s with a Chinese
     * message.
     */
    CompareQuery query(
            @Nullable String code,
            @Nullable String year,
            @Nullable String region,
            @Nullable String level,
            @Nullable String sort,
            @Nullable String order,
            int page,
            int size) {
        return query(code, year, region, level, sort, order, page, size, null, null);
    }

    /** The same, with an execution-rate filter (percent bounds, inclusive). */
    CompareQuery query(
            @Nullable String code,
            @Nullable String year,
            @Nullable String region,
            @Nullable String level,
            @Nullable String sort,
            @Nullable String order,
            int page,
            int size,
            @Nullable String rateMin,
            @Nullable String rateMax) {
        CompareCode c = CompareCode.parse(code);
        return new CompareQuery(
                c,
                CompareQuery.year(parseYear(year)),
                region(region),
                CompareQuery.level(level),
                CompareQuery.sort(sort),
                CompareQuery.descending(order),
                page,
                size,
                CompareQuery.Rates.parse(rateMin, rateMax));
    }

    @Nullable
    private static Integer parseYear(@Nullable String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        if (!year.strip().matches("\\d{4}")) {
            throw new BadRequestException("年度 year 应为四位年份，例如 2023。");
        }
        return Integer.parseInt(year.strip());
    }

    /** Validates a region filter: a known 6-digit code of any level, or null. */
    @Nullable
    String region(@Nullable String region) {
        if (region == null || region.isBlank()) {
            return null;
        }
        String r = region.strip();
        if (!r.matches("\\d{6}") || regions.byCode(r).isEmpty()) {
            throw new BadRequestException(
                    "地区 region 应为 6 位行政区划代码，例如 430000（湖南省）、430200（株洲市）、430281（醴陵市）。");
        }
        return r;
    }

    /**
     * Every matching row in the query's order; the page, the chart and the CSV are cut from this.
     * Sorting the kept rows in memory takes milliseconds even for every report of a large corpus.
     */
    List<CompareRow> rows(CompareQuery q) {
        List<CompareRow> sorted = new ArrayList<>(rows.of(q));
        if (!q.rates().any()) {
            sorted.removeIf(r -> !q.rates().keeps(r.executionRate()));
        }
        sorted.sort(order(q.sort(), q.descending()));
        return sorted;
    }

    /** Units in the query's scope that have no amount for its code. */
    int unitsWithoutData(CompareQuery q) {
        return rows.unitsWithout(q);
    }

    /**
     * How many comparisons were computed from the database since start (the rest came from memory).
     */
    long computations() {
        return rows.computations();
    }

    /** Ties are broken by unit name and year, so equal amounts keep a stable order across pages. */
    static Comparator<CompareRow> order(CompareQuery.Sort sort, boolean descending) {
        Comparator<CompareRow> key =
                switch (sort) {
                    case AMOUNT -> Comparator.comparing(CompareRow::amount);
                    case SHARE ->
                            Comparator.comparing(
                                    CompareRow::share,
                                    Comparator.nullsFirst(Comparator.naturalOrder()));
                    case REGION -> Comparator.comparing(CompareRow::regionCode);
                    case YEAR -> Comparator.comparingInt(CompareRow::year);
                    case EXECUTION ->
                            Comparator.comparing(
                                    CompareRow::executionRate,
                                    Comparator.nullsFirst(Comparator.naturalOrder()));
                };
        if (descending) {
            key = key.reversed();
        }
        if (sort == CompareQuery.Sort.EXECUTION) {
            // Rows without a rate say nothing about execution: last, whichever the order.
            key =
                    Comparator.comparing((CompareRow r) -> r.executionRate() == null)
                            .thenComparing(key);
        }
        return key.thenComparing(CompareRow::unitName)
                .thenComparing(Comparator.comparingInt(CompareRow::year).reversed())
                .thenComparingLong(CompareRow::disclosureId);
    }

    /**
     * Years with published disclosures, newest first (the filter of every comparison page: kept).
     */
    List<Integer> years() {
        return cache.get(
                "compare:years",
                years -> 64 + 16 * years.size(),
                () -> List.copyOf(repository.publishedYears()));
    }

    /**
     * The regions (with their ancestors) of units that have published disclosures, in code order
     * (kept).
     */
    List<Region> regionsWithData() {
        return cache.get(
                "compare:regions",
                list -> 64 + 64 * list.size(),
                () -> List.copyOf(readRegionsWithData()));
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
