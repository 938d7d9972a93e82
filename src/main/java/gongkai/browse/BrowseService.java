package gongkai.browse;

import gongkai.browse.BrowseViews.Crumb;
import gongkai.browse.BrowseViews.DisclosureLink;
import gongkai.browse.BrowseViews.Overview;
import gongkai.browse.BrowseViews.RegionLink;
import gongkai.browse.BrowseViews.RegionPage;
import gongkai.browse.BrowseViews.UnitLine;
import gongkai.browse.BrowseViews.YearLink;
import gongkai.browse.BrowseViews.YearPage;
import gongkai.browse.BrowseViews.YearRow;
import gongkai.region.Region;
import gongkai.region.RegionCodes;
import gongkai.region.RegionDirectory;
import gongkai.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Browsing what has been published: by region (province → city → county) and by year. */
@Singleton
public class BrowseService {

    static final int PAGE_SIZE = 50;

    private final BrowseRepository repository;
    private final RegionDirectory regions;

    BrowseService(BrowseRepository repository, RegionDirectory regions) {
        this.repository = repository;
        this.regions = regions;
    }

    private RegionTotals totals() {
        return new RegionTotals(
                repository.publishedByRegionAndYear(), repository.unitsByRegion(), regions);
    }

    /** Provinces and years that have publications, for the home page. */
    public Overview overview() {
        RegionTotals totals = totals();
        List<RegionLink> provinces =
                regions.provinces().stream()
                        .filter(p -> totals.disclosures(p.code(), null) > 0)
                        .map(p -> link(p, totals, null))
                        .toList();
        List<YearLink> years =
                totals.nationalYears().entrySet().stream()
                        .map(
                                e ->
                                        new YearLink(
                                                e.getKey(),
                                                e.getValue(),
                                                "/years/" + e.getKey(),
                                                false))
                        .toList();
        return new Overview(provinces, years);
    }

    RegionPage region(String code, @Nullable Integer year) {
        Region region =
                regions.byCode(code)
                        .orElseThrow(() -> new NotFoundException("行政区划代码 " + code + " 不存在。"));
        RegionTotals totals = totals();
        String base = "/regions/" + code;
        List<Crumb> path =
                regions.path(code).stream()
                        .map(r -> new Crumb(r.name(), "/regions/" + r.code()))
                        .toList();
        List<YearLink> years =
                totals.years(code).entrySet().stream()
                        .map(
                                e ->
                                        new YearLink(
                                                e.getKey(),
                                                e.getValue(),
                                                base + "?year=" + e.getKey(),
                                                e.getKey().equals(year)))
                        .toList();
        List<RegionLink> children = new ArrayList<>();
        int withoutData = 0;
        for (Region child : regions.children(code)) {
            if (totals.disclosures(child.code(), year) > 0) {
                children.add(link(child, totals, year));
            } else {
                withoutData++;
            }
        }
        return new RegionPage(
                region.code(),
                region.name(),
                region.level().label(),
                path,
                year,
                totals.disclosures(code, year),
                totals.units(code),
                years,
                base,
                children,
                withoutData,
                unitsHere(code, year));
    }

    private List<UnitLine> unitsHere(String code, @Nullable Integer year) {
        Map<Long, List<BrowseRepository.PublishedLine>> byUnit =
                repository.publishedInRegion(code, year).stream()
                        .collect(
                                Collectors.groupingBy(
                                        BrowseRepository.PublishedLine::unitId,
                                        LinkedHashMap::new,
                                        Collectors.toList()));
        return byUnit.values().stream()
                .map(
                        lines ->
                                new UnitLine(
                                        lines.get(0).unitName(),
                                        "/units/" + lines.get(0).unitId(),
                                        lines.stream()
                                                .map(
                                                        l ->
                                                                new DisclosureLink(
                                                                        l.fiscalYear(),
                                                                        "/disclosures/"
                                                                                + l.disclosureId()))
                                                .toList()))
                .toList();
    }

    YearPage year(int year, @Nullable String regionCode, int page) {
        RegionTotals totals = totals();
        Region region = null;
        if (regionCode != null) {
            region =
                    regions.byCode(regionCode)
                            .orElseThrow(
                                    () -> new NotFoundException("行政区划代码 " + regionCode + " 不存在。"));
        }
        long count =
                region == null
                        ? totals.nationalYears().getOrDefault(year, 0L)
                        : totals.disclosures(region.code(), year);
        List<RegionLink> provinces =
                regions.provinces().stream()
                        .filter(p -> totals.disclosures(p.code(), year) > 0)
                        .map(
                                p ->
                                        new RegionLink(
                                                p.code(),
                                                p.name(),
                                                p.level().label(),
                                                totals.disclosures(p.code(), year),
                                                totals.units(p.code()),
                                                "/years/" + year + "?region=" + p.code()))
                        .toList();
        List<YearRow> rows =
                repository
                        .publishedInYear(
                                year, prefix(region) + "%", PAGE_SIZE + 1, (page - 1) * PAGE_SIZE)
                        .stream()
                        .map(
                                l ->
                                        new YearRow(
                                                l.unitName(),
                                                "/units/" + l.unitId(),
                                                pathName(l.regionCode()),
                                                "/disclosures/" + l.disclosureId()))
                        .collect(Collectors.toCollection(ArrayList::new));
        String base = "/years/" + year + (region == null ? "?" : "?region=" + region.code() + "&");
        String next = null;
        if (rows.size() > PAGE_SIZE) {
            rows.remove(rows.size() - 1);
            next = base + "page=" + (page + 1);
        }
        String previous = page > 1 ? base + "page=" + (page - 1) : null;
        List<YearLink> otherYears =
                totals.nationalYears().entrySet().stream()
                        .map(
                                e ->
                                        new YearLink(
                                                e.getKey(),
                                                e.getValue(),
                                                "/years/" + e.getKey(),
                                                e.getKey() == year))
                        .toList();
        return new YearPage(
                year,
                region == null ? null : region.name(),
                count,
                provinces,
                rows,
                page,
                previous,
                next,
                otherYears);
    }

    private RegionLink link(Region r, RegionTotals totals, @Nullable Integer year) {
        String href = "/regions/" + r.code() + (year == null ? "" : "?year=" + year);
        return new RegionLink(
                r.code(),
                r.name(),
                r.level().label(),
                totals.disclosures(r.code(), year),
                totals.units(r.code()),
                href);
    }

    private static String prefix(@Nullable Region region) {
        return region == null ? "" : RegionCodes.prefix(region);
    }

    private String pathName(String code) {
        return regions.path(code).stream().map(Region::name).collect(Collectors.joining(" / "));
    }
}
