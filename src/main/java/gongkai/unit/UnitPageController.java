package gongkai.unit;

import io.swagger.v3.oas.annotations.Hidden;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureStatus;
import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import gongkai.web.NotFoundException;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.View;

import java.util.List;

/** {@code /units/{id}}: a unit and its public disclosures by year (trend charts come with the public-reading work). */
// A page for people, not part of the open API.
@Hidden
@Controller("/units")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class UnitPageController {

    private final UnitService units;
    private final RegionDirectory regions;
    private final DisclosureCatalog catalog;

    UnitPageController(UnitService units, RegionDirectory regions, DisclosureCatalog catalog) {
        this.units = units;
        this.regions = regions;
        this.catalog = catalog;
    }

    @Serdeable
    record YearLine(int year, String statusLabel, int revision, String href) {
    }

    @Serdeable
    record UnitPage(String name, String regionPath, List<YearLine> years) {
    }

    @Serdeable
    record Model(UnitPage unit) {
    }

    @Get("/{id}")
    @View("unit/show")
    @Produces(MediaType.TEXT_HTML)
    Model show(@PathVariable long id) {
        Unit unit = units.byId(id).orElseThrow(() -> new NotFoundException("编号为 " + id + " 的单位不存在。"));
        List<YearLine> years = catalog.list(id, null, DisclosureStatus.PUBLISHED, 100, 0).stream()
                .map(s -> new YearLine(s.fiscalYear(), s.status().label(), s.revision(), "/disclosures/" + s.id()))
                .toList();
        String path = String.join(" / ", regions.path(unit.regionCode()).stream().map(Region::name).toList());
        return new Model(new UnitPage(unit.name(), path, years));
    }
}
