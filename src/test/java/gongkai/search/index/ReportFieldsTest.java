package gongkai.search.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

import gongkai.disclosure.DisclosureDocument.RegionRef;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The region levels a report is filtered and counted by. The search tests use regions with a full
 * path only; written after mutation testing (issue 16), these cover each level of code and the
 * paths shorter than the levels.
 */
class ReportFieldsTest {

    private static List<String> levels(String code, String name, List<String> path) {
        return ReportFields.regionLevels(new RegionRef(code, name, path)).stream()
                .map(Arrays::toString)
                .toList();
    }

    @Test
    void aCountyCodeGivesProvinceCityAndCountyWithTheirNames() {
        assertEquals(
                List.of("[430000, 湖南省]", "[430200, 株洲市]", "[430281, 醴陵市]"),
                levels("430281", "醴陵市", List.of("湖南省", "株洲市", "醴陵市")));
    }

    @Test
    void aCityCodeStopsAtTheCityAndAProvinceCodeAtTheProvince() {
        assertEquals(
                List.of("[430000, 湖南省]", "[430200, 株洲市]"),
                levels("430200", "株洲市", List.of("湖南省", "株洲市")));
        assertEquals(List.of("[150000, 内蒙古自治区]"), levels("150000", "内蒙古自治区", List.of("内蒙古自治区")));
    }

    @Test
    void aCodeWhoseCityDigitsAreZeroSkipsTheCity() {
        assertEquals(
                List.of("[420000, 湖北省]", "[420081, 某县]"),
                levels("420081", "某县", List.of("湖北省", "某县")));
    }

    @Test
    void aPathOfOneNameNamesEveryLevel() {
        assertEquals(
                List.of("[110000, 北京市]", "[110100, 北京市]", "[110101, 北京市]"),
                levels("110101", "东城区", List.of("北京市")));
    }

    @Test
    void withoutAPathTheRegionsOwnNameNamesEveryLevel() {
        assertEquals(
                List.of("[430000, 醴陵市]", "[430200, 醴陵市]", "[430281, 醴陵市]"),
                levels("430281", "醴陵市", null));
        assertEquals(
                List.of("[430000, 醴陵市]", "[430200, 醴陵市]", "[430281, 醴陵市]"),
                levels("430281", "醴陵市", List.of()));
        assertEquals(List.of("[430000, ]"), levels("430000", null, null));
    }

    @Test
    void aMissingOrMalformedCodeGivesNoLevels() {
        assertEquals(List.of(), levels(null, "醴陵市", List.of("醴陵市")));
        assertEquals(List.of(), levels("43028", "醴陵市", List.of("醴陵市")));
        assertEquals(List.of(), levels("43028a", "醴陵市", List.of("醴陵市")));
        assertEquals(List.of(), ReportFields.regionLevels(null).stream().toList());
    }
}
