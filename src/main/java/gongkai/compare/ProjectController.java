package gongkai.compare;

import com.fasterxml.jackson.annotation.JsonInclude;
import gongkai.disclosure.MoneyUnit;
import gongkai.web.ApiError;
import gongkai.web.BadRequestException;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.headers.Header;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;

/**
 * {@code /projects} (page) and {@code /api/projects} (JSON): comparable performance projects across
 * units, by text ({@code q=普法宣传经费}) or like a given project ({@code like={projectId}}).
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProjectController {

    static final int DEFAULT_SIZE = 20;
    static final int MAX_SIZE = 50;
    static final List<String> EXAMPLES = List.of("普法宣传经费", "社区矫正经费", "行政复议经费", "法律职业资格考试", "信息化运维");

    private final ProjectService projects;

    ProjectController(ProjectService projects) {
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
    @ApiResponse(
            responseCode = "429",
            description = "请求过于频繁（按客户端地址限速），请按 Retry-After 给出的秒数稍后再试",
            headers =
                    @Header(
                            name = "Retry-After",
                            description = "建议等待的秒数",
                            schema = @Schema(type = "integer")),
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(
            responseCode = "500",
            description = "服务器内部错误（已记录，不含异常细节）",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(
            responseCode = "503",
            description = "服务暂时不可用（数据库或检索索引暂时无法访问），请稍后再试",
            content = @Content(schema = @Schema(implementation = ApiError.class)))
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
            ProjectRow reference = projects.project(likeId(like));
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

    private static long likeId(String like) {
        if (!like.strip().matches("\\d{1,18}")) {
            throw new BadRequestException("参数 like 应为绩效项目编号（数字）。");
        }
        return Long.parseLong(like.strip());
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

    // --- page
    // -------------------------------------------------------------------------------------

    @Serdeable
    record ProjectLine(
            long id,
            String name,
            String unitName,
            String unitHref,
            String regionPath,
            int year,
            String initialBudget,
            String annualBudget,
            String executed,
            String executionRate,
            String totalScore,
            String disclosureHref,
            String likeHref,
            @Nullable String why) {}

    @Serdeable
    record ProjectsPage(
            String q,
            @Nullable String error,
            boolean searched,
            @Nullable ProjectLine reference,
            List<ProjectLine> items,
            List<String> examples,
            @Nullable String apiHref,
            List<LineView> lineItems) {}

    /** A matching budget line of some unit, for the page (amount in 万元). */
    @Serdeable
    record LineView(
            String unit,
            int year,
            String code,
            String name,
            String amount,
            String disclosureHref,
            String compareHref,
            @Nullable String why) {}

    @Serdeable
    record Model(ProjectsPage view) {}

    @Hidden
    @Get("/projects")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<ModelAndView<Model>> page(
            @Nullable @QueryValue String q, @Nullable @QueryValue String like) {
        String text = q == null ? "" : q.strip();
        try {
            if (like != null && !like.isBlank()) {
                ProjectRow reference = projects.project(likeId(like));
                List<ProjectLine> items =
                        projects.likeProject(reference, DEFAULT_SIZE).stream()
                                .map(s -> line(s.project(), reference.name()))
                                .toList();
                return HttpResponse.ok(
                        view(
                                new ProjectsPage(
                                        "",
                                        null,
                                        true,
                                        line(reference, null),
                                        items,
                                        EXAMPLES,
                                        "/api/projects?like=" + reference.id(),
                                        lines(reference.name()))));
            }
            if (text.isEmpty()) {
                return HttpResponse.ok(
                        view(
                                new ProjectsPage(
                                        "", null, false, null, List.of(), EXAMPLES, null,
                                        List.of())));
            }
            String checked = ProjectService.text(text);
            List<ProjectLine> items =
                    projects.like(checked, DEFAULT_SIZE).stream()
                            .map(s -> line(s.project(), checked))
                            .toList();
            return HttpResponse.ok(
                    view(
                            new ProjectsPage(
                                    checked,
                                    null,
                                    true,
                                    null,
                                    items,
                                    EXAMPLES,
                                    "/api/projects?q="
                                            + java.net.URLEncoder.encode(
                                                    checked,
                                                    java.nio.charset.StandardCharsets.UTF_8),
                                    lines(checked))));
        } catch (BadRequestException e) {
            String shown =
                    text.codePointCount(0, text.length()) > 200
                            ? text.substring(0, text.offsetByCodePoints(0, 200))
                            : text;
            return HttpResponse.<ModelAndView<Model>>badRequest()
                    .body(
                            view(
                                    new ProjectsPage(
                                            shown,
                                            e.getMessage(),
                                            false,
                                            null,
                                            List.of(),
                                            EXAMPLES,
                                            null,
                                            List.of())));
        }
    }

    private List<LineView> lines(String asked) {
        return projects.lineItems(asked, 10).stream()
                .map(
                        m ->
                                new LineView(
                                        m.unit(),
                                        m.year(),
                                        m.code(),
                                        m.name(),
                                        wan(m.amount()),
                                        "/disclosures/" + m.disclosureId(),
                                        "/compare?code=" + m.code(),
                                        MatchReasons.of(asked, m.name(), null)))
                .toList();
    }

    private static ModelAndView<Model> view(ProjectsPage p) {
        return new ModelAndView<>("compare/projects", new Model(p));
    }

    /** asked: the text (or reference project's name) the project was matched against. */
    private ProjectLine line(ProjectRow p, @Nullable String asked) {
        return new ProjectLine(
                p.id(),
                p.name(),
                p.unitName(),
                "/units/" + p.unitId(),
                String.join(" / ", projects.regionPath(p.regionCode())),
                p.fiscalYear(),
                wan(p.initialBudget()),
                wan(p.annualBudget()),
                wan(p.executed()),
                p.executionRate() == null
                        ? "—"
                        : p.executionRate().stripTrailingZeros().toPlainString() + "%",
                p.totalScore() == null ? "—" : p.totalScore().stripTrailingZeros().toPlainString(),
                "/disclosures/" + p.disclosureId(),
                "/projects?like=" + p.id(),
                asked == null
                        ? null
                        : MatchReasons.of(
                                asked,
                                p.name(),
                                (p.goalPlanned() == null ? "" : p.goalPlanned())
                                        + (p.goalActual() == null ? "" : p.goalActual())));
    }

    /** In 万元 for the table, "—" when the report does not state it. */
    private static String wan(@Nullable BigDecimal yuan) {
        return yuan == null ? "—" : MoneyUnit.WAN_YUAN.rounded(yuan).toPlainString();
    }
}
