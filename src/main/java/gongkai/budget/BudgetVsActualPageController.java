package gongkai.budget;

import gongkai.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
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
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;

/**
 * {@code /units/{id}/years/{year}/execution}: a unit's budget beside its outcome; {@code
 * /budget-vs-actual?code=}: one code's execution across units.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class BudgetVsActualPageController {

    @Serdeable
    record Model(BudgetVsActualView view) {}

    private final BudgetVsActualService service;
    private final Pages pages;

    BudgetVsActualPageController(BudgetVsActualService service, Pages pages) {
        this.service = service;
        this.pages = pages;
    }

    @Hidden
    @Get("/units/{id}/years/{year}/execution")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> unitYear(
            @PathVariable long id, @PathVariable String year, HttpRequest<?> request) {
        BudgetVsActualService.UnitYear u =
                service.unitYear(id, BudgetVsActualApiController.year(year, true));
        BudgetVsActualView view =
                new BudgetVsActualView(
                        u.unitName(),
                        u.unitId(),
                        u.year(),
                        u.budgetDisclosureId(),
                        u.actualDisclosureId(),
                        null,
                        u.codes().stream().map(BudgetVsActualView::line).toList(),
                        u.named().stream().map(BudgetVsActualView::line).toList(),
                        List.of());
        return html("budget/unit-year", view, request);
    }

    @Hidden
    @Get("/budget-vs-actual")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> across(
            @Nullable @QueryValue String code,
            @Nullable @QueryValue String year,
            HttpRequest<?> request) {
        Integer y = BudgetVsActualApiController.year(year, false);
        List<BudgetVsActualView.AcrossLine> rows =
                service.across(code, y).stream()
                        .map(
                                r ->
                                        new BudgetVsActualView.AcrossLine(
                                                r.unitName(),
                                                "/units/"
                                                        + r.unitId()
                                                        + "/years/"
                                                        + r.year()
                                                        + "/execution",
                                                r.year(),
                                                BudgetVsActualView.line(r.line())))
                        .toList();
        BudgetVsActualView view =
                new BudgetVsActualView(
                        null, null, y, null, null, code.strip(), List.of(), List.of(), rows);
        return html("budget/across", view, request);
    }

    private HttpResponse<String> html(
            String template, BudgetVsActualView view, HttpRequest<?> request) {
        String html = pages.html(template, new Model(view), request);
        return HttpResponse.ok(html).contentType(MediaType.TEXT_HTML_TYPE);
    }
}
