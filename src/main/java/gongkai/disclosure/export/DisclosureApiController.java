package gongkai.disclosure.export;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.DisclosureSummary;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import gongkai.web.ApiError;
import gongkai.web.ApiFaults;
import gongkai.web.BadRequestException;
import gongkai.web.NotFoundException;
import gongkai.web.PageLinks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The public read API. Only what the public may read is served: published revisions and the
 * superseded ones they corrected. Drafts are the staff's business and answer 404 here.
 */
@Tag(name = "决算", description = "已公开的部门决算与部门预算：列表与全文")
@Controller("/api/disclosures")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
public class DisclosureApiController {

    static final Set<DisclosureStatus> PUBLIC =
            Set.of(DisclosureStatus.PUBLISHED, DisclosureStatus.SUPERSEDED);

    /** Public only when published once: a SUPERSEDED row without a publication date never was. */
    public static boolean isPublic(DisclosureDocument d) {
        return d.status().isPublic() && d.publishedAt() != null;
    }

    private static final int MAX_SIZE = 200;

    private final DisclosureCatalog catalog;
    private final UnitService units;
    private final PublicChecks checks;

    DisclosureApiController(DisclosureCatalog catalog, UnitService units, PublicChecks checks) {
        this.catalog = catalog;
        this.units = units;
        this.checks = checks;
    }

    /**
     * One page of the list. {@code page} is set when the page was asked for by number; {@code
     * nextCursor}/{@code prevCursor} lead on from it (also in the Link header) and are absent at
     * either end.
     */
    @Serdeable
    record DisclosureList(
            @Nullable Integer page,
            int size,
            List<DisclosureSummary> items,
            @Nullable String nextCursor,
            @Nullable String prevCursor) {}

    /** {@code unit} is a unit id or an exact unit name; {@code status} defaults to PUBLISHED. */
    @Operation(
            summary = "公开报告列表（决算与预算）",
            description =
                    "按单位、年度、公开类型（kind：预算或决算）筛选已公开的决算和预算，每行的 kind 标明类型；按年度倒序（同一年度内按编号倒序，顺序固定）。"
                            + "翻页请用游标：响应头 Link 的 rel=\"next\"（以及 rel=\"prev\"）给出下一页（上一页）的完整地址，"
                            + "响应体的 nextCursor 是同一游标；依次请求直到没有 next，即可无重复、无遗漏地取得全部结果，"
                            + "其间有新公开的决算也不影响。page 参数仍可使用，但翻页时新公开的决算会使后续页错位。")
    @ApiResponse(
            responseCode = "200",
            description = "一页决算摘要",
            headers =
                    @Header(
                            name = "Link",
                            description = "RFC 8288 翻页链接：rel=\"next\" 下一页、rel=\"prev\" 上一页（没有则省略）",
                            schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "400",
            description = "参数错误（含无效的游标 cursor）",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiFaults
    @Get
    HttpResponse<DisclosureList> list(
            HttpRequest<?> request,
            @Parameter(description = "单位编号或完整单位名称", example = "醴陵市司法局") @Nullable @QueryValue
                    String unit,
            @Parameter(description = "年度", example = "2023") @Nullable @QueryValue Integer year,
            @Parameter(
                            description = "公开类型：BUDGET（部门预算）或 FINAL_ACCOUNTS（部门决算），也可写 预算、决算；不填为两者",
                            schema =
                                    @Schema(
                                            type = "string",
                                            allowableValues = {"BUDGET", "FINAL_ACCOUNTS"}))
                    @Nullable
                    @QueryValue
                    String kind,
            @Parameter(description = "PUBLISHED（已公开，默认）或 SUPERSEDED（已被更正的旧版本）")
                    @Nullable
                    @QueryValue
                    String status,
            @Parameter(description = "游标：上一页响应的 nextCursor（或 Link 头中的地址），不与 page 同时使用")
                    @Nullable
                    @QueryValue
                    String cursor,
            @Parameter(description = "页码，从 1 开始（建议改用游标 cursor）") @QueryValue(defaultValue = "1")
                    int page,
            @Parameter(description = "每页条数，1–200") @QueryValue(defaultValue = "50") int size) {
        if (page < 1 || page > 10_000) {
            throw new BadRequestException("页码 page 应在 1 到 10000 之间。");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("每页条数 size 应在 1 到 " + MAX_SIZE + " 之间。");
        }
        boolean byCursor = cursor != null && !cursor.isBlank();
        if (byCursor && request.getParameters().contains("page")) {
            throw new BadRequestException("游标 cursor 与页码 page 不能同时使用，请只用 cursor。");
        }
        PublicListPages.Position position = byCursor ? PublicListPages.parse(cursor) : null;
        DisclosureStatus wanted = parseStatus(status);
        DisclosureKind wantedKind = parseKind(kind);
        Long unitId = null;
        if (unit != null && !unit.isBlank()) {
            List<Long> ids =
                    unit.matches("\\d{1,18}")
                            ? List.of(Long.parseLong(unit))
                            : units.byName(unit.strip()).stream().map(Unit::id).toList();
            if (ids.isEmpty()) {
                return HttpResponse.ok(
                        new DisclosureList(byCursor ? null : page, size, List.of(), null, null));
            }
            unitId = ids.get(0);
            if (ids.size() > 1) {
                throw new BadRequestException("有多个单位名为“" + unit + "”，请改用单位编号 unit=ID。");
            }
        }
        PublicListPages.Page p =
                PublicListPages.read(
                        catalog,
                        unitId,
                        year,
                        wantedKind,
                        wanted,
                        position,
                        size,
                        (page - 1) * size);
        DisclosureList body =
                new DisclosureList(
                        byCursor ? null : page, size, p.items(), p.nextCursor(), p.prevCursor());
        PageLinks links = new PageLinks(request).add("next", "cursor", p.nextCursor(), "page");
        if (byCursor) {
            links.add("prev", "cursor", p.prevCursor(), "page");
        } else if (page > 1) {
            links.add("prev", "page", Integer.toString(page - 1), "cursor");
        }
        return links.applyTo(HttpResponse.ok(body));
    }

    @Operation(
            summary = "一份决算的全文",
            description =
                    "基本信息、文字说明、公开01–10 各表（金额单位：元，精确到分）、绩效自评，"
                            + "以及勾稽检查的结果 findings：每条含规则编号 rule、严重程度 severity（ERROR/WARNING/INFO）"
                            + "和写明两边数字的中文说明 message。")
    @ApiResponse(responseCode = "200", description = "决算全文")
    @ApiResponse(
            responseCode = "404",
            description = "不存在或未公开",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(
            responseCode = "400",
            description = "决算编号不是数字",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiFaults
    @Get("/{id}")
    DisclosureDocument get(@Parameter(description = "决算编号") @PathVariable long id) {
        DisclosureDocument d =
                catalog.document(id)
                        .filter(DisclosureApiController::isPublic)
                        .orElseThrow(() -> new NotFoundException("编号为 " + id + " 的决算公开不存在。"));
        return d.withFindings(checks.findings(d));
    }

    private static @Nullable DisclosureKind parseKind(@Nullable String kind) {
        if (kind == null || kind.isBlank()) {
            return null;
        }
        return DisclosureKind.parse(kind)
                .orElseThrow(
                        () ->
                                new BadRequestException(
                                        "公开类型 kind 只能是 BUDGET（部门预算）或 FINAL_ACCOUNTS（部门决算）。"));
    }

    private static DisclosureStatus parseStatus(@Nullable String status) {
        if (status == null || status.isBlank()) {
            return DisclosureStatus.PUBLISHED;
        }
        try {
            DisclosureStatus s = DisclosureStatus.valueOf(status.strip().toUpperCase(Locale.ROOT));
            if (!PUBLIC.contains(s)) {
                throw new BadRequestException("公开接口只提供已公开（PUBLISHED）和已更正（SUPERSEDED）的决算。");
            }
            return s;
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("状态 status 只能是 PUBLISHED 或 SUPERSEDED。");
        }
    }
}
