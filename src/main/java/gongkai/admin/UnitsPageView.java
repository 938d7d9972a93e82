package gongkai.admin;

import gongkai.account.CsrfGuard;
import gongkai.admin.Admins.Option;
import gongkai.admin.UnitForms.Typed;
import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import gongkai.unit.Unit;
import gongkai.unit.UnitService;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Renders the unit pages: the list with the new-unit form, and one unit's edit form. */
@Singleton
class UnitsPageView {

    static final List<String> UNIT_KINDS =
            List.of("行政单位", "参照公务员法管理事业单位", "公益一类事业单位", "公益二类事业单位", "其他");

    private final UnitService units;
    private final RegionDirectory regions;
    private final CsrfGuard csrf;

    UnitsPageView(UnitService units, RegionDirectory regions, CsrfGuard csrf) {
        this.units = units;
        this.regions = regions;
        this.csrf = csrf;
    }

    @Serdeable
    record UnitLine(
            long id,
            String name,
            String region,
            @Nullable String kind,
            @Nullable String parent,
            String href) {}

    @Serdeable
    record UnitsPage(
            List<UnitLine> units,
            String query,
            Typed form,
            List<Option> kinds,
            List<Option> parents,
            @Nullable String message,
            String csrfToken) {}

    @Serdeable
    record UnitsModel(UnitsPage page) {}

    @Serdeable
    record UnitPage(
            long id,
            String name,
            String action,
            Typed form,
            List<Option> kinds,
            List<Option> parents,
            @Nullable String message,
            String csrfToken) {}

    @Serdeable
    record UnitModel(UnitPage page) {}

    HttpResponse<?> listPage(
            HttpRequest<?> request,
            @Nullable String q,
            Typed form,
            @Nullable String message,
            HttpStatus status) {
        List<Unit> all = units.all();
        Map<Long, Unit> byId =
                all.stream().collect(Collectors.toMap(Unit::id, Function.identity()));
        String query = q == null ? "" : q.strip();
        List<UnitLine> lines =
                all.stream()
                        .filter(
                                u ->
                                        query.isEmpty()
                                                || u.name().contains(query)
                                                || u.regionCode().startsWith(query))
                        .limit(500)
                        .map(u -> line(u, byId))
                        .toList();
        return HttpResponse.status(status)
                .body(
                        new ModelAndView<>(
                                "admin/units",
                                new UnitsModel(
                                        new UnitsPage(
                                                lines,
                                                query,
                                                form,
                                                kinds(form.kind()),
                                                Admins.unitOptions(all, form.parentUnitId()),
                                                message,
                                                csrf.token(request)))));
    }

    HttpResponse<?> unitPage(
            HttpRequest<?> request,
            Unit unit,
            Typed form,
            @Nullable String message,
            HttpStatus status) {
        List<Unit> others = units.all().stream().filter(u -> !u.id().equals(unit.id())).toList();
        return HttpResponse.status(status)
                .body(
                        new ModelAndView<>(
                                "admin/unit",
                                new UnitModel(
                                        new UnitPage(
                                                unit.id(),
                                                unit.name(),
                                                "/staff/admin/units/" + unit.id(),
                                                form,
                                                kinds(form.kind()),
                                                Admins.unitOptions(others, form.parentUnitId()),
                                                message,
                                                csrf.token(request)))));
    }

    private UnitLine line(Unit u, Map<Long, Unit> byId) {
        String path =
                regions.path(u.regionCode()).stream()
                        .map(Region::name)
                        .collect(Collectors.joining(" / "));
        Unit parent = u.parentUnitId() == null ? null : byId.get(u.parentUnitId());
        return new UnitLine(
                u.id(),
                u.name(),
                path + "（" + u.regionCode() + "）",
                u.kind(),
                parent == null ? null : parent.name(),
                "/staff/admin/units/" + u.id());
    }

    private static List<Option> kinds(String selected) {
        List<Option> options = new ArrayList<>();
        options.add(new Option("", "（未填）", selected.isEmpty()));
        boolean known = selected.isEmpty();
        for (String k : UNIT_KINDS) {
            options.add(new Option(k, k, k.equals(selected)));
            known |= k.equals(selected);
        }
        if (!known) {
            options.add(new Option(selected, selected, true));
        }
        return options;
    }
}
