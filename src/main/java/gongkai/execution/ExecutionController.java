package gongkai.execution;

import gongkai.web.BadRequestException;
import gongkai.web.Pages;
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
import io.swagger.v3.oas.annotations.Hidden;

/** {@code /execution}: where execution deviates most from the budget, by 项, province and unit. */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ExecutionController {

    /** The model's name in the template. */
    @Serdeable
    record Model(ExecutionView view) {}

    private final ExecutionService execution;
    private final Pages pages;

    ExecutionController(ExecutionService execution, Pages pages) {
        this.execution = execution;
        this.pages = pages;
    }

    @Hidden
    @Get("/execution")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> page(@Nullable @QueryValue String year, HttpRequest<?> request) {
        Integer y = null;
        if (year != null && !year.isBlank()) {
            if (!year.strip().matches("\\d{4}")) {
                throw new BadRequestException("年度 year 应为四位年份，例如 2023。");
            }
            y = Integer.parseInt(year.strip());
        }
        String html = pages.html("execution/index", new Model(execution.view(y)), request);
        return HttpResponse.ok(html).contentType(MediaType.TEXT_HTML_TYPE);
    }
}
