package gongkai.staff;

import gongkai.account.StaffUser;
import gongkai.audit.AuditAction;
import gongkai.audit.AuditLog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import jakarta.inject.Singleton;
import java.time.Instant;
import java.util.List;

/**
 * Deletes a draft that was never submitted (started by mistake): it becomes DISCARDED, kept for the
 * staff's history like a draft replaced by a newer one, never public, and the deletion is audited.
 */
@Singleton
class DraftRemoval {

    private final WorkflowService workflow;
    private final DisclosureService disclosures;
    private final AuditLog audit;

    DraftRemoval(WorkflowService workflow, DisclosureService disclosures, AuditLog audit) {
        this.workflow = workflow;
        this.disclosures = disclosures;
        this.audit = audit;
    }

    /** Whether the editor's page offers the deletion: a draft nobody has submitted yet. */
    boolean deletable(DisclosureDocument d) {
        return d.status() == DisclosureStatus.DRAFT && !wasSubmitted(d.id());
    }

    void discard(StaffUser user, long id, boolean confirmed) {
        DisclosureDocument d = workflow.document(id);
        workflow.requireEdit(user, d);
        if (!deletable(d)) {
            throw new WorkflowService.RefusedException(
                    "只有从未提交审核的草稿可以删除（当前：" + d.status().label() + "）。", List.of());
        }
        if (!confirmed) {
            throw new WorkflowService.RefusedException("请勾选“确认删除本草稿”后再删除。", List.of());
        }
        disclosures.changeStatus(
                disclosures.byId(id).orElseThrow(), DisclosureStatus.DISCARDED, Instant.now());
        audit.record(
                user.username(),
                AuditAction.DISCARD,
                id,
                d.fiscalYear() + "年度第 " + d.revision() + " 版（从未提交审核）");
    }

    private boolean wasSubmitted(long id) {
        return audit.forDisclosure(id).stream()
                .anyMatch(e -> AuditAction.SUBMIT.name().equals(e.action()));
    }
}
