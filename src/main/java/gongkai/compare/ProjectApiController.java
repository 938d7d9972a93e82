package gongkai.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import gongkai.web.ApiError;
import gongkai.web.ApiFaults;
import gongkai.web.BadRequestException;
import io.micronaut.core.annotation.Nullable;
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
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code GET /api/projects}: the comparable projects of {@code /projects} as JSON, amounts in 元
 * exactly as stored.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProjectApiController {

    static final int MAX_SIZE = 50;

    private final ProjectService projects;

    ProjectApiController(ProjectService projects) {
        this.projects = projects;
    }

    /**
     * A project in 元, exactly as stored; {@code score} orders one result list and means nothing
     * across lists.
     */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProjectItem(
            long projectId,
            long disclosureId,
            long unitId,
            String unitName,
            String regionCode,
            List<String> regionPath,
            int year,
            String name,
            @Nullable BigDecimal initialBudget,
            @Nullable BigDecimal annualBudget,
            @Nullable BigDecimal executed,
            @Nullable BigDecimal executionRate,
            @Nullable BigDecimal totalScore,
            @Nullable Float score) {}

    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record ProjectResult(
            @Nullable String q, @Nullable ProjectItem like, int total, List<ProjectItem> items) {}

    @Tag(name = "比较")
    @Operation(
            summary = "同类项目",
            description =
                    "按名称和绩效目标找相近的项目支出绩效自评（Lucene MoreLikeThis），"
                            + "并列预算数、执行数、执行率和自评得分（金额单位：元）。q 与 like 二选一。")
    @ApiResponse(responseCode = "200", description = "相近项目，最相近的在前")
    @ApiResponse(
            responseCode = "400",
            description = "缺少 q 或 like，或参数不正确",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(
            responseCode = "404",
            description = "like 指定的绩效项目不存在或未公开",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiFaults
    @Get("/api/projects")
    @Produces(MediaType.APPLICATION_JSON)
    ProjectResult api(
            @Parameter(description = "项目名称或目标中的词语", example = "普法宣传经费") @Nullable @QueryValue
                    String q,
            @Parameter(description = "与该项目编号相近") @Nullable @QueryValue String like,
            @Parameter(description = "条数，1–50") @QueryValue(defaultValue = "20") int size) {
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("每页条数 size 应在 1 到 " + MAX_SIZE + " 之间。");
        }
        if (like != null && !like.isBlank()) {
            ProjectRow reference = projects.project(ProjectController.likeId(like));
            List<ProjectItem> items =
                    projects.likeProject(reference, size).stream().map(this::item).toList();
            return new ProjectResult(
                    null,
                    item(new ProjectService.Scored(reference, 0f), null),
                    items.size(),
                    items);
        }
        String text = ProjectService.text(q);
        List<ProjectItem> items = projects.like(text, size).stream().map(this::item).toList();
        return new ProjectResult(text, null, items.size(), items);
    }

    private ProjectItem item(ProjectService.Scored s) {
        return item(s, s.score());
    }

    private ProjectItem item(ProjectService.Scored s, @Nullable Float score) {
        ProjectRow p = s.project();
        return new ProjectItem(
                p.id(),
                p.disclosureId(),
                p.unitId(),
                p.unitName(),
                p.regionCode(),
                projects.regionPath(p.regionCode()),
                p.fiscalYear(),
                p.name(),
                p.initialBudget(),
                p.annualBudget(),
                p.executed(),
                p.executionRate(),
                p.totalScore(),
                score);
    }
}
