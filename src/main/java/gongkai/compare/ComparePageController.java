package gongkai.compare;

import gongkai.cite.Citation;
import gongkai.cite.SiteAddress;
import gongkai.compare.ComparePages.Model;
import gongkai.disclosure.PublishedCache;
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
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * {@code /compare}: the form, the rows of one page, a chart of them and links to the same view as
 * CSV and API. The rows come from {@link CompareService}, like the CSV's and the API's.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class ComparePageController {

    private final CompareService compare;
    private final ComparePages views;
    private final PublishedCache cache;
    private final Pages pages;
    private final CompareCitation citations;
    private final SiteAddress site;

    ComparePageController(
            CompareService compare,
            ComparePages views,
            PublishedCache cache,
            Pages pages,
            CompareCitation citations,
            SiteAddress site) {
        this.compare = compare;
        this.views = views;
        this.cache = cache;
        this.pages = pages;
        this.citations = citations;
        this.site = site;
    }

    @Hidden
    @Get("/compare")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> page(
            @Nullable @QueryValue String code,
            @Nullable @QueryValue String year,
            @Nullable @QueryValue String region,
            @Nullable @QueryValue String level,
            @Nullable @QueryValue String sort,
            @Nullable @QueryValue String order,
            @Nullable @QueryValue String rateMin,
            @Nullable @QueryValue String rateMax,
            @QueryValue(defaultValue = "1") int page,
            HttpRequest<?> request) {
        String codeText = code == null ? "" : code.strip();
        if (codeText.isEmpty()) {
            return HttpResponse.ok(
                    view(
                            views.empty(
                                    "", null, year, region, level, sort, order, rateMin, rateMax)));
        }
        CompareQuery q;
        try {
            CompareQuery.checkPage(page, CompareQuery.DEFAULT_SIZE);
            q =
                    compare.query(
                            codeText,
                            year,
                            region,
                            level,
                            sort,
                            order,
                            page,
                            CompareQuery.DEFAULT_SIZE,
                            rateMin,
                            rateMax);
        } catch (BadRequestException e) {
            // The form stays, with the message and the accepted forms, so the reader can correct
            // it.
            return HttpResponse.<ModelAndView<Model>>badRequest()
                    .body(
                            view(
                                    views.empty(
                                            codeText,
                                            e.getMessage(),
                                            year,
                                            region,
                                            level,
                                            sort,
                                            order,
                                            rateMin,
                                            rateMax)));
        }
        // The whole page is kept until the next publication, under its exact query string; another
        // order or page of the same comparison renders from the rows already kept.
        // The citation names the address and the date retrieved: both are part of the key.
        CompareQuery valid = q;
        String base = site.base(request);
        String today = Citation.today();
        String html =
                cache.page(
                        "compare-page:" + request.getUri().getRawQuery() + ":" + base + ":" + today,
                        () ->
                                pages.html(
                                        "compare/index",
                                        new Model(
                                                views.page(valid, codeText, compare.rows(valid)),
                                                citations.of(valid, base, today)),
                                        request));
        return HttpResponse.ok(html).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private static ModelAndView<Model> view(ComparePages.ComparePage p) {
        return new ModelAndView<>("compare/index", new Model(p, null));
    }
}
