package gongkai.staff;

import gongkai.account.CsrfGuard;
import gongkai.account.Role;
import gongkai.account.StaffUser;
import gongkai.audit.AuditAction;
import gongkai.audit.AuditLog;
import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureStatus;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import gongkai.web.BadRequestException;
import gongkai.web.ForbiddenException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * The staff start page: the dashboard of the disclosures the user may see, and starting a new one
 * (blank, copied from last year, or imported). Editing is DisclosureEditController's, the workflow
 * steps WorkflowController's.
 */
// A page for people, not part of the open API.
@Hidden
@Controller("/staff")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class StaffController {

    private final DisclosureCatalog catalog;
    private final UnitService units;
    private final AuditLog audit;
    private final DraftFactory drafts;
    private final CsrfGuard csrf;

    StaffController(
            DisclosureCatalog catalog,
            UnitService units,
            AuditLog audit,
            DraftFactory drafts,
            CsrfGuard csrf) {
        this.csrf = csrf;
        this.catalog = catalog;
        this.units = units;
        this.audit = audit;
        this.drafts = drafts;
    }

    @Get
    @View("staff/dashboard")
    @Produces(MediaType.TEXT_HTML)
    StaffViews.DashboardModel dashboard(
            HttpRequest<?> request,
            Authentication authentication,
            @Nullable @QueryValue String status,
            @Nullable @QueryValue Integer page,
            @Nullable @QueryValue String done) {
        StaffUser user = StaffUser.of(authentication);
        boolean reviewer = user.role() == Role.REVIEWER;
        // A reviewer's home is the queue of what waits for review, not a list mixing drafts.
        DisclosureStatus wanted =
                reviewer && (status == null || status.isBlank())
                        ? DisclosureStatus.SUBMITTED
                        : parseStatus(status);
        int pageNo = page == null || page < 1 ? 1 : page;
        DisclosureCatalog.StaffView view = Scope.view(user);
        List<StaffViews.QueueTab> queue =
                user.role() == Role.UNIT_EDITOR
                        ? List.of()
                        : QUEUE.stream()
                                .map(
                                        q ->
                                                new StaffViews.QueueTab(
                                                        q == DisclosureStatus.SUBMITTED
                                                                ? "待审核"
                                                                : q.label(),
                                                        "/staff?status=" + q.name(),
                                                        catalog.countForStaff(view, q),
                                                        q == wanted))
                                .toList();
        long total = catalog.countForStaff(view, wanted);
        List<StaffViews.DashboardRow> rows =
                catalog
                        .forStaff(view, wanted, DASHBOARD_PAGE, (pageNo - 1) * DASHBOARD_PAGE)
                        .stream()
                        .map(
                                s ->
                                        new StaffViews.DashboardRow(
                                                s.id(),
                                                s.unitName(),
                                                s.fiscalYear(),
                                                s.revision(),
                                                s.status().label(),
                                                "/staff/disclosures/" + s.id()))
                        .toList();
        String unitName =
                user.unitId() == null
                        ? null
                        : units.byId(user.unitId()).map(Unit::name).orElse(null);
        String filter = wanted == null ? "" : "status=" + wanted.name() + "&";
        StaffViews.Paging paging =
                new StaffViews.Paging(
                        total,
                        pageNo,
                        pageNo > 1 ? "/staff?" + filter + "page=" + (pageNo - 1) : null,
                        (long) pageNo * DASHBOARD_PAGE < total
                                ? "/staff?" + filter + "page=" + (pageNo + 1)
                                : null,
                        wanted == null ? null : wanted.label());
        return new StaffViews.DashboardModel(
                new StaffViews.Dashboard(
                        user.username(),
                        user.role().label(),
                        unitName,
                        rows,
                        user.role() == Role.UNIT_EDITOR,
                        LocalDate.now().getYear() - 1,
                        csrf.token(request),
                        user.role() != Role.UNIT_EDITOR,
                        user.role() == Role.ADMIN,
                        paging,
                        switch (user.role()) {
                            case UNIT_EDITOR -> "本单位决算填报";
                            case REVIEWER -> "审核工作台";
                            default -> "决算填报与审核";
                        },
                        queue,
                        Done.messageOf(done)));
    }

    /** The reviewer's queue, in the order of the work. */
    private static final List<DisclosureStatus> QUEUE =
            List.of(
                    DisclosureStatus.SUBMITTED,
                    DisclosureStatus.RETURNED,
                    DisclosureStatus.PUBLISHED);

    private static final int DASHBOARD_PAGE = 100;

    private static DisclosureStatus parseStatus(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return null;
        }
        try {
            return DisclosureStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("未知的状态：" + status.strip() + "。");
        }
    }

    /** A blank disclosure with the standard outline, for the editor's unit and the given year. */
    @Post(value = "/disclosures", consumes = MediaType.APPLICATION_FORM_URLENCODED)
    HttpResponse<?> create(
            @Body StaffViews.CreateForm form,
            HttpRequest<?> request,
            Authentication authentication) {
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
            start =
                    form.start() == null || form.start().isBlank()
                            ? DraftFactory.Start.BLANK
                            : DraftFactory.Start.valueOf(form.start());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("新建方式只能是空白、复制上年（清空金额）或复制上年（保留金额）。");
        }
        DisclosureKind kind =
                form.kind() == null || form.kind().isBlank()
                        ? DisclosureKind.FINAL_ACCOUNTS
                        : DisclosureKind.parse(form.kind())
                                .orElseThrow(() -> new BadRequestException("公开类别只能是部门决算或部门预算。"));
        Disclosure created = drafts.create(user.unitId(), year, start, kind);
        audit.record(
                user.username(),
                AuditAction.CREATE,
                created.id(),
                year
                        + "年度"
                        + kind.label()
                        + "（"
                        + switch (start) {
                            case BLANK -> "空白";
                            case COPY_CLEARED -> "复制" + (year - 1) + "年度，清空金额";
                            case COPY_KEPT -> "复制" + (year - 1) + "年度，保留金额";
                        }
                        + "）");
        return HttpResponse.seeOther(
                URI.create(
                        "/staff/disclosures/"
                                + created.id()
                                + "?done="
                                + (start == DraftFactory.Start.BLANK ? Done.CREATED : Done.COPIED)
                                        .param()));
    }
}
