package gongkai.staff;

import io.swagger.v3.oas.annotations.Hidden;
import gongkai.account.CsrfGuard;
import gongkai.account.StaffUser;
import gongkai.audit.AuditLog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.PerformanceIndicator;
import gongkai.disclosure.PerformanceProject;
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

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code /staff/disclosures/{id}/performance}: the 项目支出绩效自评 projects (and the 部门整体支出绩效自评)
 * of a disclosure: list, add, edit with their indicators, delete. Same rules as the other edits: the
 * disclosure's version guards against stale saves, bad fields get a message next to them and
 * everything typed is shown again, and consistency notes (执行率, 得分 ≤ 分值 …) sit next to the fields.
 */
// A staff page, not part of the open API.
@Hidden
@Controller("/staff/disclosures/{id}/performance")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class PerformanceController {

    private static final String STALE = "您打开页面后，此决算已被他人修改，您的修改未保存（下方仍是您填写的内容）。请核对后重新提交。";

    private final WorkflowService workflow;
    private final DisclosureService disclosures;
    private final AuditLog audit;
    private final CsrfGuard csrf;

    PerformanceController(WorkflowService workflow, DisclosureService disclosures, AuditLog audit, CsrfGuard csrf) {
        this.workflow = workflow;
        this.disclosures = disclosures;
        this.audit = audit;
        this.csrf = csrf;
    }

    /** One form field: name, label, typed value, a message for bad input, a consistency note. */
    @Serdeable
    record Field(String name, String label, String value, @Nullable String error, @Nullable String note) {
    }

    @Serdeable
    record IndicatorRow(int index, List<Field> cells) {
    }

    @Serdeable
    record ProjectLine(long id, String kindLabel, String name, String annualBudget, String executed, String rate,
                       String score, int indicators, List<String> notes, String href) {
    }

    @Serdeable
    record ListPage(long id, String heading, String backHref, String newHref, List<ProjectLine> projects, boolean editable,
                    @Nullable String message, @Nullable String error, String csrfToken, long version) {
    }

    @Serdeable
    record ListModel(ListPage page) {
    }

    @Serdeable
    record FormPage(long id, String heading, String backHref, String listHref, String action, @Nullable String deleteAction,
                    long version, String unit, String kind, List<Field> texts, List<Field> amounts, List<Field> scores,
                    List<Field> goals, List<IndicatorRow> indicators, int indicatorCount, List<String> indicatorLabels,
                    boolean editable, @Nullable String message, @Nullable String error,
                    @Nullable StaffViews.Conflict conflict, String csrfToken) {
    }

    @Serdeable
    record FormModel(FormPage page) {
    }

    @Get
    HttpResponse<?> list(@PathVariable long id, @Nullable @QueryValue String saved, HttpRequest<?> request,
                         Authentication authentication) {
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = workflow.visible(user, id);
        List<ProjectLine> lines = new ArrayList<>();
        for (DisclosureService.StoredProject s : disclosures.projects(id)) {
            PerformanceProject p = s.project();
            lines.add(new ProjectLine(p.id(), kindLabel(p.kind()), p.name(), wan(p.annualBudget()), wan(p.executed()),
                    p.executionRate() == null ? "" : p.executionRate().stripTrailingZeros().toPlainString() + "%",
                    p.totalScore() == null ? "" : p.totalScore().stripTrailingZeros().toPlainString(), s.indicators().size(),
                    List.copyOf(PerformanceForm.checks(p, s.indicators()).values()),
                    "/staff/disclosures/" + id + "/performance/" + p.id()));
        }
        return HttpResponse.ok(new ModelAndView<>("staff/performance-list", new ListModel(new ListPage(id, heading(d),
                "/staff/disclosures/" + id, "/staff/disclosures/" + id + "/performance/new", lines, editable(user, d),
                saved == null ? null : "已保存。", null, csrf.token(request), version(id)))));
    }

    @Get("/new")
    HttpResponse<?> blank(@PathVariable long id, HttpRequest<?> request, Authentication authentication) {
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = workflow.visible(user, id);
        workflow.requireEdit(user, d);
        return form(request, user, d, null, PerformanceForm.blank(), Map.of(), Map.of(), null, null, null, HttpStatus.OK);
    }

    @Get("/{projectId}")
    HttpResponse<?> edit(@PathVariable long id, @PathVariable long projectId, @Nullable @QueryValue String saved,
                         @Nullable @QueryValue String unit, HttpRequest<?> request, Authentication authentication) {
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = workflow.visible(user, id);
        DisclosureService.StoredProject stored = stored(id, projectId);
        MoneyUnit display = unit == null ? PerformanceForm.defaultUnit(stored) : "YUAN".equals(unit) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
        return form(request, user, d, projectId, PerformanceForm.of(stored, display), Map.of(),
                PerformanceForm.checks(stored.project(), stored.indicators()), saved == null ? null : "已保存。", null, null,
                HttpStatus.OK);
    }

    @Post(value = "/new", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@PathVariable long id, @Body Map<String, String> form, HttpRequest<?> request,
                           Authentication authentication) {
        return save(id, null, form, request, authentication);
    }

    @Post(value = "/{projectId}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> update(@PathVariable long id, @PathVariable long projectId, @Body Map<String, String> form,
                           HttpRequest<?> request, Authentication authentication) {
        return save(id, projectId, form, request, authentication);
    }

    @Post(value = "/{projectId}/delete", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> delete(@PathVariable long id, @PathVariable long projectId, @Body Map<String, String> form,
                           HttpRequest<?> request, Authentication authentication) {
        csrf.verify(request, form.get("csrfToken"));
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = workflow.visible(user, id);
        workflow.requireEdit(user, d);
        DisclosureService.StoredProject stored = stored(id, projectId);
        try {
            disclosures.deleteProject(id, version(form), projectId);
        } catch (DisclosureService.ConcurrentEditException e) {
            return form(request, user, workflow.document(id), projectId, PerformanceForm.of(stored, PerformanceForm.defaultUnit(stored)),
                    Map.of(), Map.of(), null, "您打开页面后，此决算已被他人修改，项目未删除。请核对后再操作。", null, HttpStatus.CONFLICT);
        } catch (DisclosureService.NotEditableException e) {
            return form(request, user, d, projectId, PerformanceForm.of(stored, PerformanceForm.defaultUnit(stored)), Map.of(), Map.of(), null,
                    e.getMessage(), null, HttpStatus.CONFLICT);
        }
        audit.record(user.username(), "SAVE", id, "删除绩效自评：" + stored.project().name());
        return HttpResponse.seeOther(URI.create("/staff/disclosures/" + id + "/performance?saved=1"));
    }

    private HttpResponse<?> save(long id, @Nullable Long projectId, Map<String, String> form, HttpRequest<?> request,
                                 Authentication authentication) {
        csrf.verify(request, form.get("csrfToken"));
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = workflow.visible(user, id);
        workflow.requireEdit(user, d);
        if (projectId != null) {
            stored(id, projectId);
        }
        PerformanceForm typed = PerformanceForm.parse(form);
        PerformanceForm.Validation validation = typed.validate();
        if (!validation.ok()) {
            return form(request, user, d, projectId, typed, validation.errors(), Map.of(), null,
                    "有 " + validation.errors().size() + " 处填写有误，未保存；请按提示改正。", null, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        if (form.containsKey("addIndicator")) {
            // Adding an indicator row only shows the form again with a blank row; nothing is saved yet.
            return form(request, user, d, projectId, typed.withBlankIndicator(), Map.of(), Map.of(), "已添加一行指标，填写后请保存。", null, null,
                    HttpStatus.OK);
        }
        long seen = version(form);
        long newId;
        try {
            newId = projectIdAfterSave(id, projectId, seen, validation);
        } catch (DisclosureService.ConcurrentEditException e) {
            String theirs = projectId == null ? "（新项目，尚无保存的版本）"
                    : disclosures.projects(id).stream().filter(s -> s.project().id().equals(projectId)).findFirst()
                    .map(PerformanceController::describe).orElse("（该项目已被他人删除）");
            return form(request, user, workflow.document(id), projectId, typed, Map.of(), Map.of(), null, STALE,
                    new StaffViews.Conflict(describe(validation.project(), validation.indicators()), theirs), HttpStatus.CONFLICT);
        } catch (DisclosureService.NotEditableException e) {
            return form(request, user, d, projectId, typed, Map.of(), Map.of(), null, e.getMessage(), null, HttpStatus.CONFLICT);
        }
        audit.record(user.username(), "SAVE", id, "绩效自评：" + validation.project().name());
        return HttpResponse.seeOther(URI.create("/staff/disclosures/" + id + "/performance/" + newId + "?saved=1&unit="
                + typed.unit().name()));
    }

    /** Saves and returns the project's id (a new project is the last one after saving). */
    private long projectIdAfterSave(long id, @Nullable Long projectId, long seen, PerformanceForm.Validation v) {
        disclosures.saveProject(id, seen, projectId, v.project(), v.indicators());
        if (projectId != null) {
            return projectId;
        }
        List<DisclosureService.StoredProject> all = disclosures.projects(id);
        return all.get(all.size() - 1).project().id();
    }

    private HttpResponse<?> form(HttpRequest<?> request, StaffUser user, DisclosureDocument d, @Nullable Long projectId,
                                 PerformanceForm form, Map<String, String> errors, Map<String, String> notes,
                                 @Nullable String message, @Nullable String error, @Nullable StaffViews.Conflict conflict,
                                 HttpStatus status) {
        long id = d.id();
        List<Field> texts = List.of(field(form, "name", "项目名称", errors, notes), field(form, "department", "主管部门", errors, notes),
                field(form, "implementer", "实施单位", errors, notes));
        List<Field> amounts = PerformanceForm.AMOUNTS.entrySet().stream()
                .map(e -> field(form, e.getKey(), e.getValue(), errors, notes)).toList();
        List<Field> scores = PerformanceForm.SCORES.entrySet().stream()
                .map(e -> field(form, e.getKey(), e.getValue(), errors, notes)).toList();
        List<Field> goals = List.of(field(form, "goalPlanned", "年度总体目标（预期目标）", errors, notes),
                field(form, "goalActual", "实际完成情况", errors, notes), field(form, "summary", "自评说明", errors, notes));
        List<IndicatorRow> rows = new ArrayList<>();
        for (int i = 0; i < form.indicators().size(); i++) {
            PerformanceForm.IndicatorInput in = form.indicators().get(i);
            List<Field> cells = new ArrayList<>();
            int c = 0;
            for (String f : PerformanceForm.INDICATOR_FIELDS) {
                String key = "ind_" + i + "_" + f;
                cells.add(new Field(key, INDICATOR_LABELS.get(c++), in.get(f), errors.get(key), notes.get(key)));
            }
            rows.add(new IndicatorRow(i, cells));
        }
        String base = "/staff/disclosures/" + id + "/performance";
        FormPage page = new FormPage(id, heading(d), "/staff/disclosures/" + id, base,
                projectId == null ? base + "/new" : base + "/" + projectId,
                projectId == null ? null : base + "/" + projectId + "/delete", version(id), form.unit().name(), form.kind().name(),
                texts, amounts, scores, goals, rows, rows.size(), INDICATOR_LABELS, editable(user, d), message, error, conflict,
                csrf.token(request));
        return HttpResponse.status(status).body(new ModelAndView<>("staff/performance", new FormModel(page)));
    }

    private static final List<String> INDICATOR_LABELS = List.of("一级指标", "二级指标", "三级指标", "指标性质", "方向",
            "年度指标值", "实际完成值", "计量单位", "分值", "得分", "偏差原因分析及改进措施");

    private static Field field(PerformanceForm form, String key, String label, Map<String, String> errors, Map<String, String> notes) {
        return new Field(key, label, form.get(key), errors.get(key), notes.get(key));
    }

    private DisclosureService.StoredProject stored(long id, long projectId) {
        return disclosures.projects(id).stream().filter(s -> s.project().id() == projectId).findFirst()
                .orElseThrow(() -> new NotFoundException("该绩效自评项目不存在。"));
    }

    private boolean editable(StaffUser user, DisclosureDocument d) {
        return Scope.canEdit(user, workflow.unitOf(d))
                && (d.status() == DisclosureStatus.DRAFT || d.status() == DisclosureStatus.RETURNED);
    }

    private long version(long id) {
        return disclosures.byId(id).map(x -> Objects.requireNonNullElse(x.version(), 0L)).orElse(0L);
    }

    private static long version(Map<String, String> form) {
        try {
            return Long.parseLong(form.getOrDefault("version", "-1").strip());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String heading(DisclosureDocument d) {
        return d.unit().name() + " " + d.fiscalYear() + "年度（第 " + d.revision() + " 版）";
    }

    private static String kindLabel(PerformanceProject.Kind kind) {
        return kind == PerformanceProject.Kind.OVERALL ? "部门整体支出绩效自评" : "项目支出绩效自评";
    }

    private static String wan(@Nullable BigDecimal yuan) {
        return yuan == null ? "" : yuan.movePointLeft(4).setScale(2, RoundingMode.HALF_UP).toPlainString();
    }

    private static String describe(DisclosureService.StoredProject s) {
        return describe(s.project(), s.indicators());
    }

    /** A plain-text rendering of a project, to put the editor's and the stored version side by side. */
    static String describe(PerformanceProject p, List<PerformanceIndicator> indicators) {
        StringBuilder b = new StringBuilder();
        b.append("项目名称：").append(p.name()).append('\n')
                .append("主管部门：").append(nz(p.department())).append("；实施单位：").append(nz(p.implementer())).append('\n')
                .append("年初预算数：").append(wan(p.initialBudget())).append(" 万元；全年预算数：").append(wan(p.annualBudget()))
                .append(" 万元；全年执行数：").append(wan(p.executed())).append(" 万元\n")
                .append("执行率：").append(plain(p.executionRate())).append("%；分值：").append(plain(p.executionWeight()))
                .append("；得分：").append(plain(p.executionScore())).append("；总得分：").append(plain(p.totalScore())).append('\n')
                .append("预期目标：").append(nz(p.goalPlanned())).append('\n')
                .append("实际完成：").append(nz(p.goalActual())).append('\n');
        for (PerformanceIndicator i : indicators) {
            b.append("指标：").append(nz(i.level1())).append(" / ").append(nz(i.level2())).append(" / ").append(i.name())
                    .append("：指标值 ").append(nz(i.targetValue())).append("，完成值 ").append(nz(i.actualValue()))
                    .append("，分值 ").append(plain(i.weight())).append("，得分 ").append(plain(i.score())).append('\n');
        }
        return b.toString();
    }

    private static String plain(@Nullable BigDecimal v) {
        return v == null ? "" : v.stripTrailingZeros().toPlainString();
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }
}
