package gongkai.disclosure;

import gongkai.disclosure.store.ContentStore;
import gongkai.disclosure.store.DisclosureRepository;
import gongkai.disclosure.store.DisclosureTableRepository;
import gongkai.disclosure.store.ProjectStore;
import gongkai.disclosure.store.SectionRepository;
import gongkai.unit.UnitChanged;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
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
    private final OutboxWriter outbox;
    private final ContentStore store;
    private final ProjectStore projectStore;
    private final Clock clock;

    DisclosureService(
            DisclosureRepository disclosures,
            SectionRepository sections,
            DisclosureTableRepository tables,
            OutboxWriter outbox,
            ContentStore store,
            ProjectStore projectStore) {
        this.disclosures = disclosures;
        this.sections = sections;
        this.tables = tables;
        this.outbox = outbox;
        this.store = store;
        this.projectStore = projectStore;
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
    public Disclosure storeNewRevision(
            long unitId,
            DisclosureContent content,
            DisclosureStatus status,
            String correctionNote) {
        DisclosureKind kind = content.kind();
        int year = content.fiscalYear();
        Instant now = clock.instant();
        String slot = unitId + "/" + year + "/" + kind;
        if (status == DisclosureStatus.PUBLISHED) {
            disclosures
                    .findByPublishedSlot(slot)
                    .ifPresent(old -> changeStatus(old, DisclosureStatus.SUPERSEDED, now));
        } else if (status.inProgress()) {
            disclosures
                    .findByWorkingSlot(slot)
                    .ifPresent(
                            old ->
                                    disclosures.update(
                                            old.withStatus(DisclosureStatus.DISCARDED, now)));
        }
        int revision = disclosures.maxRevision(unitId, year, kind.name()) + 1;
        DisclosureContent.People p = content.people();
        Disclosure.Profile profile =
                p == null
                        ? new Disclosure.Profile(null, null, null, null, null, null)
                        : new Disclosure.Profile(
                                p.headOfUnit(),
                                p.headOfFinance(),
                                p.preparer(),
                                p.reportDate(),
                                p.contactPerson(),
                                p.contactPhone());
        Disclosure saved =
                disclosures.save(
                        Disclosure.create(
                                unitId,
                                year,
                                kind,
                                revision,
                                status,
                                now,
                                profile,
                                content.sourceMoneyUnit(),
                                correctionNote));
        store.storeContent(saved.id(), content);
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
            outbox.add(
                    disclosure.id(),
                    isPublic ? OutboxEntry.Action.UPSERT : OutboxEntry.Action.DELETE);
        }
        return updated;
    }

    /**
     * Every indexed passage of a report carries its unit's name and place (and the kept public
     * pages show them), so a unit change re-announces the unit's published reports through the
     * outbox, in the unit change's transaction: search and pages follow the rename without a full
     * reindex.
     */
    @EventListener
    @Transactional
    void onUnitChanged(UnitChanged change) {
        for (Long id : disclosures.publishedIdsOfUnit(change.unitId())) {
            outbox.add(id, OutboxEntry.Action.UPSERT);
        }
    }

    /**
     * Saves the profile, refusing a stale version; editing a returned revision makes it a draft
     * again.
     */
    @Transactional
    public Disclosure updateProfile(long id, long seenVersion, Disclosure.Profile profile) {
        Disclosure d = editable(id, seenVersion);
        return save(d.withProfile(profile));
    }

    /** Saves one narrative section (by position), refusing a stale version of the disclosure. */
    @Transactional
    public Disclosure updateSection(
            long id, long seenVersion, int position, String title, String body) {
        Disclosure d = editable(id, seenVersion);
        Section section =
                sections.findByDisclosureIdAndPosition(id, position)
                        .orElseThrow(() -> new NotEditableException("该章节不存在。"));
        sections.update(
                new Section(
                        section.id(),
                        id,
                        position,
                        section.sectionKey(),
                        ContentStore.truncate(title, 500),
                        body));
        // Touch the disclosure so its version moves: one version guards every part of it.
        return save(d);
    }

    /**
     * Replaces one table's rows (amounts already in 元), refusing a stale version of the disclosure.
     * The table keeps its place in the document; a new table goes last.
     */
    @Transactional
    public Disclosure replaceTable(
            long id,
            long seenVersion,
            StandardTable kind,
            MoneyUnit sourceUnit,
            List<DisclosureContent.Row> rows) {
        Disclosure d = editable(id, seenVersion);
        Optional<DisclosureTable> old = tables.findByDisclosureIdAndTableKind(id, kind);
        int position =
                old.map(DisclosureTable::position).orElseGet(() -> tables.maxPosition(id) + 1);
        String title = old.map(DisclosureTable::title).orElse(kind.title());
        old.ifPresent(tables::delete);
        DisclosureTable table =
                tables.save(new DisclosureTable(null, id, kind, position, title, sourceUnit, null));
        store.storeRows(table, rows, 0);
        return save(d);
    }

    /**
     * The disclosure's performance self-evaluations in document order, each with its indicators in
     * order.
     */
    public List<StoredProject> projects(long disclosureId) {
        return projectStore.projects(disclosureId);
    }

    /**
     * Saves one performance self-evaluation (a new one when {@code projectId} is null, appended
     * last) and replaces its indicators, refusing a stale version of the disclosure like the other
     * edits. The id, disclosure and position of {@code values} are ignored: they come from the
     * stored row.
     */
    @Transactional
    public Disclosure saveProject(
            long id,
            long seenVersion,
            @io.micronaut.core.annotation.Nullable Long projectId,
            PerformanceProject values,
            List<PerformanceIndicator> indicatorRows) {
        Disclosure d = editable(id, seenVersion);
        projectStore.save(id, projectId, values, indicatorRows);
        return save(d);
    }

    /**
     * Deletes one performance self-evaluation (its indicators go with it), refusing a stale
     * version.
     */
    @Transactional
    public Disclosure deleteProject(long id, long seenVersion, long projectId) {
        Disclosure d = editable(id, seenVersion);
        projectStore.delete(id, projectId);
        return save(d);
    }

    /**
     * Records the status change of the workflow, with the reviewer's comment or the editor's
     * explanation.
     */
    @Transactional
    public Disclosure moveTo(
            long id,
            DisclosureStatus status,
            @io.micronaut.core.annotation.Nullable String reviewComment,
            @io.micronaut.core.annotation.Nullable String warningExplanation) {
        Disclosure d =
                disclosures.findById(id).orElseThrow(() -> new NotEditableException("决算公开不存在。"));
        Instant now = clock.instant();
        if (status == DisclosureStatus.PUBLISHED) {
            String slot = d.unitId() + "/" + d.fiscalYear() + "/" + d.kind();
            disclosures
                    .findByPublishedSlot(slot)
                    .ifPresent(old -> changeStatus(old, DisclosureStatus.SUPERSEDED, now));
        }
        Disclosure reviewed = disclosures.update(d.withReview(reviewComment, warningExplanation));
        return changeStatus(reviewed, status, now);
    }

    private Disclosure editable(long id, long seenVersion) {
        Disclosure d =
                disclosures.findById(id).orElseThrow(() -> new NotEditableException("决算公开不存在。"));
        if (d.status() != DisclosureStatus.DRAFT && d.status() != DisclosureStatus.RETURNED) {
            throw new NotEditableException("只有草稿或已退回的决算可以修改（当前：" + d.status().label() + "）。");
        }
        if (d.version() == null || d.version() != seenVersion) {
            throw new ConcurrentEditException(d);
        }
        return d.status() == DisclosureStatus.RETURNED
                ? d.withStatus(DisclosureStatus.DRAFT, clock.instant())
                : d;
    }

    private Disclosure save(Disclosure d) {
        try {
            return disclosures.update(d);
        } catch (io.micronaut.data.exceptions.OptimisticLockException e) {
            throw new ConcurrentEditException(disclosures.findById(d.id()).orElseThrow());
        }
    }

    /**
     * Takes a published revision off the public site (and out of the index); it stays stored, as
     * WITHDRAWN.
     */
    @Transactional
    public Disclosure withdraw(long id) {
        Disclosure d =
                disclosures
                        .findById(id)
                        .orElseThrow(
                                () -> new IllegalArgumentException("unknown disclosure " + id));
        if (d.status() != DisclosureStatus.PUBLISHED) {
            throw new IllegalStateException("only a published disclosure can be withdrawn");
        }
        return changeStatus(d, DisclosureStatus.WITHDRAWN, clock.instant());
    }
}
