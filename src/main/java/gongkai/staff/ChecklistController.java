package gongkai.staff;

import gongkai.account.Role;
import gongkai.account.StaffUser;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.DisclosureSummary;
import gongkai.inspection.ChecklistWorkbook;
import gongkai.inspection.InspectionService;
import gongkai.web.BadRequestException;
import gongkai.web.ForbiddenException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The 公开情况检查表 as XLSX: for one disclosure (its unit's staff, reviewers in scope — the same access
 * as the draft's page), and for a reviewer every disclosure in scope in one workbook.
 */
@Hidden
@Controller("/staff")
@Secured(SecurityRule.IS_AUTHENTICATED)
@ExecuteOn(TaskExecutors.BLOCKING)
class ChecklistController {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /** More than this many disclosures in one workbook is refused: ask for one year. */
    static final int MAX_DISCLOSURES = 2_000;

    private static final Set<DisclosureStatus> CURRENT =
            Set.of(
                    DisclosureStatus.DRAFT,
                    DisclosureStatus.SUBMITTED,
                    DisclosureStatus.RETURNED,
                    DisclosureStatus.PUBLISHED);

    private final WorkflowService workflow;
    private final DisclosureCatalog catalog;
    private final InspectionService inspection;

    ChecklistController(
            WorkflowService workflow, DisclosureCatalog catalog, InspectionService inspection) {
        this.workflow = workflow;
        this.catalog = catalog;
        this.inspection = inspection;
    }

    @Get("/disclosures/{id}/checklist.xlsx")
    @Produces(MediaType.ALL)
    HttpResponse<byte[]> one(@PathVariable long id, Authentication authentication) {
        DisclosureDocument d = workflow.visible(StaffUser.of(authentication), id);
        byte[] xlsx = ChecklistWorkbook.one(d, inspection.checklist(d));
        String name = d.unit().name() + "-" + d.fiscalYear() + "年度" + d.kind().label() + "-公开情况检查表";
        return file(xlsx, "checklist-" + d.id() + ".xlsx", name);
    }

    @Get("/checklists.xlsx")
    @Produces(MediaType.ALL)
    HttpResponse<byte[]> all(@Nullable @QueryValue Integer year, Authentication authentication) {
        StaffUser user = StaffUser.of(authentication);
        if (user.role() == Role.UNIT_EDITOR) {
            throw new ForbiddenException("只有审核人员可以下载审核范围内全部单位的检查表。");
        }
        List<ChecklistWorkbook.Entry> entries = new ArrayList<>();
        for (DisclosureSummary s :
                catalog.forStaff(Scope.view(user), null, MAX_DISCLOSURES + 1, 0)) {
            if (CURRENT.contains(s.status()) && (year == null || s.fiscalYear() == year)) {
                DisclosureDocument d = workflow.visible(user, s.id());
                entries.add(new ChecklistWorkbook.Entry(d, inspection.checklist(d)));
            }
        }
        if (entries.size() > MAX_DISCLOSURES) {
            throw new BadRequestException("审核范围内的决算超过 " + MAX_DISCLOSURES + " 份，请按年度下载（?year=）。");
        }
        String name = "公开情况检查表-" + (year == null ? "全部年度" : year + "年度");
        return file(ChecklistWorkbook.many(entries), "checklists.xlsx", name);
    }

    private static HttpResponse<byte[]> file(byte[] bytes, String ascii, String name) {
        String encoded =
                URLEncoder.encode(name + ".xlsx", StandardCharsets.UTF_8).replace("+", "%20");
        return HttpResponse.ok(bytes)
                .contentType(XLSX)
                .header(
                        "Content-Disposition",
                        "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded);
    }
}
