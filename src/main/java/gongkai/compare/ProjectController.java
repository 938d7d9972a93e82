package gongkai.compare;

import gongkai.disclosure.MoneyUnit;
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
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * {@code /projects}: comparable performance projects across units, by text ({@code q=普法宣传经费}) or
 * like a given project ({@code like={projectId}}), with why each matched and other units' matching
 * budget lines. The same search as JSON: {@link ProjectApiController}.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ProjectController {

    static final int DEFAULT_SIZE = 20;
    static final List<String> EXAMPLES = List.of("普法宣传经费", "社区矫正经费", "行政复议经费", "法律职业资格考试", "信息化运维");

    private final ProjectService projects;

    ProjectController(ProjectService projects) {
        this.projects = projects;
    }

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
                                            + URLEncoder.encode(checked, StandardCharsets.UTF_8),
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

    /** The {@code like} parameter as a project id, or a 400 in Chinese. */
    static long likeId(String like) {
        if (!like.strip().matches("\\d{1,18}")) {
            throw new BadRequestException("参数 like 应为绩效项目编号（数字）。");
        }
        return Long.parseLong(like.strip());
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
