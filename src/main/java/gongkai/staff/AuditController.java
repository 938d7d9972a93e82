package gongkai.staff;

import gongkai.account.Role;
import gongkai.account.StaffUser;
import gongkai.audit.AuditAction;
import gongkai.audit.AuditEntry;
import gongkai.audit.AuditLog;
import gongkai.audit.AuditQuery;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import gongkai.web.BadRequestException;
import gongkai.web.ForbiddenException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /staff/audit}: the audit trail with filters (who, what, unit, disclosure, dates) and
 * paging. Administrators see every event; a reviewer only the events about units in its scope;
 * editors have the trail of each disclosure on its own page instead.
 */
// A staff page, not part of the open API.
@Hidden
@Controller("/staff/audit")
// Checked in the handler: a role refusal by @Secured on an HTML page rendered as a 500.
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

    static final int PAGE_SIZE = 50;
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(CHINA);

    private final AuditLog audit;
    private final UnitService units;

    AuditController(AuditLog audit, UnitService units) {
        this.audit = audit;
        this.units = units;
    }

    @Serdeable
    record Line(
            String when,
            String who,
            String action,
            @Nullable String unitName,
            @Nullable String disclosure,
            @Nullable String disclosureHref,
            @Nullable String detail) {}

    @Serdeable
    record Choice(String value, String label, boolean selected) {}

    @Serdeable
    record Filters(
            String user, String action, String unit, String disclosure, String from, String to) {}

    @Serdeable
    record AuditPage(
            List<Line> events,
            Filters filters,
            List<Choice> actions,
            List<Choice> units,
            int page,
            @Nullable String previousHref,
            @Nullable String nextHref,
            boolean everything) {}

    @Serdeable
    record Model(AuditPage page) {}

    @Get
    @View("staff/audit")
    @Produces(MediaType.TEXT_HTML)
    Model list(
            @Nullable @QueryValue String user,
            @Nullable @QueryValue String action,
            @Nullable @QueryValue String unit,
            @Nullable @QueryValue String disclosure,
            @Nullable @QueryValue String from,
            @Nullable @QueryValue String to,
            @Nullable @QueryValue Integer page,
            Authentication authentication) {
        StaffUser staff = StaffUser.of(authentication);
        if (staff.role() == Role.UNIT_EDITOR) {
            throw new ForbiddenException("操作记录只对审核员和管理员开放；本单位决算的记录见各决算页面。");
        }
        List<Unit> visible = units.all().stream().filter(u -> Scope.canReview(staff, u)).toList();
        List<Long> scope =
                staff.role() == Role.ADMIN ? null : visible.stream().map(Unit::id).toList();
        int pageNo = page == null || page < 1 ? 1 : Math.min(page, 100_000);
        Filters filters =
                new Filters(nz(user), nz(action), nz(unit), nz(disclosure), nz(from), nz(to));
        AuditQuery query =
                new AuditQuery(
                        blank(user),
                        blank(action),
                        id(disclosure, "决算编号"),
                        id(unit, "单位"),
                        day(from, 0),
                        day(to, 1),
                        scope);
        List<AuditEntry> rows = audit.search(query, PAGE_SIZE, (pageNo - 1) * PAGE_SIZE);
        boolean more = rows.size() > PAGE_SIZE;
        List<Line> lines = rows.stream().limit(PAGE_SIZE).map(AuditController::line).toList();
        List<Choice> actions = new ArrayList<>();
        actions.add(new Choice("", "（全部）", filters.action().isEmpty()));
        for (String a : audit.actions()) {
            actions.add(new Choice(a, label(a), a.equals(filters.action())));
        }
        List<Choice> unitChoices = new ArrayList<>();
        unitChoices.add(new Choice("", "（全部）", filters.unit().isEmpty()));
        visible.forEach(
                u ->
                        unitChoices.add(
                                new Choice(
                                        u.id().toString(),
                                        u.name(),
                                        u.id().toString().equals(filters.unit()))));
        return new Model(
                new AuditPage(
                        lines,
                        filters,
                        actions,
                        unitChoices,
                        pageNo,
                        pageNo > 1 ? href(filters, pageNo - 1) : null,
                        more ? href(filters, pageNo + 1) : null,
                        scope == null));
    }

    private static Line line(AuditEntry e) {
        String disclosure =
                e.disclosureId() == null
                        ? null
                        : "第 "
                                + e.disclosureId()
                                + " 号"
                                + (e.fiscalYear() == null ? "" : "（" + e.fiscalYear() + "年度）");
        return new Line(
                WHEN.format(e.occurredAt()),
                e.username(),
                label(e.action()),
                e.unitName(),
                disclosure,
                e.disclosureId() == null ? null : "/staff/disclosures/" + e.disclosureId(),
                e.detail());
    }

    static String label(String action) {
        return AuditAction.labelOf(action);
    }

    private static String href(Filters f, int page) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("user", f.user());
        params.put("action", f.action());
        params.put("unit", f.unit());
        params.put("disclosure", f.disclosure());
        params.put("from", f.from());
        params.put("to", f.to());
        StringBuilder b = new StringBuilder("/staff/audit?page=" + page);
        params.forEach(
                (k, v) -> {
                    if (!v.isEmpty()) {
                        b.append('&')
                                .append(k)
                                .append('=')
                                .append(URLEncoder.encode(v, StandardCharsets.UTF_8));
                    }
                });
        return b.toString();
    }

    private static @Nullable Long id(@Nullable String text, String what) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(text.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(what + "应为数字编号。");
        }
    }

    /**
     * A date (yyyy-MM-dd, China time) as an instant: its start, or the next day's start for an
     * inclusive "to".
     */
    private static @Nullable Instant day(@Nullable String text, int plusDays) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip()).plusDays(plusDays).atStartOfDay(CHINA).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException("日期格式应为 2024-08-01。");
        }
    }

    private static @Nullable String blank(@Nullable String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String nz(@Nullable String s) {
        return s == null ? "" : s.strip();
    }
}
