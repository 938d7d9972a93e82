package gongkai.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The justice units of the country as the benchmark imagines them: one 司法厅/司法局 per province, city
 * and county of the real region table, plus the subordinate units that publish their own accounts
 * (法治宣传中心, 强制隔离戒毒所, 法律援助中心, 公证处). A seeded shuffle picks which of them a corpus of a given size
 * contains, so units spread over the whole region tree at every size.
 */
final class UnitCatalog {

    /** One row of table {@code region}. */
    record RegionRow(String code, String name, String level, String parentCode) {}

    /** A unit to create: its name, region, kind and the names the narrative uses for its place. */
    record UnitSpec(
            String name,
            String regionCode,
            String kind,
            String place,
            String city,
            String province,
            Tier tier) {}

    enum Tier {
        PROVINCE,
        CITY,
        COUNTY,
        SUBORDINATE
    }

    /** The package's pseudo "cities" (municipal districts, directly administered counties). */
    private static final Set<String> PSEUDO = Set.of("市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划");

    private UnitCatalog() {}

    static List<UnitSpec> all(List<RegionRow> regions) {
        Map<String, RegionRow> byCode = new HashMap<>();
        for (RegionRow r : regions) {
            byCode.put(r.code(), r);
        }
        List<UnitSpec> units = new ArrayList<>();
        for (RegionRow r : regions) {
            switch (r.level()) {
                case "PROVINCE" -> {
                    String p = r.name();
                    units.add(new UnitSpec(p + "司法厅", r.code(), "行政单位", p, p, p, Tier.PROVINCE));
                    units.add(
                            new UnitSpec(
                                    p + "法治宣传中心", r.code(), "公益一类事业单位", p, p, p, Tier.SUBORDINATE));
                    units.add(
                            new UnitSpec(
                                    p + "强制隔离戒毒所",
                                    r.code(),
                                    "参照公务员法管理事业单位",
                                    p,
                                    p,
                                    p,
                                    Tier.SUBORDINATE));
                }
                case "CITY" -> {
                    if (PSEUDO.contains(r.name())) {
                        continue;
                    }
                    String p = provinceName(byCode, r);
                    units.add(
                            new UnitSpec(
                                    r.name() + "司法局",
                                    r.code(),
                                    "行政单位",
                                    r.name(),
                                    r.name(),
                                    p,
                                    Tier.CITY));
                    units.add(
                            new UnitSpec(
                                    r.name() + "法律援助中心",
                                    r.code(),
                                    "公益一类事业单位",
                                    r.name(),
                                    r.name(),
                                    p,
                                    Tier.SUBORDINATE));
                }
                default -> {
                    RegionRow city = byCode.get(r.parentCode());
                    String cityName =
                            city == null || PSEUDO.contains(city.name())
                                    ? provinceName(byCode, r)
                                    : city.name();
                    String p = provinceName(byCode, r);
                    // Districts share names across cities (朝阳区): bureaus name their city, as real
                    // ones do.
                    String name =
                            (r.name().endsWith("区") && !cityName.equals(p) ? cityName : "")
                                    + r.name()
                                    + "司法局";
                    units.add(
                            new UnitSpec(
                                    name, r.code(), "行政单位", r.name(), cityName, p, Tier.COUNTY));
                }
            }
        }
        return units;
    }

    /** The first {@code count} units of a seeded shuffle of all units. */
    static List<UnitSpec> pick(List<RegionRow> regions, int count, long seed) {
        List<UnitSpec> all = all(regions);
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = all.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            UnitSpec t = all.get(i);
            all.set(i, all.get(j));
            all.set(j, t);
        }
        if (count > all.size()) {
            throw new IllegalArgumentException("最多可生成 " + all.size() + " 个单位");
        }
        return List.copyOf(all.subList(0, count));
    }

    private static String provinceName(Map<String, RegionRow> byCode, RegionRow r) {
        RegionRow p = byCode.get(r.code().substring(0, 2) + "0000");
        return p == null ? r.name() : p.name();
    }
}
