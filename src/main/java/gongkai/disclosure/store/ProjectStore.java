package gongkai.disclosure.store;

import gongkai.disclosure.NotEditableException;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.StoredProject;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * DisclosureService's helper that reads and writes a disclosure's performance self-evaluations and
 * their indicators; the caller checks the disclosure is editable and moves its version.
 */
@Singleton
public class ProjectStore {

    private final PerformanceProjectRepository projects;
    private final PerformanceIndicatorRepository indicators;
    private final ContentRepository content;

    ProjectStore(
            PerformanceProjectRepository projects,
            PerformanceIndicatorRepository indicators,
            ContentRepository content) {
        this.projects = projects;
        this.indicators = indicators;
        this.content = content;
    }

    /** The disclosure's projects in document order, each with its indicators in order. */
    public List<StoredProject> projects(long disclosureId) {
        Map<Long, List<PerformanceIndicator>> byProject = new HashMap<>();
        for (PerformanceIndicator i : content.indicators(disclosureId)) {
            byProject.computeIfAbsent(i.projectId(), k -> new ArrayList<>()).add(i);
        }
        return content.projects(disclosureId).stream()
                .map(p -> new StoredProject(p, byProject.getOrDefault(p.id(), List.of())))
                .toList();
    }

    /**
     * Saves one project (a new one when {@code projectId} is null, appended last) and replaces its
     * indicators. The id, disclosure and position of {@code values} come from the stored row.
     */
    public void save(
            long id,
            @Nullable Long projectId,
            PerformanceProject values,
            List<PerformanceIndicator> indicatorRows) {
        PerformanceProject stored;
        if (projectId == null) {
            int position =
                    content.projects(id).stream()
                                    .mapToInt(PerformanceProject::position)
                                    .max()
                                    .orElse(-1)
                            + 1;
            stored = projects.save(ContentStore.withPlace(values, null, id, position));
        } else {
            PerformanceProject old = ownProject(id, projectId);
            stored = projects.update(ContentStore.withPlace(values, old.id(), id, old.position()));
            indicators.deleteAll(
                    content.indicators(id).stream()
                            .filter(i -> i.projectId().equals(projectId))
                            .toList());
        }
        List<PerformanceIndicator> rows = new ArrayList<>();
        int position = 0;
        for (PerformanceIndicator i : indicatorRows) {
            rows.add(
                    new PerformanceIndicator(
                            null,
                            stored.id(),
                            position++,
                            i.level1(),
                            i.level2(),
                            i.name(),
                            i.nature(),
                            i.direction(),
                            i.targetValue(),
                            i.actualValue(),
                            i.measureUnit(),
                            i.weight(),
                            i.score(),
                            i.deviationReason()));
        }
        indicators.saveAll(rows);
    }

    /** Deletes one project with its indicators. */
    public void delete(long id, long projectId) {
        PerformanceProject old = ownProject(id, projectId);
        indicators.deleteAll(
                content.indicators(id).stream()
                        .filter(i -> i.projectId().equals(projectId))
                        .toList());
        projects.delete(old);
    }

    private PerformanceProject ownProject(long disclosureId, long projectId) {
        return projects.findById(projectId)
                .filter(p -> p.disclosureId() == disclosureId)
                .orElseThrow(() -> new NotEditableException("该绩效自评项目不存在（可能已被他人删除）。"));
    }
}
