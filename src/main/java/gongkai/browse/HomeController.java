package gongkai.browse;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureSummary;
import gongkai.disclosure.PublishedCache;
import gongkai.web.Pages;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;

// A page for people, not part of the open API.
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class HomeController {

    private final DisclosureCatalog catalog;
    private final BrowseService browse;
    private final PublishedCache cache;
    private final Pages pages;

    HomeController(
            DisclosureCatalog catalog, BrowseService browse, PublishedCache cache, Pages pages) {
        this.catalog = catalog;
        this.browse = browse;
        this.cache = cache;
        this.pages = pages;
    }

    @Serdeable
    record HomePage(
            long units,
            long publishedDisclosures,
            long regions,
            long years,
            List<DisclosureSummary> latest,
            BrowseViews.Overview browse) {}

    @Serdeable
    record HomeModel(HomePage home) {}

    /**
     * The most visited page: counts over every published disclosure, kept until the next
     * publication.
     */
    @Get
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> home(HttpRequest<?> request) {
        String html = cache.page("home", () -> pages.html("home/index", model(), request));
        return HttpResponse.ok(html).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private HomeModel model() {
        DisclosureCatalog.Counts counts = catalog.publishedCounts();
        return new HomeModel(
                new HomePage(
                        counts.units(),
                        counts.publishedDisclosures(),
                        counts.regions(),
                        counts.years(),
                        catalog.latestPublished(10),
                        browse.overview()));
    }
}
