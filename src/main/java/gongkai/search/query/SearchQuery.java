package gongkai.search.query;

import gongkai.search.analysis.DocType;
import io.micronaut.core.annotation.Creator;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * One search request. {@code text} is what the reader typed; the other fields narrow it down:
 * {@code year}, {@code region} (a 6-digit code of any level: province 150000, city 430200, county
 * 430281), {@code unit} (unit id, or its exact name), {@code type} ({@link DocType} name), {@code
 * classCode} (功能分类 类, 3 digits), {@code kind} (预算 or 决算: a {@link
 * gongkai.disclosure.DisclosureKind} name or label). {@code page} is 1-based; {@code size} 0 means
 * the default.
 *
 * <p>Limits, enforced by {@link #validated()}: text is required; longer text is cut to {@link
 * #MAX_TEXT_LENGTH} characters (a pasted paragraph still searches by its beginning, and a bounded
 * text bounds the number of query clauses); {@code size} ≤ {@link #MAX_SIZE}; the result window
 * {@code page × size} ≤ {@link #MAX_WINDOW}, beyond which people refine the query rather than page
 * on. A page past the last hit is simply empty.
 */
@Serdeable
public record SearchQuery(
        @Nullable String text,
        @Nullable Integer year,
        @Nullable String region,
        @Nullable String unit,
        @Nullable String type,
        @Nullable String classCode,
        @Nullable String kind,
        @Nullable Sort sort,
        int page,
        int size) {

    @Creator
    public SearchQuery {}

    /** A request without the kind filter (both kinds). */
    public SearchQuery(
            @Nullable String text,
            @Nullable Integer year,
            @Nullable String region,
            @Nullable String unit,
            @Nullable String type,
            @Nullable String classCode,
            @Nullable Sort sort,
            int page,
            int size) {
        this(text, year, region, unit, type, classCode, null, sort, page, size);
    }

    public enum Sort {
        RELEVANCE,
        YEAR,
        AMOUNT
    }

    public static final int MAX_TEXT_LENGTH = 100;
    public static final int DEFAULT_SIZE = 10;
    public static final int MAX_SIZE = 50;
    public static final int MAX_WINDOW = 1000;

    /** A plain text query, first page, default size, by relevance. */
    public static SearchQuery of(String text) {
        return new SearchQuery(text, null, null, null, null, null, Sort.RELEVANCE, 1, DEFAULT_SIZE);
    }

    public SearchQuery withPage(int newPage, int newSize) {
        return new SearchQuery(
                text, year, region, unit, type, classCode, kind, sort, newPage, newSize);
    }

    public SearchQuery withFilters(
            Integer newYear,
            String newRegion,
            String newUnit,
            String newType,
            String newClassCode) {
        return new SearchQuery(
                text, newYear, newRegion, newUnit, newType, newClassCode, kind, sort, page, size);
    }

    /** The query narrowed to one kind of report (BUDGET / FINAL_ACCOUNTS), or both for null. */
    public SearchQuery withKind(String newKind) {
        return new SearchQuery(
                text, year, region, unit, type, classCode, newKind, sort, page, size);
    }

    public SearchQuery withSort(Sort newSort) {
        return new SearchQuery(
                text, year, region, unit, type, classCode, kind, newSort, page, size);
    }

    /**
     * The query with defaults filled in, text trimmed and cut to the bound, blank filters dropped.
     *
     * @throws SearchRequestException with a message for the reader (Chinese) when the request
     *     cannot be answered: no text, bad page or size, too deep.
     */
    public SearchQuery validated() {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            throw new SearchRequestException("请输入搜索词，例如：社区矫正经费、法治乌兰牧骑、2040610。");
        }
        if (t.codePointCount(0, t.length()) > MAX_TEXT_LENGTH) {
            t = t.substring(0, t.offsetByCodePoints(0, MAX_TEXT_LENGTH));
        }
        int s = size == 0 ? DEFAULT_SIZE : size;
        if (s < 0 || s > MAX_SIZE) {
            throw new SearchRequestException("每页条数应在1到" + MAX_SIZE + "之间。");
        }
        if (page < 1) {
            throw new SearchRequestException("页码应从1开始。");
        }
        if ((long) page * s > MAX_WINDOW) {
            throw new SearchRequestException("最多只能查看前" + MAX_WINDOW + "条结果，请增加筛选条件或换用更具体的搜索词。");
        }
        return new SearchQuery(
                t,
                year,
                blankToNull(region),
                blankToNull(unit),
                blankToNull(type),
                blankToNull(classCode),
                blankToNull(kind),
                sort == null ? Sort.RELEVANCE : sort,
                page,
                s);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
