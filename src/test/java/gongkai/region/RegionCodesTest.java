package gongkai.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Region codes nest by prefix: the rules the reviewer scope, the comparison filter and browsing
 * share.
 */
class RegionCodesTest {

    @Test
    void prefixDropsTrailingZeroPairsDownToTheProvince() {
        assertEquals("43", RegionCodes.prefix("430000"));
        assertEquals("4302", RegionCodes.prefix("430200"));
        assertEquals("430281", RegionCodes.prefix("430281"));
        assertEquals("15", RegionCodes.prefix("150000"));
    }

    @Test
    void prefixOfARegionFollowsItsLevel() {
        assertEquals(
                "43", RegionCodes.prefix(new Region("430000", "湖南省", RegionLevel.PROVINCE, null)));
        assertEquals(
                "4302",
                RegionCodes.prefix(new Region("430200", "株洲市", RegionLevel.CITY, "430000")));
        assertEquals(
                "430281",
                RegionCodes.prefix(new Region("430281", "醴陵市", RegionLevel.COUNTY, "430200")));
    }

    @Test
    void withinHoldsForTheRegionItselfAndItsSubRegionsOnly() {
        assertTrue(RegionCodes.within("430281", "430000"));
        assertTrue(RegionCodes.within("430281", "430200"));
        assertTrue(RegionCodes.within("430200", "430200"));
        assertFalse(RegionCodes.within("430181", "430200"));
        assertFalse(RegionCodes.within("440000", "430000"));
    }

    @Test
    void wellFormedCodesAreSixDigits() {
        assertTrue(RegionCodes.wellFormed("430281"));
        assertFalse(RegionCodes.wellFormed("43028"));
        assertFalse(RegionCodes.wellFormed("43028a"));
        assertFalse(RegionCodes.wellFormed(null));
    }
}
