package gongkai.region;

import io.micronaut.core.annotation.Nullable;

/**
 * GB/T 2260 region codes: six digits that nest by prefix, 43 (湖南省) ⊃ 4302 (株洲市) ⊃ 430281 (醴陵市). The
 * one place that turns a code into the prefix its sub-regions share.
 */
public final class RegionCodes {

    private RegionCodes() {}

    /** Six digits, whether or not such a region exists. */
    public static boolean wellFormed(@Nullable String code) {
        return code != null && code.matches("\\d{6}");
    }

    /**
     * 430000 → "43", 430200 → "4302", 430281 → "430281": the prefix every code inside the region
     * starts with.
     */
    public static String prefix(String code) {
        String p = code;
        while (p.length() > 2 && p.endsWith("00")) {
            p = p.substring(0, p.length() - 2);
        }
        return p;
    }

    /**
     * The prefix by the region's level (a province's first two digits, a city's four, a county's
     * six).
     */
    public static String prefix(Region region) {
        return switch (region.level()) {
            case PROVINCE -> region.code().substring(0, 2);
            case CITY -> region.code().substring(0, 4);
            case COUNTY -> region.code();
        };
    }

    /** Whether {@code code} lies in the region {@code regionCode} (or is it). */
    public static boolean within(String code, String regionCode) {
        return code.startsWith(prefix(regionCode));
    }
}
