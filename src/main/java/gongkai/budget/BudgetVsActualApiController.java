package gongkai.budget;

import gongkai.web.ApiError;
import gongkai.web.ApiFaults;
import gongkai.web.BadRequestException;
import io.micronaut.core.annotation.Nullable;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;

/**
 * {@code /api/units/{id}/budget-vs-actual} and {@code /api/budget-vs-actual} (JSON): a unit's
 * published budget against its published final accounts, and one code across units.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class BudgetVsActualApiController {

    private final BudgetVsActualService service;

    BudgetVsActualApiController(BudgetVsActualService service) {
        this.service = service;
    }

    @Serdeable
    record AcrossResult(
            String code, @Nullable Integer year, List<BudgetVsActualService.AcrossRow> items) {}

    @Tag(name = "预算执行", description = "部门预算与部门决算对照")
    @Operation(
            summary = "单位年度预算与决算对照",
            description =
                    "同一单位同一年度已公开的部门预算与部门决算：按功能分类科目（类/款/项）和命名行（本年支出合计、基本支出、项目支出、"
                            + "人员经费合计、公用经费合计、“三公”经费）列出预算数、决算数、差额、执行率（%）以及两份报告情况说明中的原因；金额单位为元。")
    @ApiResponse(responseCode = "200", description = "对照结果")
    @ApiResponse(
            responseCode = "400",
            description = "年度格式错误",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(
            responseCode = "404",
            description = "该单位该年度没有同时公开的部门预算和部门决算",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiFaults
    @Get("/api/units/{id}/budget-vs-actual")
    BudgetVsActualService.UnitYear unitYear(
            @Parameter(description = "单位编号（见 /api/disclosures 的 unitId）") @PathVariable long id,
            @Parameter(description = "年度，如 2023", required = true, example = "2023") @QueryValue
                    String year) {
        return service.unitYear(id, year(year, true));
    }

    @Tag(name = "预算执行", description = "部门预算与部门决算对照")
    @Operation(
            summary = "科目预算执行率跨单位比较",
            description =
                    "所有同时公开了部门预算和部门决算的单位年度中，某一功能分类科目（如 2040605 普法宣传）或命名行（如 本年支出合计）"
                            + "的预算数、决算数、差额和执行率，按执行率从低到高排列；金额单位为元。")
    @ApiResponse(responseCode = "200", description = "各单位年度的对照行")
    @ApiResponse(
            responseCode = "400",
            description = "缺少科目或年度格式错误",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiFaults
    @Get("/api/budget-vs-actual")
    AcrossResult across(
            @Parameter(description = "科目编码（3、5 或 7 位）或命名行名称", example = "2040605")
                    @Nullable
                    @QueryValue
                    String code,
            @Parameter(description = "年度，如 2023") @Nullable @QueryValue String year) {
        Integer y = year(year, false);
        return new AcrossResult(code == null ? "" : code.strip(), y, service.across(code, y));
    }

    static Integer year(String year, boolean required) {
        if (year == null || year.isBlank()) {
            if (required) {
                throw new BadRequestException("请给出年度 year，例如 2023。");
            }
            return null;
        }
        if (!year.strip().matches("\\d{4}")) {
            throw new BadRequestException("年度 year 应为四位年份，例如 2023。");
        }
        return Integer.parseInt(year.strip());
    }
}
