package gongkai.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import gongkai.web.ApiError;
import gongkai.web.ApiFaults;
import gongkai.web.PageLinks;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
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

/**
 * {@code /api/compare} (JSON): one code across every unit and year, with the parameters of the
 * {@code /compare} page and its CSV, so a page's URL, its CSV and its API call show the same rows.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CompareApiController {

    private final CompareService compare;

    CompareApiController(CompareService compare) {
        this.compare = compare;
    }

    /** Empty lists and null shares are written out, so clients see the same shape every time. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CompareResult(
            CodeInfo code,
            long total,
            int page,
            int size,
            List<CompareRow> items,
            @Schema(description = "所选年度、地区、层级内已公开决算但没有该科目数据的单位数") int unitsWithoutData) {}

    @Tag(name = "比较", description = "同一科目、同类项目跨单位、跨年度比较")
    @Operation(
            summary = "科目比较",
            description =
                    "每个已公开决算中该科目的金额（元）、占本单位支出合计的比例、地区和年度；"
                            + "与 /compare 页面和 /compare.csv 参数相同、结果相同。同一科目和筛选条件的结果在下次公开前只计算一次，"
                            + "改变排序、顺序、页码或每页条数不会重新计算。")
    @ApiResponse(
            responseCode = "200",
            description = "比较结果（每行含决算编号 disclosureId 和单位编号 unitId）",
            headers =
                    @Header(
                            name = "Link",
                            description = "RFC 8288 翻页链接：rel=\"next\" 下一页、rel=\"prev\" 上一页（没有则省略）",
                            schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "400",
            description = "科目代码或参数不正确",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiFaults
    @Get("/api/compare")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<CompareResult> api(
            HttpRequest<?> request,
            @Parameter(
                            description =
                                    "功能分类代码（类 3 位、款 5 位、项 7 位）、经济分类代码（3 或 5 位）或汇总行名称（如 三公经费合计、本年支出合计）",
                            example = "2040610")
                    @Nullable
                    @QueryValue
                    String code,
            @Parameter(description = "年度", example = "2023") @Nullable @QueryValue String year,
            @Parameter(description = "行政区划代码（6 位，任一级，含下级地区）") @Nullable @QueryValue String region,
            @Parameter(description = "单位所在层级：PROVINCE、CITY、COUNTY") @Nullable @QueryValue
                    String level,
            @Parameter(
                            description =
                                    "排序：amount（金额）、share（占比）、region（地区）、year（年度）、execution（预算执行率，无年初预算的行排在最后）")
                    @Nullable
                    @QueryValue
                    String sort,
            @Parameter(description = "顺序：asc 或 desc") @Nullable @QueryValue String order,
            @Parameter(description = "预算执行率下限（%，含），只保留文件同时列出年初预算和决算的行", example = "80")
                    @Nullable
                    @QueryValue
                    String rateMin,
            @Parameter(description = "预算执行率上限（%，含）", example = "120") @Nullable @QueryValue
                    String rateMax,
            @Parameter(description = "页码，从 1 开始") @QueryValue(defaultValue = "1") int page,
            @Parameter(description = "每页条数") @QueryValue(defaultValue = "50") int size) {
        CompareQuery.checkPage(page, size);
        CompareQuery q =
                compare.query(code, year, region, level, sort, order, page, size, rateMin, rateMax);
        List<CompareRow> rows = compare.rows(q);
        // Numbered pages of one computed comparison, which stays the same until the next
        // publication.
        PageLinks links = new PageLinks(request);
        if ((long) page * size < rows.size()) {
            links.add("next", "page", Integer.toString(page + 1));
        }
        if (page > 1) {
            links.add("prev", "page", Integer.toString(page - 1));
        }
        return links.applyTo(
                HttpResponse.ok(
                        new CompareResult(
                                CodeInfo.of(q.code()),
                                rows.size(),
                                page,
                                size,
                                q.pageOf(rows),
                                compare.unitsWithoutData(q))));
    }
}
