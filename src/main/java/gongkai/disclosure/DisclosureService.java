package gongkai.disclosure;

import gongkai.unit.UnitChanged;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The only writer of disclosures and their content. Every change goes through here so that the
 * revision rules (one published and one in-progress revision per unit, year and kind) and, later,
 * the search index stay consistent in one place.
 */
@Singleton
public class DisclosureService {

    private final DisclosureRepository disclosures;
    private final SectionRepository sections;
    private final DisclosureTableRepository tables;
    private final LineItemRepository lineItems;
    private final LineAmountRepository amounts;
    private final PerformanceProjectRepository projects;
    private final PerformanceIndicatorRepository indicators;
    private final OutboxWriter outbox;
    private final ContentRepository content;
    private final Clock clock;

    DisclosureService(DisclosureRepository disclosures, SectionRepository sections, DisclosureTableRepository tables,
                      LineItemRepository lineItems, LineAmountRepository amounts,
                      PerformanceProjectRepository projects, PerformanceIndicatorRepository indicators,
                      OutboxWriter outbox, ContentRepository content) {
        this.disclosures = disclosures;
        this.sections = sections;
        this.tables = tables;
        this.lineItems = lineItems;
        this.amounts = amounts;
        this.projects = projects;
        this.indicators = indicators;
        this.outbox = outbox;
        this.content = content;
        this.clock = Clock.systemUTC();
    }

    public Optional<Disclosure> byId(long id) {
        return disclosures.findById(id);
    }

    /**
     * Stores a whole disclosure as a new revision of the unit's year. Publishing it supersedes the
     * published revision before it; storing it in progress discards the revision in progress before
     * it (kept for the staff, never public: it was never reviewed).
     */
    @Transactional
    public Disclosure storeNewRevision(long unitId, DisclosureContent content, DisclosureStatus status, String correctionNote) {
        DisclosureKind kind = DisclosureKind.FINAL_ACCOUNTS;
        int year = content.fiscalYear();
        Instant now = clock.instant();
        String slot = unitId + "/" + year + "/" + kind;
        if (status == DisclosureStatus.PUBLISHED) {
            disclosures.findByPublishedSlot(slot).ifPresent(old -> changeStatus(old, DisclosureStatus.SUPERSEDED, now));
        } else if (status.inProgress()) {
            disclosures.findByWorkingSlot(slot).ifPresent(old -> disclosures.update(old.withStatus(DisclosureStatus.DISCARDED, now)));
        }
        int revision = disclosures.maxRevision(unitId, year, kind.name()) + 1;
        DisclosureContent.People p = content.people();
        Disclosure.Profile profile = p == null ? new Disclosure.Profile(null, null, null, null, null, null)
                : new Disclosure.Profile(p.headOfUnit(), p.headOfFinance(), p.preparer(), p.reportDate(), p.contactPerson(), p.contactPhone());
        Disclosure saved = disclosures.save(Disclosure.create(unitId, year, kind, revision, status, now, profile,
                content.sourceMoneyUnit(), correctionNote));
        storeContent(saved.id(), content);
        if (status == DisclosureStatus.PUBLISHED) {
            outbox.add(saved.id(), OutboxEntry.Action.UPSERT);
        }
        return saved;
    }

    /**
     * Moves a revision to another status. Whatever enters or leaves PUBLISHED is announced to the
     * search index through the outbox, written when this transaction commits (OutboxWriter).
     */
    @Transactional
    public Disclosure changeStatus(Disclosure disclosure, DisclosureStatus status, Instant now) {
        Disclosure updated = disclosures.update(disclosure.withStatus(status, now));
        boolean wasPublic = disclosure.status() == DisclosureStatus.PUBLISHED;
        boolean isPublic = status == DisclosureStatus.PUBLISHED;
        if (wasPublic != isPublic) {
            outbox.add(disclosure.id(), isPublic ? OutboxEntry.Action.UPSERT : OutboxEntry.Action.DELETE);
        }
        return updated;
    }

    /**
     * Every indexed passage of a report carries its unit's name and place (and the kept public pages
     * show them), so a unit change re-announces the unit's published reports through the outbox, in the
     * unit change's transaction: search and pages follow the rename without a full reindex.
     */
    @EventListener
    @Transactional
    void onUnitChanged(UnitChanged change) {
        for (Long id : disclosures.publishedIdsOfUnit(change.unitId())) {
            outbox.add(id, OutboxEntry.Action.UPSERT);
        }
    }

    /** Raised when a save carries a version older than the stored one: someone else saved in between. */
    public static class ConcurrentEditException extends RuntimeException {
        private final transient Disclosure current;

        public ConcurrentEditException(Disclosure current) {
            super("disclosure " + current.id() + " changed meanwhile");
            this.current = current;
        }

        public Disclosure current() {
            return current;
        }
    }

    /** Raised when the revision's status does not allow the change (e.g. editing a published one). */
    public static class NotEditableException extends RuntimeException {
        public NotEditableException(String message) {
            super(message);
        }
    }

    /** Saves the profile, refusing a stale version; editing a returned revision makes it a draft again. */
    @Transactional
    public Disclosure updateProfile(long id, long seenVersion, Disclosure.Profile profile) {
        Disclosure d = editable(id, seenVersion);
        return save(d.withProfile(profile));
    }

    /** Saves one narrative section (by position), refusing a stale version of the disclosure. */
    @Transactional
    public Disclosure updateSection(long id, long seenVersion, int position, String title, String body) {
        Disclosure d = editable(id, seenVersion);
        Section section = sections.findByDisclosureIdAndPosition(id, position)
                .orElseThrow(() -> new NotEditableException("该章节不存在。"));
        sections.update(new Section(section.id(), id, position, section.sectionKey(), truncate(title, 500), body));
        // Touch the disclosure so its version moves: one version guards every part of it.
        return save(d);
    }

    /**
     * Replaces one table's rows (amounts already in 元), refusing a stale version of the disclosure.
     * The table keeps its place in the document; a new table goes last.
     */
    @Transactional
    public Disclosure replaceTable(long id, long seenVersion, StandardTable kind, MoneyUnit sourceUnit,
                                   List<DisclosureContent.Row> rows) {
        Disclosure d = editable(id, seenVersion);
        Optional<DisclosureTable> old = tables.findByDisclosureIdAndTableKind(id, kind);
        int position = old.map(DisclosureTable::position).orElseGet(() -> tables.maxPosition(id) + 1);
        String title = old.map(DisclosureTable::title).orElse(kind.title());
        old.ifPresent(tables::delete);
        DisclosureTable table = tables.save(new DisclosureTable(null, id, kind, position, title, sourceUnit, null));
        storeRows(table, rows, 0);
        return save(d);
    }

    /** A performance self-evaluation with its indicators, as stored (ids included, for editing). */
    public record StoredProject(PerformanceProject project, List<PerformanceIndicator> indicators) {
    }

    /** The disclosure's performance self-evaluations in document order, each with its indicators in order. */
    public List<StoredProject> projects(long disclosureId) {
        Map<Long, List<PerformanceIndicator>> byProject = new java.util.HashMap<>();
        for (PerformanceIndicator i : content.indicators(disclosureId)) {
            byProject.computeIfAbsent(i.projectId(), k -> new ArrayList<>()).add(i);
        }
        return content.projects(disclosureId).stream()
                .map(p -> new StoredProject(p, byProject.getOrDefault(p.id(), List.of()))).toList();
    }

    /**
     * Saves one performance self-evaluation (a new one when {@code projectId} is null, appended last)
     * and replaces its indicators, refusing a stale version of the disclosure like the other edits.
     * The id, disclosure and position of {@code values} are ignored: they come from the stored row.
     */
    @Transactional
    public Disclosure saveProject(long id, long seenVersion, @io.micronaut.core.annotation.Nullable Long projectId,
                                  PerformanceProject values, List<PerformanceIndicator> indicatorRows) {
        Disclosure d = editable(id, seenVersion);
        PerformanceProject stored;
        if (projectId == null) {
            int position = content.projects(id).stream().mapToInt(PerformanceProject::position).max().orElse(-1) + 1;
            stored = projects.save(withPlace(values, null, id, position));
        } else {
            PerformanceProject old = ownProject(id, projectId);
            stored = projects.update(withPlace(values, old.id(), id, old.position()));
            indicators.deleteAll(content.indicators(id).stream().filter(i -> i.projectId().equals(projectId)).toList());
        }
        List<PerformanceIndicator> rows = new ArrayList<>();
        int position = 0;
        for (PerformanceIndicator i : indicatorRows) {
            rows.add(new PerformanceIndicator(null, stored.id(), position++, i.level1(), i.level2(), i.name(), i.nature(),
                    i.direction(), i.targetValue(), i.actualValue(), i.measureUnit(), i.weight(), i.score(), i.deviationReason()));
        }
        indicators.saveAll(rows);
        return save(d);
    }

    /** Deletes one performance self-evaluation (its indicators go with it), refusing a stale version. */
    @Transactional
    public Disclosure deleteProject(long id, long seenVersion, long projectId) {
        Disclosure d = editable(id, seenVersion);
        PerformanceProject old = ownProject(id, projectId);
        indicators.deleteAll(content.indicators(id).stream().filter(i -> i.projectId().equals(projectId)).toList());
        projects.delete(old);
        return save(d);
    }

    private PerformanceProject ownProject(long disclosureId, long projectId) {
        return projects.findById(projectId).filter(p -> p.disclosureId() == disclosureId)
                .orElseThrow(() -> new NotEditableException("该绩效自评项目不存在（可能已被他人删除）。"));
    }

    private static PerformanceProject withPlace(PerformanceProject v, Long projectId, long disclosureId, int position) {
        return new PerformanceProject(projectId, disclosureId, position, v.kind(), truncate(v.name(), 300),
                truncate(v.department(), 200), truncate(v.implementer(), 200), v.initialBudget(), v.annualBudget(),
                v.executed(), v.annualBudgetFiscal(), v.executedFiscal(), v.annualBudgetCarryover(), v.executedCarryover(),
                v.annualBudgetOther(), v.executedOther(), v.executionRate(), v.executionWeight(), v.executionScore(),
                v.totalWeight(), v.totalScore(), v.goalPlanned(), v.goalActual(), v.summary(), v.fromProse());
    }

    /** Records the status change of the workflow, with the reviewer's comment or the editor's explanation. */
    @Transactional
    public Disclosure moveTo(long id, DisclosureStatus status, @io.micronaut.core.annotation.Nullable String reviewComment,
                             @io.micronaut.core.annotation.Nullable String warningExplanation) {
        Disclosure d = disclosures.findById(id).orElseThrow(() -> new NotEditableException("决算公开不存在。"));
        Instant now = clock.instant();
        if (status == DisclosureStatus.PUBLISHED) {
            String slot = d.unitId() + "/" + d.fiscalYear() + "/" + d.kind();
            disclosures.findByPublishedSlot(slot).ifPresent(old -> changeStatus(old, DisclosureStatus.SUPERSEDED, now));
        }
        Disclosure reviewed = disclosures.update(d.withReview(reviewComment, warningExplanation));
        return changeStatus(reviewed, status, now);
    }

    private Disclosure editable(long id, long seenVersion) {
        Disclosure d = disclosures.findById(id).orElseThrow(() -> new NotEditableException("决算公开不存在。"));
        if (d.status() != DisclosureStatus.DRAFT && d.status() != DisclosureStatus.RETURNED) {
            throw new NotEditableException("只有草稿或已退回的决算可以修改（当前：" + d.status().label() + "）。");
        }
        if (d.version() == null || d.version() != seenVersion) {
            throw new ConcurrentEditException(d);
        }
        return d.status() == DisclosureStatus.RETURNED ? d.withStatus(DisclosureStatus.DRAFT, clock.instant()) : d;
    }

    private Disclosure save(Disclosure d) {
        try {
            return disclosures.update(d);
        } catch (io.micronaut.data.exceptions.OptimisticLockException e) {
            throw new ConcurrentEditException(disclosures.findById(d.id()).orElseThrow());
        }
    }

    /** Takes a published revision off the public site (and out of the index); it stays stored, as WITHDRAWN. */
    @Transactional
    public Disclosure withdraw(long id) {
        Disclosure d = disclosures.findById(id).orElseThrow(() -> new IllegalArgumentException("unknown disclosure " + id));
        if (d.status() != DisclosureStatus.PUBLISHED) {
            throw new IllegalStateException("only a published disclosure can be withdrawn");
        }
        return changeStatus(d, DisclosureStatus.WITHDRAWN, clock.instant());
    }

    private void storeContent(long disclosureId, DisclosureContent content) {
        List<Section> sectionRows = new ArrayList<>();
        int position = 0;
        for (DisclosureContent.Section s : content.sections()) {
            sectionRows.add(new Section(null, disclosureId, position++, s.key(), truncate(s.title(), 500), s.body()));
        }
        sections.saveAll(sectionRows);

        Map<StandardTable, DisclosureTable> byKind = new EnumMap<>(StandardTable.class);
        Map<StandardTable, Integer> nextRow = new EnumMap<>(StandardTable.class);
        int tablePosition = 0;
        for (DisclosureContent.Table t : content.tables()) {
            // A document may print one table in two pieces (e.g. across a page): keep one table of each kind.
            DisclosureTable table = byKind.get(t.kind());
            if (table == null) {
                table = tables.save(new DisclosureTable(null, disclosureId, t.kind(), tablePosition++,
                        truncate(t.title() == null ? t.kind().title() : t.title(), 200), t.sourceMoneyUnit(), t.note()));
                byKind.put(t.kind(), table);
            }
            int first = nextRow.getOrDefault(t.kind(), 0);
            storeRows(table, t.rows(), first);
            nextRow.put(t.kind(), first + t.rows().size());
        }

        int projectPosition = 0;
        for (DisclosureContent.Project p : content.projects()) {
            PerformanceProject project = projects.save(new PerformanceProject(null, disclosureId, projectPosition++,
                    p.overall() ? PerformanceProject.Kind.OVERALL : PerformanceProject.Kind.PROJECT,
                    truncate(p.name(), 300), truncate(p.department(), 200), truncate(p.implementer(), 200),
                    p.initialBudget(), p.annualBudget(), p.executed(), p.annualBudgetFiscal(), p.executedFiscal(),
                    p.annualBudgetCarryover(), p.executedCarryover(), p.annualBudgetOther(), p.executedOther(),
                    p.executionRate(), p.executionWeight(), p.executionScore(), p.totalWeight(), p.totalScore(),
                    p.goalPlanned(), p.goalActual(), p.summary(), p.fromProse()));
            List<PerformanceIndicator> rows = new ArrayList<>();
            int indicatorPosition = 0;
            for (DisclosureContent.Indicator i : p.indicators()) {
                rows.add(new PerformanceIndicator(null, project.id(), indicatorPosition++, truncate(i.level1(), 64),
                        truncate(i.level2(), 64), truncate(i.name() == null ? "" : i.name(), 300), truncate(i.nature(), 16),
                        truncate(i.direction(), 16), truncate(i.targetValue(), 200), truncate(i.actualValue(), 200),
                        truncate(i.measureUnit(), 32), i.weight(), i.score(), i.deviationReason()));
            }
            indicators.saveAll(rows);
        }
    }

    /** Inserts rows (and their amounts) into a table, numbering them from {@code firstPosition}. */
    private void storeRows(DisclosureTable table, List<DisclosureContent.Row> rows, int firstPosition) {
        List<LineItem> items = new ArrayList<>();
        int rowPosition = firstPosition;
        for (DisclosureContent.Row r : rows) {
            LineItem.RowKind rowKind = r.kind();
            items.add(new LineItem(null, table.id(), rowPosition++, rowKind, r.side(),
                    r.code(), LineItem.levelOf(rowKind, r.code()), truncate(r.name() == null ? "" : r.name(), 200), r.lineNo()));
        }
        List<LineItem> savedItems = new ArrayList<>();
        lineItems.saveAll(items).forEach(savedItems::add);
        List<LineAmount> amountRows = new ArrayList<>();
        for (int i = 0; i < savedItems.size(); i++) {
            for (Map.Entry<String, BigDecimal> a : rows.get(i).amounts().entrySet()) {
                if (a.getValue() != null) {
                    amountRows.add(LineAmount.of(savedItems.get(i).id(), a.getKey(), a.getValue()));
                }
            }
        }
        amounts.saveAll(amountRows);
    }

    /** Column limits are generous; a longer value from a broken document is cut rather than failing the import. */
    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }
}
