package gongkai.region;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Looks regions up: by code, by path, and by the region names a unit's name contains. The national
 * list (~3,400 rows) is migration data that does not change while the portal runs, so it is read
 * once and kept in memory.
 */
@Singleton
public class RegionDirectory {

    private final RegionRepository regions;
    private volatile Index index;

    RegionDirectory(RegionRepository regions) {
        this.regions = regions;
    }

    private record Index(Map<String, Region> byCode, Map<String, List<Region>> byName) {}

    private Index index() {
        Index current = index;
        if (current == null) {
            Map<String, Region> byCode = new HashMap<>();
            Map<String, List<Region>> byName = new HashMap<>();
            for (Region r : regions.findAll()) {
                byCode.put(r.code(), r);
                byName.computeIfAbsent(r.name(), k -> new ArrayList<>()).add(r);
            }
            current = new Index(byCode, byName);
            index = current;
        }
        return current;
    }

    public Optional<Region> byCode(String code) {
        return Optional.ofNullable(code == null ? null : index().byCode().get(code));
    }

    /**
     * Regions whose name contains the text or whose code starts with it, in code order (at most
     * {@code limit}).
     */
    public List<Region> search(String text, int limit) {
        String q = text == null ? "" : text.strip();
        if (q.isEmpty()) {
            return List.of();
        }
        return index().byCode().values().stream()
                .filter(r -> r.name().contains(q) || r.code().startsWith(q))
                .sorted(Comparator.comparing(Region::code))
                .limit(limit)
                .toList();
    }

    public List<Region> provinces() {
        return regions.findByLevelOrderByCode(RegionLevel.PROVINCE);
    }

    public List<Region> children(String parentCode) {
        return regions.findByParentCodeOrderByCode(parentCode);
    }

    /** The region and its ancestors, province first. */
    public List<Region> path(String code) {
        List<Region> path = new ArrayList<>();
        Region current = index().byCode().get(code);
        while (current != null) {
            path.add(0, current);
            current =
                    current.parentCode() == null
                            ? null
                            : index().byCode().get(current.parentCode());
        }
        return path;
    }

    /**
     * Places a unit by the region names its name contains, e.g. 醴陵市司法局 → 醴陵市 (430281), 内蒙古自治区司法厅 →
     * 内蒙古自治区 (150000). The deepest region wins; a name shared by several regions (朝阳区 …) is only
     * accepted when exactly one of them has an ancestor also named.
     */
    public Optional<Region> locate(String unitName) {
        if (unitName == null || unitName.isBlank()) {
            return Optional.empty();
        }
        List<Region> named = new ArrayList<>();
        for (int start = 0; start < unitName.length(); start++) {
            // GB/T 2260 names are 2 to 20 characters long.
            for (int end = start + 2; end <= Math.min(unitName.length(), start + 20); end++) {
                named.addAll(
                        index().byName().getOrDefault(unitName.substring(start, end), List.of()));
            }
        }
        for (RegionLevel level :
                new RegionLevel[] {RegionLevel.COUNTY, RegionLevel.CITY, RegionLevel.PROVINCE}) {
            List<Region> atLevel =
                    named.stream().filter(r -> r.level() == level).distinct().toList();
            if (atLevel.size() == 1) {
                return Optional.of(atLevel.get(0));
            }
            List<Region> confirmed =
                    atLevel.stream()
                            .filter(
                                    r ->
                                            path(r.code()).stream()
                                                    .anyMatch(
                                                            a -> !a.equals(r) && named.contains(a)))
                            .toList();
            if (confirmed.size() == 1) {
                return Optional.of(confirmed.get(0));
            }
        }
        return Optional.empty();
    }
}
