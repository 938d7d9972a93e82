package gongkai.staff.performance;

import static gongkai.staff.performance.PerformanceController.render;

import gongkai.account.CsrfGuard;
import gongkai.account.StaffUser;
import gongkai.audit.AuditAction;
import gongkai.audit.AuditLog;
import gongkai.disclosure.ConcurrentEditException;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.NotEditableException;
import gongkai.disclosure.StoredProject;
import gongkai.staff.StaffViews;
import gongkai.staff.WorkflowService;
import gongkai.staff.tables.ScaleCheck;
import gongkai.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.net.URI;
import java.util.List;
import java.util.Map;

/**
 * A post of the performance form: switch the unit of the amounts on screen, add an indicator row,
 * or save. The form is read in the unit it carries (shown next to the amounts); a save whose funds
 * come out about 10,000 times (or a 10,000th of) the stored ones is refused until the editor
 * confirms it.
 */
@Singleton
class PerformanceSave {

    /** The form's fixed fields (the rest is the grid, read by {@link PerformanceForm#parse}). */
    record Posted(
            @Nullable String csrfToken,
            long version,
            @Nullable MoneyUnit switchTo,
            boolean confirmScale,
            boolean addIndicator) {
        static Posted of(Map<String, String> form) {
            long version;
            try {
                version = Long.parseLong(form.getOrDefault("version", "-1").strip());
            } catch (NumberFormatException e) {
                version = -1;
            }
            String switchUnit = form.get("switchUnit");
            return new Posted(
                    form.get("csrfToken"),
                    version,
                    switchUnit == null
                            ? null
                            : "YUAN".equals(switchUnit) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN,
                    "1".equals(form.get("confirmScale")),
                    form.containsKey("addIndicator"));
        }
    }

    private final WorkflowService workflow;
    private final DisclosureService disclosures;
    private final PerformancePages pages;
    private final AuditLog audit;
    private final CsrfGuard csrf;

    PerformanceSave(
            WorkflowService workflow,
            DisclosureService disclosures,
            PerformancePages pages,
            AuditLog audit,
            CsrfGuard csrf) {
        this.workflow = workflow;
        this.disclosures = disclosures;
        this.pages = pages;
        this.audit = audit;
        this.csrf = csrf;
    }

    HttpResponse<?> save(
            long id,
            @Nullable Long projectId,
            Posted posted,
            PerformanceForm postedForm,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, posted.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = workflow.visible(user, id);
        workflow.requireEdit(user, d);
        PerformanceWords words = PerformanceWords.of(d);
        // A budget's target neither shows nor stores execution and scores, whatever was posted.
        PerformanceForm typed = postedForm.restrictedTo(words);
        StoredProject stored = projectId == null ? null : storedOrThrow(id, projectId, words);
        PerformancePages.Shown shown = PerformancePages.Shown.of(typed);
        if (posted.switchTo() != null) {
            // Converts what is on screen (typed edits included) and stores nothing.
            MoneyUnit target = posted.switchTo();
            PerformancePages.Shown switched =
                    typed.convertedTo(target)
                            .map(
                                    c ->
                                            PerformancePages.Shown.of(c)
                                                    .message(
                                                            "已将项目资金换算为以"
                                                                    + target.label()
                                                                    + "显示，尚未保存。"))
                            .orElse(shown.message(PerformanceController.NOT_IN_WAN));
            return render(
                    pages.form(request, user, d, projectId, posted.version(), switched),
                    HttpStatus.OK);
        }
        PerformanceValidation validation = PerformanceValidation.of(typed);
        if (!validation.ok()) {
            return render(
                    pages.form(
                            request,
                            user,
                            d,
                            projectId,
                            posted.version(),
                            shown.errors(
                                    validation.errors(),
                                    "有 " + validation.errors().size() + " 处填写有误，未保存；请按提示改正。")),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (posted.addIndicator()) {
            // Adding an indicator row only shows the form again with a blank row; nothing is saved
            // yet.
            return render(
                    pages.form(
                            request,
                            user,
                            d,
                            projectId,
                            posted.version(),
                            PerformancePages.Shown.of(typed.withBlankIndicator())
                                    .message("已添加一行指标，填写后请保存。")),
                    HttpStatus.OK);
        }
        ScaleCheck.Change change =
                stored == null
                        ? ScaleCheck.Change.NONE
                        : ScaleCheck.compare(
                                PerformanceController.fundsSum(stored.project()),
                                PerformanceController.fundsSum(validation.project()));
        if (change != ScaleCheck.Change.NONE && !posted.confirmScale()) {
            // Every amount moved by the same factor: the checks cannot see it, the editor must
            // confirm it.
            String factor =
                    change == ScaleCheck.Change.TEN_THOUSAND_TIMES ? "约为原来的 10000 倍" : "约为原来的万分之一";
            return render(
                    pages.form(
                            request,
                            user,
                            d,
                            projectId,
                            posted.version(),
                            shown.askToConfirmScale(
                                    "未保存：按"
                                            + typed.unit().label()
                                            + "读取，项目资金将"
                                            + factor
                                            + "，很可能是金额单位不对。请核对“金额单位”与各项金额；"
                                            + "确认无误时勾选保存按钮旁的确认框后再保存。")),
                    HttpStatus.UNPROCESSABLE_ENTITY);
        }
        long newId;
        try {
            newId = projectIdAfterSave(id, projectId, posted.version(), validation);
        } catch (ConcurrentEditException e) {
            String theirs =
                    projectId == null
                            ? "（新项目，尚无保存的版本）"
                            : disclosures.projects(id).stream()
                                    .filter(s -> s.project().id().equals(projectId))
                                    .findFirst()
                                    .map(
                                            s ->
                                                    PerformanceDescription.of(
                                                            s.project(), s.indicators(), words))
                                    .orElse("（该项目已被他人删除）");
            return render(
                    pages.form(
                            request,
                            user,
                            workflow.document(id),
                            projectId,
                            null,
                            shown.conflict(
                                    new StaffViews.Conflict(
                                            PerformanceDescription.of(
                                                    validation.project(),
                                                    validation.indicators(),
                                                    words),
                                            theirs),
                                    "您打开页面后，此"
                                            + words.document()
                                            + "已被他人修改，您的修改未保存（下方仍是您填写的内容）。请核对后重新提交。")),
                    HttpStatus.CONFLICT);
        } catch (NotEditableException e) {
            return render(
                    pages.form(request, user, d, projectId, null, shown.error(e.getMessage())),
                    HttpStatus.CONFLICT);
        }
        audit.record(
                user.username(),
                AuditAction.SAVE,
                id,
                words.noun() + "：" + validation.project().name());
        return HttpResponse.seeOther(
                URI.create(
                        "/staff/disclosures/"
                                + id
                                + "/performance/"
                                + newId
                                + "?saved=1&unit="
                                + typed.unit().name()));
    }

    /** Saves and returns the project's id (a new project is the last one after saving). */
    private long projectIdAfterSave(
            long id, @Nullable Long projectId, long seen, PerformanceValidation v) {
        disclosures.saveProject(id, seen, projectId, v.project(), v.indicators());
        if (projectId != null) {
            return projectId;
        }
        List<StoredProject> all = disclosures.projects(id);
        return all.get(all.size() - 1).project().id();
    }

    private StoredProject storedOrThrow(long id, long projectId, PerformanceWords words) {
        return disclosures.projects(id).stream()
                .filter(s -> s.project().id() == projectId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(words.notFound()));
    }
}
