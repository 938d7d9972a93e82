package gongkai.browse;

import gongkai.region.RegionCodes;
import gongkai.web.BadRequestException;
import io.micronaut.core.annotation.Nullable;
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
import io.micronaut.views.View;
import io.swagger.v3.oas.annotations.Hidden;

/**
 * Browse pages: {@code /regions} (provinces), {@code /regions/{code}} (a region's sub-regions and
 * units, optionally for one year) and {@code /years/{year}} (everything published for a year).
 * Parameters arrive as strings so a malformed one gets a Chinese 400 page instead of a conversion
 * error.
 */
@Hidden
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class BrowseController {

    private final BrowseService browse;

    BrowseController(BrowseService browse) {
        this.browse = browse;
    }

    @Serdeable
    record RegionsModel(BrowseViews.Overview overview) {}

    @Serdeable
    record RegionModel(BrowseViews.RegionPage region) {}

    @Serdeable
    record YearModel(BrowseViews.YearPage year) {}

    @Get("/regions")
    @View("browse/regions")
    @Produces(MediaType.TEXT_HTML)
    RegionsModel regions() {
        return new RegionsModel(browse.overview());
    }

    @Get("/regions/{code}")
    @View("browse/region")
    @Produces(MediaType.TEXT_HTML)
    RegionModel region(@PathVariable String code, @Nullable @QueryValue String year) {
        return new RegionModel(browse.region(regionCode(code), year(year)));
    }

    @Get("/years/{year}")
    @View("browse/year")
    @Produces(MediaType.TEXT_HTML)
    YearModel year(
            @PathVariable("year") String year,
            @Nullable @QueryValue String region,
            @Nullable @QueryValue String page) {
        Integer y = year(year);
        return new YearModel(browse.year(y, blank(region) ? null : regionCode(region), page(page)));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String regionCode(String code) {
        if (!RegionCodes.wellFormed(code)) {
            throw new BadRequestException("行政区划代码应为 6 位数字，例如 430000（湖南省）、430200（株洲市）、430281（醴陵市）。");
        }
        return code;
    }

    private static Integer year(String year) {
        if (blank(year)) {
            return null;
        }
        if (!year.matches("\\d{4}")
                || Integer.parseInt(year) < 1990
                || Integer.parseInt(year) > 2100) {
            throw new BadRequestException("年度应为 4 位数字，例如 2023。");
        }
        return Integer.parseInt(year);
    }

    private static int page(String page) {
        if (blank(page)) {
            return 1;
        }
        if (!page.matches("\\d{1,4}") || Integer.parseInt(page) < 1) {
            throw new BadRequestException("页码应为 1 到 9999 之间的整数。");
        }
        return Integer.parseInt(page);
    }
}
