package gongkai.browse;

import gongkai.disclosure.Charts;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.DisclosureSummary;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.PublishedCache;
import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import gongkai.web.NotFoundException;
import gongkai.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code /units/{id}}: a unit, its public disclosures by year and the trend of its headline
 * figures.
 */
// A page for people, not part of the open API.
@Hidden
@Controller("/units")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class UnitPageController {

    private final UnitService units;
    private final RegionDirectory regions;
    private final DisclosureCatalog catalog;
    private final UnitTrends trends;
    private final JsonMapper json;
    private final PublishedCache cache;
    private final Pages pages;

    UnitPageController(
            UnitService units,
            RegionDirectory regions,
            DisclosureCatalog catalog,
            UnitTrends trends,
            JsonMapper json,
            PublishedCache cache,
            Pages pages) {
        this.units = units;
        this.regions = regions;
        this.catalog = catalog;
        this.trends = trends;
        this.json = json;
        this.cache = cache;
        this.pages = pages;
    }

    @Serdeable
    record YearLine(
            int year,
            String kindLabel,
            String statusLabel,
            int revision,
            String href,
            @Nullable String executionHref) {}

    @Serdeable
    record UnitPage(
            long id,
            String name,
            String regionPath,
            List<YearLine> years,
            List<Charts.Block> charts,
            String chartJson,
            List<String> trendHeaders,
            List<Charts.TableRow> trendRows) {}

    @Serdeable
    record Model(UnitPage unit) {}

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> show(@PathVariable long id, HttpRequest<?> request) {
        // The trend tables read every year's figures: kept until the next publication.
        String html =
                cache.page("unit-page:" + id, () -> pages.html("unit/show", model(id), request));
        return HttpResponse.ok(html).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private Model model(long id) {
        Unit unit =
                units.byId(id).orElseThrow(() -> new NotFoundException("编号为 " + id + " 的单位不存在。"));
        List<DisclosureSummary> all = catalog.list(id, null, DisclosureStatus.PUBLISHED, 200, 0);
        // trends follow the outcomes; budgets are listed beside them, year by year
        List<DisclosureSummary> published =
                all.stream().filter(s -> s.kind() == DisclosureKind.FINAL_ACCOUNTS).toList();
        Set<String> kindsByYear = new HashSet<>();
        all.forEach(s -> kindsByYear.add(s.fiscalYear() + "/" + s.kind()));
        List<YearLine> years =
                all.stream()
                        .sorted(
                                Comparator.comparingInt(DisclosureSummary::fiscalYear)
                                        .reversed()
                                        .thenComparing(DisclosureSummary::kind))
                        .map(
                                s ->
                                        new YearLine(
                                                s.fiscalYear(),
                                                s.kind().label(),
                                                s.status().label(),
                                                s.revision(),
                                                "/disclosures/" + s.id(),
                                                kindsByYear.contains(
                                                                        s.fiscalYear()
                                                                                + "/"
                                                                                + DisclosureKind
                                                                                        .BUDGET)
                                                                && kindsByYear.contains(
                                                                        s.fiscalYear()
                                                                                + "/"
                                                                                + DisclosureKind
                                                                                        .FINAL_ACCOUNTS)
                                                        ? "/units/"
                                                                + id
                                                                + "/years/"
                                                                + s.fiscalYear()
                                                                + "/execution"
                                                        : null))
                        .toList();
        String path =
                String.join(
                        " / ", regions.path(unit.regionCode()).stream().map(Region::name).toList());
        UnitTrends.Built built = trends.build(published, MoneyUnit.WAN_YUAN);
        return new Model(
                new UnitPage(
                        unit.id(),
                        unit.name(),
                        path,
                        years,
                        built.charts(),
                        Charts.scriptJson(json, built.data()),
                        built.tableHeaders(),
                        built.tableRows()));
    }
}
