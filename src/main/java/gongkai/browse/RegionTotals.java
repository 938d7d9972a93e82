package gongkai.browse;

import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Published-disclosure counts rolled up the region tree: a county's disclosures also count for its
 * city and province. Built per request from one GROUP BY (at most regions × years rows), so it is
 * always current without a cache to invalidate.
 */
final class RegionTotals {

    private final Map<String, TreeMap<Integer, Long>> byRegionAndYear = new HashMap<>();
    private final Map<String, Long> unitsByRegion = new HashMap<>();
    private final TreeMap<Integer, Long> national = new TreeMap<>();

    RegionTotals(
            List<BrowseRepository.RegionYearCount> counts,
            List<BrowseRepository.RegionUnitCount> units,
            RegionDirectory regions) {
        for (BrowseRepository.RegionYearCount c : counts) {
            national.merge(c.fiscalYear(), c.disclosures(), Long::sum);
            for (Region r : regions.path(c.regionCode())) {
                byRegionAndYear
                        .computeIfAbsent(r.code(), k -> new TreeMap<>())
                        .merge(c.fiscalYear(), c.disclosures(), Long::sum);
            }
        }
        for (BrowseRepository.RegionUnitCount u : units) {
            for (Region r : regions.path(u.regionCode())) {
                unitsByRegion.merge(r.code(), u.units(), Long::sum);
            }
        }
    }

    /**
     * Published disclosures in the region and everything under it; a null year means every year.
     */
    long disclosures(String regionCode, Integer year) {
        TreeMap<Integer, Long> years = byRegionAndYear.get(regionCode);
        if (years == null) {
            return 0;
        }
        return year == null
                ? years.values().stream().mapToLong(Long::longValue).sum()
                : years.getOrDefault(year, 0L);
    }

    long units(String regionCode) {
        return unitsByRegion.getOrDefault(regionCode, 0L);
    }

    /** Years with published disclosures anywhere, newest first, with their counts. */
    Map<Integer, Long> nationalYears() {
        return national.descendingMap();
    }

    /** Years with published disclosures in the region, newest first, with their counts. */
    Map<Integer, Long> years(String regionCode) {
        return byRegionAndYear.getOrDefault(regionCode, new TreeMap<>()).descendingMap();
    }
}
