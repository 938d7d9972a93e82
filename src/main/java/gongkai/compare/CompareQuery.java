package gongkai.compare;

import gongkai.region.RegionLevel;
import gongkai.web.BadRequestException;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

/**
 * A validated comparison request: the code, the filters, the order and the page. Every field comes
 * from GET parameters, so every view has a stable URL; bad values are 400s with a Chinese message.
 */
record CompareQuery(
        CompareCode code,
        @Nullable Integer year,
        @Nullable String region,
        @Nullable RegionLevel level,
        Sort sort,
        boolean descending,
        int page,
        int size,
        Rates rates) {

    /** The same query without an execution-rate filter. */
    CompareQuery(
            CompareCode code,
            @Nullable Integer year,
            @Nullable String region,
            @Nullable RegionLevel level,
            Sort sort,
            boolean descending,
            int page,
            int size) {
        this(code, year, region, level, sort, descending, page, size, Rates.ANY);
    }

    enum Sort {
        AMOUNT,
        SHARE,
        REGION,
        YEAR,
        /** actual ÷ budget; rows without a stated budget go last in either order */
        EXECUTION
    }

    /**
     * Keeps only rows whose execution rate (percent) lies within these bounds, inclusive; with
     * either bound set, rows without a rate are left out. ANY keeps every row.
     */
    record Rates(@Nullable BigDecimal min, @Nullable BigDecimal max) {
        static final Rates ANY = new Rates(null, null);

        boolean any() {
            return min == null && max == null;
        }

        boolean keeps(@Nullable BigDecimal rate) {
            if (any()) {
                return true;
            }
            return rate != null
                    && (min == null || rate.compareTo(min) >= 0)
                    && (max == null || rate.compareTo(max) <= 0);
        }

        /** From the GET parameters; a bound that is not a number is a 400. */
        static Rates parse(@Nullable String min, @Nullable String max) {
            Rates r = new Rates(bound("rateMin", min), bound("rateMax", max));
            if (r.min != null && r.max != null && r.min.compareTo(r.max) > 0) {
                throw new BadRequestException("执行率下限 rateMin 不能大于上限 rateMax。");
            }
            return r;
        }

        private static @Nullable BigDecimal bound(String name, @Nullable String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String v = value.strip();
            if (!v.matches("\\d{1,6}(\\.\\d{1,2})?")) {
                throw new BadRequestException(
                        "执行率 " + name + " 应为百分数（不带 % 号，最多两位小数），例如 80 或 120.5。");
            }
            return new BigDecimal(v);
        }
    }

    static final int DEFAULT_SIZE = 50;
    static final int MAX_SIZE = 200;

    static Sort sort(@Nullable String sort) {
        if (sort == null || sort.isBlank()) {
            return Sort.AMOUNT;
        }
        try {
            return Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(
                    "排序方式 sort 只能是 amount（金额）、share（占比）、region（地区）、year（年度）或 execution（预算执行率）。");
        }
    }

    /** desc unless asked otherwise; amounts are usually read largest first. */
    static boolean descending(@Nullable String order) {
        if (order == null || order.isBlank()) {
            return true;
        }
        return switch (order.strip().toLowerCase(Locale.ROOT)) {
            case "desc" -> true;
            case "asc" -> false;
            default -> throw new BadRequestException("排序顺序 order 只能是 asc（升序）或 desc（降序）。");
        };
    }

    static @Nullable RegionLevel level(@Nullable String level) {
        if (level == null || level.isBlank()) {
            return null;
        }
        String l = level.strip();
        for (RegionLevel r : RegionLevel.values()) {
            if (r.name().equalsIgnoreCase(l) || r.label().equals(l)) {
                return r;
            }
        }
        throw new BadRequestException("单位层级 level 只能是 PROVINCE（省级）、CITY（市级）或 COUNTY（县级）。");
    }

    static @Nullable Integer year(@Nullable Integer year) {
        if (year != null && (year < 1990 || year > 2100)) {
            throw new BadRequestException("年度 year 应为 1990 到 2100 之间的四位年份。");
        }
        return year;
    }

    static void checkPage(int page, int size) {
        if (page < 1 || page > 10_000) {
            throw new BadRequestException("页码 page 应在 1 到 10000 之间。");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("每页条数 size 应在 1 到 " + MAX_SIZE + " 之间。");
        }
    }

    /** This query's page of all the rows (empty past the last page). */
    <T> List<T> pageOf(List<T> all) {
        int from = (int) Math.min(all.size(), (long) (page - 1) * size);
        return all.subList(from, Math.min(all.size(), from + size));
    }

    /** The number of pages all the rows fill (at least one, for the empty state). */
    int pageCount(int total) {
        return Math.max(1, (total + size - 1) / size);
    }
}
