package gongkai.compare;

import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import gongkai.search.ProjectSimilarity;
import gongkai.search.SearchService;
import gongkai.search.query.Hit;
import gongkai.search.query.SearchQuery;
import gongkai.search.query.SearchResult;
import gongkai.web.BadRequestException;
import gongkai.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Comparable projects: those whose names and goals resemble a text or another project. The index
 * finds them (MoreLikeThis over project documents); the database supplies their figures, and only
 * projects of current published disclosures come back.
 */
@Singleton
class ProjectService {

    /**
     * A project and how similar it is (MoreLikeThis score, comparable within one result list only).
     */
    record Scored(ProjectRow project, float score) {}

    /** A budget line (决算表 or 情况说明) of a report whose name resembles the question. */
    record LineMatch(
            long disclosureId,
            String unit,
            int year,
            String code,
            String name,
            @Nullable BigDecimal amount) {}

    private final ProjectSimilarity similarity;
    private final ProjectRepository projects;
    private final RegionDirectory regions;
    private final SearchService search;

    ProjectService(
            ProjectSimilarity similarity,
            ProjectRepository projects,
            RegionDirectory regions,
            SearchService search) {
        this.similarity = similarity;
        this.projects = projects;
        this.regions = regions;
        this.search = search;
    }

    /**
     * Line items of every unit that match the question: a unit that reports 普法宣传 only as the 项
     * 2040605 of its tables, with no performance self-evaluation, still belongs among the
     * comparable spending. One per report and code, each unit's first before any unit's second.
     */
    List<LineMatch> lineItems(String q, int limit) {
        SearchResult found =
                search.search(
                        new SearchQuery(
                                text(q),
                                null,
                                null,
                                null,
                                "LINE_ITEM",
                                null,
                                SearchQuery.Sort.RELEVANCE,
                                1,
                                50));
        Set<String> seen = new HashSet<>();
        Map<String, Integer> perUnit = new HashMap<>();
        List<LineMatch> first = new ArrayList<>();
        List<LineMatch> later = new ArrayList<>();
        for (Hit h : found.hits()) {
            if (h.code() == null || !seen.add(h.disclosureId() + "|" + h.code())) {
                continue;
            }
            int title = h.title().lastIndexOf('（');
            LineMatch m =
                    new LineMatch(
                            h.disclosureId(),
                            h.unit(),
                            h.year(),
                            h.code(),
                            title > 0 ? h.title().substring(0, title) : h.title(),
                            h.amount());
            (perUnit.merge(h.unit(), 1, Integer::sum) == 1 ? first : later).add(m);
        }
        first.addAll(later);
        return first.stream().limit(limit).toList();
    }

    /**
     * Checks a reader's text with the search's bound ({@link SearchQuery#MAX_TEXT_LENGTH}): here a
     * longer text is refused rather than cut, since similarity over half a pasted paragraph would
     * silently answer another question.
     */
    static String text(String q) {
        String t = q == null ? "" : q.strip();
        if (t.isEmpty()) {
            throw new BadRequestException("请输入项目名称或目标，例如：普法宣传经费、社区矫正经费。");
        }
        if (t.codePointCount(0, t.length()) > SearchQuery.MAX_TEXT_LENGTH) {
            throw new BadRequestException(
                    "搜索词过长：最多 " + SearchQuery.MAX_TEXT_LENGTH + " 个字，请输入项目名称或关键词。");
        }
        if (t.codePoints().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw new BadRequestException("搜索词含有不可见的控制字符，请重新输入。");
        }
        if (t.codePoints().noneMatch(Character::isLetterOrDigit)) {
            throw new BadRequestException("搜索词需要包含汉字、字母或数字，例如：普法宣传经费。");
        }
        return t;
    }

    List<Scored> like(String q, int limit) {
        // Ask for more than shown, so that other units' projects can move up (diversify).
        return diversify(resolve(similarity.like(text(q), limit * 3), null)).stream()
                .limit(limit)
                .toList();
    }

    /**
     * Across units first: each unit's best match in score order, then each unit's second best, and
     * so on, so that four projects of one unit do not hide every other unit's.
     */
    static List<Scored> diversify(List<Scored> ranked) {
        Map<Long, Integer> seen = new HashMap<>();
        int[] round = new int[ranked.size()];
        for (int i = 0; i < ranked.size(); i++) {
            round[i] = seen.merge(ranked.get(i).project().unitId(), 1, Integer::sum) - 1;
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.<Integer>comparingInt(i -> round[i]).thenComparingInt(i -> i));
        return order.stream().map(ranked::get).toList();
    }

    /** The project itself, published, or a 404. */
    ProjectRow project(long id) {
        return projects.byId(id).stream()
                .findFirst()
                .orElseThrow(() -> new NotFoundException("编号为 " + id + " 的绩效项目不存在或尚未公开。"));
    }

    /** Projects like a given one (its name, goals and indicator names), itself excluded. */
    List<Scored> likeProject(ProjectRow p, int limit) {
        StringBuilder text = new StringBuilder(p.name());
        // The name again: it says what the project is; goals and indicators say how.
        text.append('\n').append(p.name());
        if (p.goalPlanned() != null) {
            text.append('\n').append(p.goalPlanned());
        }
        if (p.goalActual() != null) {
            text.append('\n').append(p.goalActual());
        }
        for (String indicator : projects.indicatorNames(p.id())) {
            text.append('\n').append(indicator);
        }
        return diversify(resolve(similarity.like(text.toString(), limit * 3), p.id())).stream()
                .limit(limit)
                .toList();
    }

    private List<Scored> resolve(List<ProjectSimilarity.Match> matches, Long exclude) {
        Map<Long, List<ProjectRow>> byDisclosure = new HashMap<>();
        List<Scored> out = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        for (ProjectSimilarity.Match m : matches) {
            List<ProjectRow> rows =
                    byDisclosure.computeIfAbsent(m.disclosureId(), projects::ofDisclosure);
            for (ProjectRow r : rows) {
                if (r.name().equals(m.name()) && !r.id().equals(exclude) && seen.add(r.id())) {
                    out.add(new Scored(r, m.score()));
                }
            }
        }
        return out;
    }

    List<String> regionPath(String code) {
        return regions.path(code).stream().map(Region::name).toList();
    }
}
