package gongkai.admin;

import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import gongkai.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import io.swagger.v3.oas.annotations.Hidden;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code /staff/admin/regions}: the national region list, read-only (it is migration data).
 * Administrators only.
 */
@Hidden // a staff page, not part of the open API
@Controller("/staff/admin/regions")
@Secured(SecurityRule.IS_AUTHENTICATED) // and Admins.require
@ExecuteOn(TaskExecutors.BLOCKING)
class RegionsController {

    private final RegionDirectory regions;

    RegionsController(RegionDirectory regions) {
        this.regions = regions;
    }

    @Serdeable
    record RegionLine(
            String code, String name, String levelLabel, String path, String childrenHref) {}

    @Serdeable
    record RegionsPage(String query, @Nullable String parentName, List<RegionLine> regions) {}

    @Serdeable
    record RegionsModel(RegionsPage page) {}

    @Get
    ModelAndView<RegionsModel> regionList(
            @Nullable @QueryValue String q,
            @Nullable @QueryValue String parent,
            Authentication authentication) {
        Admins.require(authentication);
        String query = q == null ? "" : q.strip();
        List<Region> found;
        String parentName = null;
        if (!query.isEmpty()) {
            found = regions.search(query.length() > 50 ? query.substring(0, 50) : query, 200);
        } else if (parent != null && !parent.isBlank()) {
            Region p =
                    regions.byCode(parent.strip())
                            .orElseThrow(() -> new NotFoundException("行政区划代码 " + parent + " 不存在。"));
            parentName = p.name();
            found = regions.children(p.code());
        } else {
            found = regions.provinces();
        }
        List<RegionLine> lines =
                found.stream()
                        .map(
                                r ->
                                        new RegionLine(
                                                r.code(),
                                                r.name(),
                                                r.level().label(),
                                                regions.path(r.code()).stream()
                                                        .map(Region::name)
                                                        .collect(Collectors.joining(" / ")),
                                                "/staff/admin/regions?parent=" + r.code()))
                        .toList();
        return new ModelAndView<>(
                "admin/regions", new RegionsModel(new RegionsPage(query, parentName, lines)));
    }
}
