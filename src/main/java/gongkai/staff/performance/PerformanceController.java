package gongkai.staff.performance;

import gongkai.account.CsrfGuard;
import gongkai.account.StaffUser;
import gongkai.audit.AuditAction;
import gongkai.audit.AuditLog;
import gongkai.disclosure.ConcurrentEditException;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.NotEditableException;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.StoredProject;
import gongkai.staff.WorkflowService;
import gongkai.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.net.URI;
import java.util.Objects;

/**
 * {@code /staff/disclosures/{id}/performance}: the 项目支出绩效自评 projects (and the 部门整体支出绩效自评) of a
 * disclosure, or a budget's 绩效目标 ({@link PerformanceWords}): list, add, edit with their indicators,
 * delete. Same rules as the other edits: the disclosure's version guards against stale saves, bad
 * fields get a message next to them and everything typed is shown again, and consistency notes
 * (执行率, 得分 ≤ 分值 …) sit next to the fields. As in the table editor, the amounts are read in the unit
 * they are shown in: switching the unit converts them on screen ({@link PerformanceSave}), and a
 * save that rescales them ~10,000-fold asks first.
 */
// A staff page, not part of the open API.
@Hidden
@Controller("/staff/disclosures/{id}/performance")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PerformanceController {

    static final String NOT_IN_WAN = "有金额以万元表示会超过两位小数，不能换算为万元，仍以元显示和填写。";

    private final WorkflowService workflow;
    private final DisclosureService disclosures;
    private final PerformancePages pages;
    private final PerformanceListPage lists;
    private final PerformanceSave saves;
    private final AuditLog audit;
    private final CsrfGuard csrf;

    PerformanceController(
            WorkflowService workflow,
            DisclosureService disclosures,
            PerformancePages pages,
            PerformanceListPage lists,
            PerformanceSave saves,
            AuditLog audit,
            CsrfGuard csrf) {
        this.workflow = workflow;
        this.disclosures = disclosures;
        this.pages = pages;
        this.lists = lists;
        this.saves = saves;
        this.audit = audit;
        this.csrf = csrf;
    }

    /** The delete button's form: a fixed field set, bound as a record. */
    @Serdeable
    record DeleteForm(@Nullable String csrfToken, @Nullable Long version) {}

    @Get
    HttpResponse<?> list(
            @PathVariable long id,
            @Nullable @QueryValue String saved,
            HttpRequest<?> request,
            Authentication authentication) {
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = workflow.visible(user, id);
        return HttpResponse.ok(
                new ModelAndView<>(
                        "staff/performance-list",
                        lists.list(request, user, d, saved == null ? null : "已保存。")));
    }

    @Get("/new")
    HttpResponse<?> blank(
            @PathVariable long id, HttpRequest<?> request, Authentication authentication) {
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = workflow.visible(user, id);
        workflow.requireEdit(user, d);
        return render(
                pages.form(
                        request,
                        user,
                        d,
                        null,
                        null,
                        PerformancePages.Shown.of(
                                PerformanceFormStart.blank().restrictedTo(PerformanceWords.of(d)))),
                HttpStatus.OK);
    }

    @Get("/{projectId}")
    HttpResponse<?> edit(
            @PathVariable long id,
            @PathVariable long projectId,
            @Nullable @QueryValue String saved,
            @Nullable @QueryValue String unit,
            HttpRequest<?> request,
            Authentication authentication) {
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = workflow.visible(user, id);
        PerformanceWords words = PerformanceWords.of(d);
        StoredProject stored = stored(id, projectId, words);
        MoneyUnit display =
                unit == null
                        ? PerformanceForm.defaultUnit(stored)
                        : "YUAN".equalsIgnoreCase(unit) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
        String message = saved == null ? null : "已保存。";
        if (!PerformanceForm.exactIn(stored, display)) {
            // An address asking for 万元 where an amount would need more decimals stays in 元, and
            // says so.
            display = MoneyUnit.YUAN;
            message = NOT_IN_WAN;
        }
        PerformancePages.Shown shown =
                PerformancePages.Shown.of(
                                PerformanceFormStart.of(stored, display).restrictedTo(words))
                        .notes(PerformanceChecks.of(stored.project(), stored.indicators(), words))
                        .message(message);
        return render(pages.form(request, user, d, projectId, null, shown), HttpStatus.OK);
    }

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(
            @PathVariable long id,
            @Body PerformanceFields form,
            HttpRequest<?> request,
            Authentication authentication) {
        return saves.save(
                id,
                null,
                PerformanceSave.Posted.of(form.fields()),
                PerformanceForm.parse(form.fields()),
                request,
                authentication);
    }

    @Post(value = "/{projectId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(
            @PathVariable long id,
            @PathVariable long projectId,
            @Body PerformanceFields form,
            HttpRequest<?> request,
            Authentication authentication) {
        return saves.save(
                id,
                projectId,
                PerformanceSave.Posted.of(form.fields()),
                PerformanceForm.parse(form.fields()),
                request,
                authentication);
    }

    @Post(value = "/{projectId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(
            @PathVariable long id,
            @PathVariable long projectId,
            @Body DeleteForm form,
            HttpRequest<?> request,
            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = workflow.visible(user, id);
        workflow.requireEdit(user, d);
        PerformanceWords words = PerformanceWords.of(d);
        StoredProject stored = stored(id, projectId, words);
        PerformancePages.Shown shown =
                PerformancePages.Shown.of(
                        PerformanceFormStart.of(stored, PerformanceForm.defaultUnit(stored))
                                .restrictedTo(words));
        try {
            disclosures.deleteProject(
                    id, Objects.requireNonNullElse(form.version(), -1L), projectId);
        } catch (ConcurrentEditException e) {
            return render(
                    pages.form(
                            request,
                            user,
                            workflow.document(id),
                            projectId,
                            null,
                            shown.error("您打开页面后，此" + words.document() + "已被他人修改，项目未删除。请核对后再操作。")),
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
                "删除" + words.noun() + "：" + stored.project().name());
        return HttpResponse.seeOther(
                URI.create("/staff/disclosures/" + id + "/performance?saved=1"));
    }

    static HttpResponse<?> render(PerformancePages.FormModel model, HttpStatus status) {
        return HttpResponse.status(status).body(new ModelAndView<>("staff/performance", model));
    }

    private StoredProject stored(long id, long projectId, PerformanceWords words) {
        return disclosures.projects(id).stream()
                .filter(s -> s.project().id() == projectId)
                .findFirst()
                .orElseThrow(() -> new NotFoundException(words.notFound()));
    }

    /** The sum of a project's amounts in 元, to spot a save in the wrong unit. */
    static BigDecimal fundsSum(PerformanceProject p) {
        return PerformanceForm.amounts(p).stream()
                .filter(Objects::nonNull)
                .map(BigDecimal::abs)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
