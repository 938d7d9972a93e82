package gongkai.search;

import gongkai.disclosure.DisclosureKind;
import gongkai.search.analysis.DocType;
import gongkai.search.query.FacetCount;
import gongkai.search.query.SearchQuery;
import gongkai.search.query.SearchResult;
import gongkai.web.BadRequestException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code /search}, the page; {@code /api/search} (SearchApiController) takes the same parameters.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchController {

    static final int DEFAULT_SIZE = 20;

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    /** One facet value as a link that adds (or removes) its filter. */
    @Serdeable
    record FacetLink(String label, long count, String href, boolean active) {}

    @Serdeable
    record FacetGroup(String name, String title, List<FacetLink> values) {}

    @Serdeable
    record HitView(
            String typeLabel,
            String href,
            String unit,
            String region,
            int year,
            String title,
            String snippet,
            @Nullable String code,
            @Nullable String amountWan,
            @Nullable String alsoIn,
            String kindLabel) {}

    @Serdeable
    record SearchPage(
            String q,
            long total,
            int page,
            int pages,
            boolean relaxed,
            List<HitView> hits,
            int firstRank,
            int pageHits,
            int shownBefore,
            List<FacetGroup> facets,
            @Nullable String previousHref,
            @Nullable String nextHref,
            String sort) {}

    @Serdeable
    record SearchModel(@Nullable SearchPage result, String q) {}

    @Hidden // the page; the open API is /api/search
    @Get("/search")
    @View("search/results")
    @Produces(MediaType.TEXT_HTML)
    SearchModel page(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue Integer year,
            @Nullable @QueryValue String region,
            @Nullable @QueryValue String unit,
            @Nullable @QueryValue String type,
            @Nullable @QueryValue("class") String classCode,
            @Nullable @QueryValue String kind,
            @Nullable @QueryValue String sort,
            @QueryValue(defaultValue = "1") int page) {
        if (q == null || q.isBlank()) {
            return new SearchModel(null, "");
        }
        SearchQuery query =
                new SearchQuery(
                        q,
                        year,
                        region,
                        unit,
                        type,
                        classCode,
                        kind,
                        sort(sort),
                        page,
                        DEFAULT_SIZE);
        SearchResult result = search.search(query);
        // Deep pages are bounded by the engine's result window; don't offer links past it.
        int pages =
                (int)
                        Math.max(
                                1,
                                Math.min(
                                        SearchQuery.MAX_WINDOW / DEFAULT_SIZE,
                                        (result.total() + DEFAULT_SIZE - 1) / DEFAULT_SIZE));
        // One card per fact across pages: a copy of a fact on an earlier page is not shown again.
        FactCards.PageCards cards =
                FactCards.cards(
                        result.hits().isEmpty()
                                ? List.of()
                                : RankedAround.above(search, query, page, DEFAULT_SIZE),
                        result.hits(),
                        RankedAround.below(search, query, page, DEFAULT_SIZE, pages));
        List<FacetGroup> facets = new ArrayList<>();
        for (Map.Entry<String, List<FacetCount>> f : result.facets().entrySet()) {
            List<FacetLink> links =
                    f.getValue().stream()
                            .map(
                                    c ->
                                            new FacetLink(
                                                    c.label(),
                                                    c.count(),
                                                    link(query, f.getKey(), c.value(), 1),
                                                    c.value()
                                                            .equals(
                                                                    filterValue(
                                                                            query, f.getKey()))))
                            .toList();
            facets.add(new FacetGroup(f.getKey(), facetTitle(f.getKey()), links));
        }
        return new SearchModel(
                new SearchPage(
                        q,
                        result.total(),
                        result.page(),
                        pages,
                        result.relaxed(),
                        cards.cards(),
                        (page - 1) * DEFAULT_SIZE + 1,
                        result.hits().size(),
                        cards.shownBefore(),
                        facets,
                        page > 1 ? link(query, null, null, page - 1) : null,
                        page < pages ? link(query, null, null, page + 1) : null,
                        query.sort().name()),
                q);
    }

    static String typeLabel(String type) {
        // The same words as the 内容类型 filter, so a badge names what the filter offers.
        return DocType.parse(type).map(DocType::label).orElse("其他");
    }

    static String kindLabel(@Nullable String kind) {
        // The same words as the 预算/决算 filter; an index from before kinds held final accounts only.
        return DisclosureKind.parse(kind).orElse(DisclosureKind.FINAL_ACCOUNTS).shortLabel();
    }

    static String facetTitle(String facet) {
        return switch (facet) {
            case "year" -> "年度";
            case "kind" -> "预算/决算";
            case "province" -> "省份";
            case "city" -> "地市";
            case "unit" -> "单位";
            case "type" -> "内容类型";
            case "class" -> "功能分类（类）";
            default -> facet;
        };
    }

    private static String filterValue(SearchQuery q, String facet) {
        return switch (facet) {
            case "year" -> q.year() == null ? null : q.year().toString();
            case "province", "city" -> q.region();
            case "unit" -> q.unit();
            case "type" -> q.type();
            case "class" -> q.classCode();
            case "kind" -> q.kind();
            default -> null;
        };
    }

    /**
     * A stable URL for the query with one filter set (or toggled off) and a page: links reproduce
     * views.
     */
    static String link(SearchQuery q, @Nullable String facet, @Nullable String value, int page) {
        String year = q.year() == null ? null : q.year().toString();
        String region = q.region();
        String unit = q.unit();
        String type = q.type();
        String classCode = q.classCode();
        String kind = q.kind();
        if (facet != null) {
            boolean off = value != null && value.equals(filterValue(q, facet));
            String v = off ? null : value;
            switch (facet) {
                case "year" -> year = v;
                case "province", "city" -> region = v;
                case "unit" -> unit = v;
                case "type" -> type = v;
                case "class" -> classCode = v;
                case "kind" -> kind = v;
                default -> {}
            }
        }
        StringBuilder url = new StringBuilder("/search?q=").append(encode(q.text()));
        append(url, "year", year);
        append(url, "region", region);
        append(url, "unit", unit);
        append(url, "type", type);
        append(url, "class", classCode);
        append(url, "kind", kind);
        if (q.sort() != SearchQuery.Sort.RELEVANCE) {
            append(url, "sort", q.sort().name().toLowerCase(Locale.ROOT));
        }
        if (page > 1) {
            append(url, "page", Integer.toString(page));
        }
        return url.toString();
    }

    private static void append(StringBuilder url, String name, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            url.append('&').append(name).append('=').append(encode(value));
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static SearchQuery.Sort sort(@Nullable String sort) {
        if (sort == null || sort.isBlank()) {
            return SearchQuery.Sort.RELEVANCE;
        }
        try {
            return SearchQuery.Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("排序方式 sort 只能是 relevance、year 或 amount。");
        }
    }
}
