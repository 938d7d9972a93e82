package gongkai.feeds;

import gongkai.region.Region;
import gongkai.region.RegionCodes;
import gongkai.region.RegionDirectory;
import gongkai.search.SearchService;
import gongkai.search.query.Hit;
import gongkai.search.query.SearchQuery;
import gongkai.search.query.SearchRequestException;
import gongkai.search.query.SearchResult;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import gongkai.web.BadRequestException;
import gongkai.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What each feed holds: new publications and corrections, in a scope or matching a query. */
@Singleton
class FeedService {

    /** Entries of a publications feed: about a month of publications at national scale. */
    static final int PUBLICATION_ENTRIES = 50;

    /** Entries of a saved-search feed. */
    static final int SEARCH_ENTRIES = 20;

    /**
     * Search hits read for a saved-search feed (pages of {@link SearchQuery#MAX_SIZE}), newest
     * fiscal year first: enough to reach past the reports of the latest years.
     */
    static final int SEARCH_PAGES = 4;

    private final FeedRepository revisions;
    private final FeedEntries entries;
    private final RegionDirectory regions;
    private final UnitService units;
    private final SearchService search;

    FeedService(
            FeedRepository revisions,
            FeedEntries entries,
            RegionDirectory regions,
            UnitService units,
            SearchService search) {
        this.revisions = revisions;
        this.entries = entries;
        this.regions = regions;
        this.units = units;
        this.search = search;
    }

    /** The publications feed: everything, one region (with its sub-regions) or one unit. */
    FeedModel publications(@Nullable String regionCode, @Nullable String unitId) {
        boolean byRegion = regionCode != null && !regionCode.isBlank();
        boolean byUnit = unitId != null && !unitId.isBlank();
        if (byRegion && byUnit) {
            throw new BadRequestException("请只选择一种范围：地区（region）或单位（unit），不要同时指定。");
        }
        String base = "/feeds/publications.atom";
        if (byRegion) {
            Region region = region(regionCode.strip());
            String path = entries.regionPath(region.code());
            return new FeedModel(
                    entries.tag("feed/publications/region/" + region.code()),
                    "公开 · " + path + "：新公开与更正的部门决算",
                    path + "（含下级地区）各单位新公开的部门决算及其更正，最新的在前。",
                    base + "?region=" + region.code(),
                    "/regions/" + region.code(),
                    list(
                            revisions.newest(
                                    RegionCodes.prefix(region) + "%", null, PUBLICATION_ENTRIES)));
        }
        if (byUnit) {
            Unit unit = unit(unitId.strip());
            return new FeedModel(
                    entries.tag("feed/publications/unit/" + unit.id()),
                    "公开 · " + unit.name() + "：新公开与更正的部门决算",
                    unit.name() + "新公开的部门决算及其更正，最新的在前。",
                    base + "?unit=" + unit.id(),
                    "/units/" + unit.id(),
                    list(revisions.newest(null, unit.id(), PUBLICATION_ENTRIES)));
        }
        return new FeedModel(
                entries.tag("feed/publications"),
                "公开 · 新公开与更正的部门决算",
                "全国司法行政系统各单位新公开的部门决算及其更正，最新的在前。",
                base,
                "/",
                list(revisions.newest(null, null, PUBLICATION_ENTRIES)));
    }

    private List<FeedModel.Entry> list(List<FeedRevision> rows) {
        return rows.stream().map(r -> entries.entry(r, null)).toList();
    }

    private Region region(String code) {
        if (!RegionCodes.wellFormed(code)) {
            throw new BadRequestException("行政区划代码应为 6 位数字，例如 430000（湖南省）、430200（株洲市）、430281（醴陵市）。");
        }
        return regions.byCode(code)
                .orElseThrow(() -> new NotFoundException("没有行政区划代码为 " + code + " 的地区。"));
    }

    private Unit unit(String id) {
        if (!id.matches("\\d{1,18}")) {
            throw new BadRequestException("单位编号 unit 应为数字，例如单位页面地址 /units/12 中的 12。");
        }
        return units.byId(Long.parseLong(id))
                .orElseThrow(() -> new NotFoundException("没有编号为 " + id + " 的单位。"));
    }

    /**
     * A saved search: the newest public revisions whose text, rows or projects match the query,
     * newest publication first. A new match appears as a new entry id; a correction of a match is a
     * new revision and so a new entry too.
     */
    FeedModel search(@Nullable String q, @Nullable String regionCode) {
        String text = q == null ? "" : q.strip();
        if (text.isEmpty()) {
            throw new BadRequestException("请在 q 中给出搜索词，例如 /search.atom?q=社区矫正经费。");
        }
        if (!AtomWriter.xmlText(text).equals(text)) {
            throw new BadRequestException("搜索词含有控制字符，无法订阅，请删去后重试。");
        }
        String region =
                regionCode == null || regionCode.isBlank()
                        ? null
                        : region(regionCode.strip()).code();
        SearchQuery query;
        try {
            query =
                    new SearchQuery(
                                    text,
                                    null,
                                    region,
                                    null,
                                    null,
                                    null,
                                    SearchQuery.Sort.YEAR,
                                    1,
                                    SearchQuery.MAX_SIZE)
                            .validated();
        } catch (SearchRequestException e) {
            throw new BadRequestException(e.getMessage());
        }
        Map<Long, List<String>> matches = new LinkedHashMap<>();
        for (int page = 1; page <= SEARCH_PAGES; page++) {
            SearchResult result = search.search(query.withPage(page, SearchQuery.MAX_SIZE));
            if (result.relaxed()) {
                // Only looser matches: a subscription to them would announce noise.
                break;
            }
            for (Hit h : result.hits()) {
                List<String> titles =
                        matches.computeIfAbsent(h.disclosureId(), k -> new ArrayList<>());
                if (titles.size() < 3 && !titles.contains(h.title())) {
                    titles.add(h.title());
                }
            }
            if ((long) page * SearchQuery.MAX_SIZE >= result.total()) {
                break;
            }
        }
        // The index may lag the database by a moment: the database says what is public now.
        List<FeedRevision> found =
                matches.isEmpty() ? List.of() : new ArrayList<>(revisions.byIds(matches.keySet()));
        List<FeedModel.Entry> list =
                found.stream()
                        .sorted(
                                Comparator.comparing(FeedRevision::publishedAt)
                                        .thenComparing(FeedRevision::id)
                                        .reversed())
                        .limit(SEARCH_ENTRIES)
                        .map(r -> entries.entry(r, String.join("；", matches.get(r.id()))))
                        .toList();
        String params = "q=" + encode(query.text()) + (region == null ? "" : "&region=" + region);
        String scope = region == null ? "" : "（" + entries.regionPath(region) + "）";
        return new FeedModel(
                entries.tag("feed/search?" + params),
                "公开 · 搜索“" + query.text() + "”" + scope + "的新结果",
                "与“" + query.text() + "”相关的新公开的部门决算及其更正，最新的在前。",
                "/search.atom?" + params,
                "/search?" + params,
                list);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
