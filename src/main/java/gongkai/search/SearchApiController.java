package gongkai.search;

import gongkai.search.query.SearchQuery;
import gongkai.search.query.SearchResult;
import gongkai.web.ApiError;
import gongkai.web.ApiFaults;
import gongkai.web.BadRequestException;
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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

/** {@code /api/search} (JSON): the engine and parameters of the {@code /search} page. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class SearchApiController {

    private final SearchService search;

    SearchApiController(SearchService search) {
        this.search = search;
    }

    @Tag(name = "检索", description = "中文全文检索")
    @Operation(
            summary = "全文检索",
            description = "在所有已公开预算和决算的文字说明、表格科目和绩效项目中检索（智能分词加二元切分，" + "繁简、全半角不敏感），返回高亮摘要和分面统计。")
    @ApiResponse(
            responseCode = "200",
            description = "命中结果与分面",
            headers =
                    @Header(
                            name = "Link",
                            description = "RFC 8288 翻页链接：rel=\"next\" 下一页、rel=\"prev\" 上一页（没有则省略）",
                            schema = @Schema(type = "string")))
    @ApiResponse(
            responseCode = "400",
            description = "检索词为空、过长或参数错误",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiFaults
    @Get("/api/search")
    @Produces(MediaType.APPLICATION_JSON)
    HttpResponse<SearchResult> api(
            HttpRequest<?> request,
            @Parameter(description = "检索词，最多 100 字；可用引号检索短语", example = "社区矫正经费")
                    @Nullable
                    @QueryValue
                    String q,
            @Parameter(description = "年度", example = "2023") @Nullable @QueryValue Integer year,
            @Parameter(description = "行政区划代码（6 位，任一级：省 430000、市 430200、县 430281）")
                    @Nullable
                    @QueryValue
                    String region,
            @Parameter(description = "单位名称") @Nullable @QueryValue String unit,
            @Parameter(description = "结果类型：SECTION（文字说明）、LINE_ITEM（表格科目）、PROJECT（绩效项目）")
                    @Nullable
                    @QueryValue
                    String type,
            @Parameter(description = "功能分类类级代码（3 位），如 204 公共安全支出") @Nullable @QueryValue("class")
                    String classCode,
            @Parameter(description = "公开类型：BUDGET（部门预算）或 FINAL_ACCOUNTS（部门决算），也可写 预算、决算；不填为两者")
                    @Nullable
                    @QueryValue
                    String kind,
            @Parameter(description = "排序：relevance（默认）、year、amount") @Nullable @QueryValue
                    String sort,
            @Parameter(description = "页码，从 1 开始") @QueryValue(defaultValue = "1") int page,
            @Parameter(description = "每页条数，最多 50") @QueryValue(defaultValue = "20") int size) {
        if (q == null || q.isBlank()) {
            throw new BadRequestException("请输入搜索词，例如 q=社区矫正经费。");
        }
        SearchResult result =
                search.search(
                        new SearchQuery(
                                q,
                                year,
                                region,
                                unit,
                                type,
                                classCode,
                                kind,
                                SearchController.sort(sort),
                                page,
                                size));
        // Hits are ranked, so their pages are numbered: as long as nothing is published, page n is
        // the same ranked window (search.KeptResults).
        long reachable = Math.min(result.total(), SearchQuery.MAX_WINDOW);
        PageLinks links = new PageLinks(request);
        if ((long) page * size < reachable) {
            links.add("next", "page", Integer.toString(page + 1));
        }
        if (page > 1) {
            links.add("prev", "page", Integer.toString(page - 1));
        }
        return links.applyTo(HttpResponse.ok(result));
    }
}
