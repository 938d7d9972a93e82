package gongkai.staff;

import io.swagger.v3.oas.annotations.Hidden;
import gongkai.account.CsrfGuard;
import gongkai.account.Role;
import gongkai.account.StaffUser;
import gongkai.audit.AuditEvent;
import gongkai.audit.AuditLog;
import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureService;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.DisclosureSummary;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import gongkai.validation.Finding;
import gongkai.validation.Location;
import gongkai.validation.Severity;
import gongkai.web.BadRequestException;
import gongkai.web.ForbiddenException;
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
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.ModelAndView;
import io.micronaut.views.View;

import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** The staff side: dashboard, editing a disclosure, submitting, reviewing. Ids come from the path. */
// A page for people, not part of the open API.
@Hidden
@Controller("/staff")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffController {

    /** A section longer than this is a pasted document, not a section: refuse it with a message. */
    static final int MAX_SECTION_CHARS = 100_000;

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final DisclosureCatalog catalog;
    private final DisclosureService disclosures;
    private final WorkflowService workflow;
    private final UnitService units;
    private final AuditLog audit;
    private final DraftFactory drafts;
    private final CsrfGuard csrf;

    StaffController(DisclosureCatalog catalog, DisclosureService disclosures, WorkflowService workflow, UnitService units,
                    AuditLog audit, DraftFactory drafts, CsrfGuard csrf) {
        this.csrf = csrf;
        this.catalog = catalog;
        this.disclosures = disclosures;
        this.workflow = workflow;
        this.units = units;
        this.audit = audit;
        this.drafts = drafts;
    }

    @Get
    @View("staff/dashboard")
    @Produces(MediaType.TEXT_HTML)
    StaffViews.DashboardModel dashboard(HttpRequest<?> request, Authentication authentication,
                                        @Nullable @QueryValue String status, @Nullable @QueryValue Integer page) {
        StaffUser user = StaffUser.of(authentication);
        DisclosureStatus wanted = parseStatus(status);
        int pageNo = page == null || page < 1 ? 1 : page;
        DisclosureCatalog.StaffView view = Scope.view(user);
        long total = catalog.countForStaff(view, wanted);
        List<StaffViews.DashboardRow> rows = catalog.forStaff(view, wanted, DASHBOARD_PAGE, (pageNo - 1) * DASHBOARD_PAGE).stream()
                .map(s -> new StaffViews.DashboardRow(s.id(), s.unitName(), s.fiscalYear(), s.revision(), s.status().label(),
                        "/staff/disclosures/" + s.id()))
                .toList();
        String unitName = user.unitId() == null ? null : units.byId(user.unitId()).map(Unit::name).orElse(null);
        String filter = wanted == null ? "" : "status=" + wanted.name() + "&";
        StaffViews.Paging paging = new StaffViews.Paging(total, pageNo,
                pageNo > 1 ? "/staff?" + filter + "page=" + (pageNo - 1) : null,
                (long) pageNo * DASHBOARD_PAGE < total ? "/staff?" + filter + "page=" + (pageNo + 1) : null,
                wanted == null ? null : wanted.label());
        return new StaffViews.DashboardModel(new StaffViews.Dashboard(user.username(), user.role().label(), unitName, rows,
                user.role() == Role.UNIT_EDITOR, LocalDate.now().getYear() - 1, csrf.token(request),
                user.role() != Role.UNIT_EDITOR, user.role() == Role.ADMIN, paging));
    }

    private static final int DASHBOARD_PAGE = 100;

    private static DisclosureStatus parseStatus(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DisclosureStatus.valueOf(status.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("未知的状态：" + status.strip() + "。");
        }
    }

    @Get("/disclosures/{id}")
    @View("staff/disclosure")
    @Produces(MediaType.TEXT_HTML)
    StaffViews.EditModel show(@PathVariable long id, @Nullable @QueryValue String saved, HttpRequest<?> request,
                              Authentication authentication) {
        StaffUser user = StaffUser.of(authentication);
        return new StaffViews.EditModel(page(request, user, id, saved == null ? null : "已保存。", null, null, null));
    }

    @Post(value = "/disclosures/{id}/profile", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveProfile(@PathVariable long id, @Body StaffViews.ProfileForm form, HttpRequest<?> request, Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        workflow.requireEdit(user, workflow.document(id));
        LocalDate reportDate = null;
        if (form.reportDate() != null && !form.reportDate().isBlank()) {
            try {
                reportDate = LocalDate.parse(form.reportDate().strip());
            } catch (DateTimeParseException e) {
                return render(request, user, id, null, "报送日期格式应为 2024-08-01。", null, HttpStatus.BAD_REQUEST);
            }
        }
        Disclosure.Profile profile = new Disclosure.Profile(clean(form.headOfUnit()), clean(form.headOfFinance()),
                clean(form.preparer()), reportDate, clean(form.contactPerson()), clean(form.contactPhone()));
        try {
            disclosures.updateProfile(id, form.version(), profile);
        } catch (DisclosureService.ConcurrentEditException e) {
            Disclosure.Profile theirs = e.current().profile();
            return render(request, user, id, null, "您打开页面后，此决算已被他人修改，您的修改未保存。请核对后重新提交。",
                    new StaffViews.Conflict(describe(profile), describe(theirs)), HttpStatus.CONFLICT);
        } catch (DisclosureService.NotEditableException e) {
            return render(request, user, id, null, e.getMessage(), null, HttpStatus.CONFLICT);
        }
        audit.record(user.username(), "SAVE", id, "基本信息");
        return HttpResponse.seeOther(URI.create("/staff/disclosures/" + id + "?saved=1"));
    }

    @Post(value = "/disclosures/{id}/sections/{position}", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> saveSection(@PathVariable long id, @PathVariable int position, @Body StaffViews.SectionSave form,
                                HttpRequest<?> request, Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = workflow.document(id);
        workflow.requireEdit(user, d);
        if (position < 0 || position >= d.sections().size()) {
            throw new BadRequestException("章节不存在。");
        }
        String title = form.title() == null || form.title().isBlank() ? d.sections().get(position).title() : form.title().strip();
        String body = form.body() == null ? "" : form.body().replace("\r\n", "\n");
        if (body.length() > MAX_SECTION_CHARS || title.length() > 500) {
            // Keep what was typed on the page, with the message next to the field.
            StaffViews.SectionForm typed = new StaffViews.SectionForm(position, title, body, body.length() > MAX_SECTION_CHARS
                    ? "正文过长（" + body.length() + " 字），每节最多 " + MAX_SECTION_CHARS + " 字；请拆分为多节或删减。"
                    : "标题最多 500 字。");
            return HttpResponse.status(HttpStatus.UNPROCESSABLE_ENTITY).body(new ModelAndView<>("staff/disclosure",
                    new StaffViews.EditModel(page(request, user, id, null, "本节未保存：请按提示修改。", null, typed))));
        }
        try {
            disclosures.updateSection(id, form.version(), position, title, body);
        } catch (DisclosureService.ConcurrentEditException e) {
            String theirs = workflow.document(id).sections().get(position).body();
            return render(request, user, id, null, "您打开页面后，此决算已被他人修改，您的修改未保存。请核对后重新提交。",
                    new StaffViews.Conflict(body, theirs), HttpStatus.CONFLICT);
        } catch (DisclosureService.NotEditableException e) {
            return render(request, user, id, null, e.getMessage(), null, HttpStatus.CONFLICT);
        }
        audit.record(user.username(), "SAVE", id, "章节：" + title);
        return HttpResponse.seeOther(URI.create("/staff/disclosures/" + id + "?saved=1#section-" + position));
    }

    @Post(value = "/disclosures/{id}/submit", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> submit(@PathVariable long id, @Body StaffViews.SubmitForm form, HttpRequest<?> request, Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        return step(request, user, id, () -> workflow.submit(user, id, form.explanation()));
    }

    @Post(value = "/disclosures/{id}/publish", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> publish(@PathVariable long id, @Body StaffViews.TokenForm form, HttpRequest<?> request,
                            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        return step(request, user, id, () -> workflow.publish(user, id));
    }

    @Post(value = "/disclosures/{id}/return", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> returnToEditor(@PathVariable long id, @Body StaffViews.ReturnForm form, HttpRequest<?> request, Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        return step(request, user, id, () -> workflow.returnToEditor(user, id, form.comment()));
    }

    /** Takes a publication off the public site (an administrator's decision, with its reason). */
    @Post(value = "/disclosures/{id}/withdraw", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> withdraw(@PathVariable long id, @Body StaffViews.WithdrawForm form, HttpRequest<?> request,
                             Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        return step(request, user, id, () -> workflow.withdraw(user, id, form.reason()));
    }

    /** Runs one workflow step: back to the page when done, or the page with the refusal's reason. */
    private HttpResponse<?> step(HttpRequest<?> request, StaffUser user, long id, Runnable step) {
        try {
            step.run();
        } catch (WorkflowService.RefusedException e) {
            return render(request, user, id, null, e.getMessage(), null, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        return HttpResponse.seeOther(URI.create("/staff/disclosures/" + id + "?saved=1"));
    }

    /** Starts a correction of a published disclosure: a new draft revision carrying the correction note. */
    @Post(value = "/disclosures/{id}/correct", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> correct(@PathVariable long id, @Body StaffViews.CorrectionForm form, HttpRequest<?> request,
                            Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        DisclosureDocument d = workflow.document(id);
        workflow.requireEdit(user, d);
        if (d.status() != DisclosureStatus.PUBLISHED) {
            return render(request, user, id, null, "只有已公开的决算可以更正。", null, HttpStatus.CONFLICT);
        }
        if (form.note() == null || form.note().isBlank()) {
            return render(request, user, id, null, "请写明更正说明（更正了什么、为什么）。", null, HttpStatus.UNPROCESSABLE_ENTITY);
        }
        Disclosure draft = drafts.correction(d, form.note().strip());
        audit.record(user.username(), "CORRECT", draft.id(), "更正第 " + d.revision() + " 版：" + form.note().strip());
        return HttpResponse.seeOther(URI.create("/staff/disclosures/" + draft.id()));
    }

    /** A blank disclosure with the standard outline, for the editor's unit and the given year. */
    @Post(value = "/disclosures", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(@Body StaffViews.CreateForm form, HttpRequest<?> request, Authentication authentication) {
        csrf.verify(request, form.csrfToken());
        StaffUser user = StaffUser.of(authentication);
        if (user.role() != Role.UNIT_EDITOR) {
            throw new ForbiddenException("只有单位填报员可以新建本单位的决算。");
        }
        int year = form.year() == null ? 0 : form.year();
        if (year < 2000 || year > LocalDate.now().getYear()) {
            throw new BadRequestException("年度应在 2000 到 " + LocalDate.now().getYear() + " 之间。");
        }
        DraftFactory.Start start;
        try {
            start = form.start() == null || form.start().isBlank() ? DraftFactory.Start.BLANK : DraftFactory.Start.valueOf(form.start());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("新建方式只能是空白、复制上年（清空金额）或复制上年（保留金额）。");
        }
        Disclosure created = drafts.create(user.unitId(), year, start);
        audit.record(user.username(), "CREATE", created.id(), year + "年度（" + switch (start) {
            case BLANK -> "空白";
            case COPY_CLEARED -> "复制上年，清空金额";
            case COPY_KEPT -> "复制上年，保留金额";
        } + "）");
        return HttpResponse.seeOther(URI.create("/staff/disclosures/" + created.id()));
    }

    private HttpResponse<?> render(HttpRequest<?> request, StaffUser user, long id, @Nullable String message,
                                   @Nullable String error, @Nullable StaffViews.Conflict conflict, HttpStatus status) {
        return HttpResponse.status(status).body(new ModelAndView<>("staff/disclosure",
                new StaffViews.EditModel(page(request, user, id, message, error, conflict, null))));
    }

    private StaffViews.EditPage page(HttpRequest<?> request, StaffUser user, long id, @Nullable String message, @Nullable String error,
                                     @Nullable StaffViews.Conflict conflict, @Nullable StaffViews.SectionForm typed) {
        DisclosureDocument d = workflow.visible(user, id);
        Unit unit = units.byId(d.unit().id()).orElseThrow();
        boolean editable = Scope.canEdit(user, unit)
                && (d.status() == DisclosureStatus.DRAFT || d.status() == DisclosureStatus.RETURNED);
        List<Finding> findings = workflow.findings(d);
        Disclosure stored = disclosures.byId(id).orElseThrow();
        Disclosure.Profile p = d.profile();
        StaffViews.ProfileForm profile = new StaffViews.ProfileForm(null, Objects.requireNonNullElse(stored.version(), 0L),
                p.headOfUnit(), p.headOfFinance(), p.preparer(), p.reportDate() == null ? null : p.reportDate().toString(),
                p.contactPerson(), p.contactPhone());
        List<StaffViews.SectionForm> sections = new ArrayList<>();
        for (int i = 0; i < d.sections().size(); i++) {
            DisclosureDocument.SectionView view = d.sections().get(i);
            StaffViews.SectionForm form = typed != null && typed.position() == i ? typed
                    : new StaffViews.SectionForm(i, view.title(), view.body(), null);
            // A narrative figure that disagrees with a table points at its section (by key or title): show it there too.
            sections.add(form.withFindings(findings.stream().filter(f -> f.location().section() != null
                            && (f.location().section().equals(view.key()) || f.location().section().equals(view.title())))
                    .map(StaffController::line).toList()));
        }
        List<StaffViews.FindingLine> lines = findings.stream().map(StaffController::line).toList();
        List<StaffViews.AuditLine> trail = audit.forDisclosure(id).stream().map(StaffController::auditLine).toList();
        return new StaffViews.EditPage(id, d.unit().name() + " " + d.fiscalYear() + "年度部门决算（第 " + d.revision() + " 版）",
                d.status().label(), profile.version(), editable, editable,
                Scope.canReview(user, unit) && d.status() == DisclosureStatus.SUBMITTED,
                stored.reviewComment(), stored.warningExplanation(), profile, tableLinks(d), sections, lines,
                findings.stream().filter(f -> f.severity() == Severity.ERROR).count(),
                findings.stream().filter(f -> f.severity() == Severity.WARNING).count(), trail, message, error, conflict,
                "/disclosures/" + id, csrf.token(request),
                Scope.canEdit(user, unit) && d.status() == DisclosureStatus.PUBLISHED,
                "/staff/disclosures/" + id + "/performance", d.projects().size(),
                user.isAdmin() && d.status() == DisclosureStatus.PUBLISHED);
    }

    /** Every editable standard table, with how many rows it has now. */
    private static List<StaffViews.TableLink> tableLinks(DisclosureDocument d) {
        List<StaffViews.TableLink> links = new ArrayList<>();
        for (gongkai.disclosure.StandardTable kind : gongkai.disclosure.StandardTable.values()) {
            if (kind == gongkai.disclosure.StandardTable.PROSE) {
                continue;
            }
            int rows = d.tables().stream().filter(t -> t.kind() == kind).mapToInt(t -> t.rows().size()).sum();
            links.add(new StaffViews.TableLink(kind.label() + " " + kind.title(),
                    "/staff/disclosures/" + d.id() + "/tables/" + kind.name(), rows));
        }
        return links;
    }

    private static StaffViews.FindingLine line(Finding f) {
        Location l = f.location();
        List<String> where = new ArrayList<>();
        if (l.table() != null) {
            where.add(l.table());
        }
        if (l.rowCode() != null) {
            where.add("行 " + l.rowCode());
        }
        if (l.column() != null) {
            where.add("列 " + l.column());
        }
        if (l.section() != null) {
            where.add("章节 " + l.section());
        }
        return new StaffViews.FindingLine(f.severity() == Severity.ERROR ? "错误" : "提示", f.severity() == Severity.ERROR,
                f.ruleId(), String.join("，", where), f.message());
    }

    private static StaffViews.AuditLine auditLine(AuditEvent e) {
        return new StaffViews.AuditLine(e.occurredAt() == null ? "" : WHEN.format(e.occurredAt()), e.username(),
                actionLabel(e.action()), e.detail());
    }

    static String actionLabel(String action) {
        return switch (action) {
            case "SAVE" -> "保存";
            case "SUBMIT" -> "提交审核";
            case "RETURN" -> "退回修改";
            case "PUBLISH" -> "公开";
            case "CREATE" -> "新建";
            case "IMPORT" -> "导入";
            case "IMPORT_PUBLISHED" -> "导入并直接公开";
            case "CORRECT" -> "发起更正";
            case "WITHDRAW" -> "撤回公开";
            default -> action;
        };
    }

    private static String describe(Disclosure.Profile p) {
        return "单位负责人：" + nz(p.headOfUnit()) + "；财务负责人：" + nz(p.headOfFinance()) + "；编制人：" + nz(p.preparer())
                + "；报送日期：" + (p.reportDate() == null ? "" : p.reportDate()) + "；联系人：" + nz(p.contactPerson())
                + "；联系电话：" + nz(p.contactPhone());
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static @Nullable String clean(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
