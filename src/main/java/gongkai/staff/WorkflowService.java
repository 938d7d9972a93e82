package gongkai.staff;

import gongkai.account.Role;
import gongkai.account.StaffUser;
import gongkai.audit.AuditAction;
import gongkai.audit.AuditLog;
import gongkai.classification.CodeList;
import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.importer.ImportGap;
import gongkai.importer.ImportGaps;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import gongkai.validation.ConsistencyChecker;
import gongkai.validation.Finding;
import gongkai.validation.Severity;
import gongkai.web.ForbiddenException;
import gongkai.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * DRAFT → SUBMITTED → PUBLISHED, or RETURNED with comments → DRAFT again. Every step checks who is
 * asking, runs the consistency checks where they matter, and writes the audit trail; publishing
 * feeds the search index through the outbox (in {@link DisclosureService}).
 */
@Singleton
public class WorkflowService {

    /**
     * A step that is not allowed now; the message (Chinese) says why, and {@code fields} holds a
     * message per profile field that must be filled in first.
     */
    public static class RefusedException extends RuntimeException {
        private final transient List<Finding> findings;
        private final transient Map<String, String> fields;

        RefusedException(String message, List<Finding> findings) {
            this(message, findings, Map.of());
        }

        RefusedException(String message, List<Finding> findings, Map<String, String> fields) {
            super(message);
            this.findings = findings;
            this.fields = fields;
        }

        public List<Finding> findings() {
            return findings;
        }

        public Map<String, String> fields() {
            return fields;
        }
    }

    private final DisclosureService disclosures;
    private final DisclosureCatalog catalog;
    private final UnitService units;
    private final AuditLog audit;
    private final ImportGaps gaps;
    private final CopyChecks copyChecks;
    private final ConsistencyChecker checker = new ConsistencyChecker(CodeList.standard());

    WorkflowService(
            DisclosureService disclosures,
            DisclosureCatalog catalog,
            UnitService units,
            AuditLog audit,
            ImportGaps gaps,
            CopyChecks copyChecks) {
        this.disclosures = disclosures;
        this.catalog = catalog;
        this.units = units;
        this.audit = audit;
        this.gaps = gaps;
        this.copyChecks = copyChecks;
    }

    /** The consistency checks, and for a revision in progress the checks of a stale copy. */
    public List<Finding> findings(DisclosureDocument d) {
        List<Finding> findings = checker.check(d);
        if (!d.status().inProgress()) {
            return findings;
        }
        List<Finding> all = new ArrayList<>(findings);
        all.addAll(copyChecks.check(d));
        return all;
    }

    public Disclosure submit(StaffUser user, long id, @Nullable String explanation) {
        DisclosureDocument d = document(id);
        requireEdit(user, d);
        if (d.status() != DisclosureStatus.DRAFT && d.status() != DisclosureStatus.RETURNED) {
            throw new RefusedException(
                    "只有草稿或已退回的决算可以提交（当前：" + d.status().label() + "）。", List.of());
        }
        // Submitting asks a reviewer to check a complete report: tables the import could not read
        // are confirmed first, as for a publish, so nobody reviews a report silently missing them.
        refuseWhileUnread(id, "提交");
        Signature.refuseIfMissing(d);
        List<Finding> findings = findings(d);
        List<Finding> errors =
                findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
        if (!errors.isEmpty()) {
            throw new RefusedException("有 " + errors.size() + " 处错误须先改正，才能提交。", errors);
        }
        boolean warnings = findings.stream().anyMatch(f -> f.severity() == Severity.WARNING);
        if (warnings && (explanation == null || explanation.isBlank())) {
            throw new RefusedException("有需要说明的提示：请填写说明后再提交。", findings);
        }
        Disclosure submitted =
                disclosures.moveTo(
                        id,
                        DisclosureStatus.SUBMITTED,
                        null,
                        warnings ? explanation.strip() : null);
        audit.record(
                user.username(),
                AuditAction.SUBMIT,
                id,
                warnings ? "说明：" + explanation.strip() : null);
        return submitted;
    }

    /**
     * Publishes a submitted revision. {@code confirmed} is the reviewer's explicit confirmation (a
     * checkbox of the form): publishing cannot be taken back silently, so it is never one click.
     */
    public Disclosure publish(StaffUser user, long id, boolean confirmed) {
        DisclosureDocument d = document(id);
        requireReview(user, d);
        if (d.status() != DisclosureStatus.SUBMITTED) {
            throw new RefusedException("只有已提交的决算可以公开（当前：" + d.status().label() + "）。", List.of());
        }
        if (!confirmed) {
            throw new RefusedException("请勾选“我已审核本决算，确认公开”后再公开。", List.of());
        }
        refuseWhileUnread(id, "公开");
        Disclosure published = disclosures.moveTo(id, DisclosureStatus.PUBLISHED, null, null);
        audit.record(user.username(), AuditAction.PUBLISH, id, null);
        return published;
    }

    private void refuseWhileUnread(long id, String step) {
        List<ImportGap> unread = gaps.unconfirmed(id);
        if (!unread.isEmpty()) {
            throw new RefusedException(
                    "有 " + unread.size() + " 张表格导入时未读取：须先在本页确认这些表格后才能" + step + "。", List.of());
        }
    }

    /**
     * Staff confirm that the tables the import could not read may stay as they are (entered by hand
     * or really absent), which lets the revision be submitted and published; the tables are named
     * in the audit.
     */
    public void confirmUnreadTables(StaffUser user, long id) {
        DisclosureDocument d = visible(user, id);
        if (!d.status().inProgress()) {
            throw new RefusedException("只有未公开的决算需要确认（当前：" + d.status().label() + "）。", List.of());
        }
        List<ImportGap> unread = gaps.unconfirmed(id);
        if (unread.isEmpty()) {
            throw new RefusedException("没有待确认的未读取表格。", List.of());
        }
        gaps.confirm(id, user.username());
        audit.record(
                user.username(),
                AuditAction.CONFIRM_UNREAD_TABLES,
                id,
                unread.stream().map(ImportGap::tableName).collect(Collectors.joining("、")));
    }

    /** The tables the import of this revision could not read, confirmed or not. */
    List<ImportGap> unreadTables(long id) {
        return gaps.forDisclosure(id);
    }

    /** Takes a published revision off the public site; only an administrator may, with a reason. */
    public Disclosure withdraw(StaffUser user, long id, String reason) {
        // Visibility first: an editor of another unit gets the same 404 as for a missing id.
        DisclosureDocument d = visible(user, id);
        if (!user.isAdmin()) {
            throw new ForbiddenException("只有管理员可以撤回已公开的决算。");
        }
        if (d.status() != DisclosureStatus.PUBLISHED) {
            throw new RefusedException("只有已公开的决算可以撤回（当前：" + d.status().label() + "）。", List.of());
        }
        if (reason == null || reason.isBlank()) {
            throw new RefusedException("撤回时请写明原因。", List.of());
        }
        Disclosure withdrawn = disclosures.withdraw(id);
        audit.record(user.username(), AuditAction.WITHDRAW, id, reason.strip());
        return withdrawn;
    }

    public Disclosure returnToEditor(StaffUser user, long id, String comment) {
        DisclosureDocument d = document(id);
        requireReview(user, d);
        if (d.status() != DisclosureStatus.SUBMITTED) {
            throw new RefusedException("只有已提交的决算可以退回（当前：" + d.status().label() + "）。", List.of());
        }
        if (comment == null || comment.isBlank()) {
            throw new RefusedException("退回时请写明修改意见。", List.of());
        }
        Disclosure returned =
                disclosures.moveTo(id, DisclosureStatus.RETURNED, comment.strip(), null);
        audit.record(user.username(), AuditAction.RETURN, id, comment.strip());
        return returned;
    }

    public DisclosureDocument document(long id) {
        return catalog.document(id)
                .orElseThrow(() -> new NotFoundException("编号为 " + id + " 的决算公开不存在。"));
    }

    /**
     * The disclosure if this user may see it. An editor asking for another unit's disclosure gets
     * the same 404 as for one that does not exist, so ids do not reveal other units' drafts; a
     * reviewer outside its scope gets 403.
     */
    public DisclosureDocument visible(StaffUser user, long id) {
        DisclosureDocument d = document(id);
        hideFromOtherEditors(user, d);
        if (!mayView(user, d)) {
            throw new ForbiddenException("该单位不在您的审核范围内。");
        }
        return d;
    }

    private void hideFromOtherEditors(StaffUser user, DisclosureDocument d) {
        if (user.role() == Role.UNIT_EDITOR && !mayView(user, d)) {
            throw new NotFoundException("编号为 " + d.id() + " 的决算公开不存在。");
        }
    }

    public void requireEdit(StaffUser user, DisclosureDocument d) {
        hideFromOtherEditors(user, d);
        if (!Scope.canEdit(user, unit(d))) {
            throw new ForbiddenException("您不能修改其他单位的决算。");
        }
    }

    void requireReview(StaffUser user, DisclosureDocument d) {
        hideFromOtherEditors(user, d);
        if (!Scope.canReview(user, unit(d))) {
            throw new ForbiddenException("该单位不在您的审核范围内。");
        }
    }

    boolean mayView(StaffUser user, DisclosureDocument d) {
        Unit unit = unit(d);
        return Scope.canEdit(user, unit) || Scope.canReview(user, unit);
    }

    public Unit unitOf(DisclosureDocument d) {
        return unit(d);
    }

    private Unit unit(DisclosureDocument d) {
        return units.byId(d.unit().id()).orElseThrow();
    }
}
