package gongkai.compare;

import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import gongkai.search.ProjectSimilarity;
import gongkai.search.SearchQuery;
import gongkai.web.BadRequestException;
import gongkai.web.NotFoundException;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private final ProjectSimilarity similarity;
    private final ProjectRepository projects;
    private final RegionDirectory regions;

    ProjectService(
            ProjectSimilarity similarity, ProjectRepository projects, RegionDirectory regions) {
        this.similarity = similarity;
        this.projects = projects;
        this.regions = regions;
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
        return resolve(similarity.like(text(q), limit), null);
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
        return resolve(similarity.like(text.toString(), limit + 1), p.id()).stream()
                .limit(limit)
                .toList();
    }

    private List<Scored> resolve(List<ProjectSimilarity.Match> matches, Long exclude) {
        Map<Long, List<ProjectRow>> byDisclosure = new HashMap<>();
        List<Scored> out = new ArrayList<>();
        java.util.Set<Long> seen = new java.util.HashSet<>();
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
