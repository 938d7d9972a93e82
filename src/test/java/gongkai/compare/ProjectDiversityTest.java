package gongkai.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Comparable projects rank across units, and say why each matched. */
class ProjectDiversityTest {

    private static ProjectService.Scored scored(long id, long unit, String name, float score) {
        return new ProjectService.Scored(
                new ProjectRow(
                        id,
                        100 + unit,
                        name,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        2023,
                        unit,
                        "单位" + unit,
                        "150000"),
                score);
    }

    @Test
    void eachUnitsBestMatchComesBeforeAnyUnitsSecond() {
        List<ProjectService.Scored> ranked =
                List.of(
                        scored(1, 1, "普法专项经费", 9f),
                        scored(2, 1, "普法宣传经费", 8f),
                        scored(3, 1, "行政复议经费", 7f),
                        scored(4, 1, "法律援助经费", 6f),
                        scored(5, 2, "普法宣传", 5f),
                        scored(6, 3, "法治宣传经费", 4f));
        List<Long> order =
                ProjectService.diversify(ranked).stream().map(s -> s.project().id()).toList();
        assertEquals(List.of(1L, 5L, 6L, 2L, 3L, 4L), order);
    }

    @Test
    void aMatchNamesTheWordsItSharesWithTheQuestion() {
        assertEquals("名称含：普法宣传、经费", MatchReasons.of("普法宣传经费", "普法宣传专项经费", null));
        assertEquals("名称含：经费", MatchReasons.of("普法宣传经费", "行政复议经费", null));
        assertEquals("目标含：普法", MatchReasons.of("普法宣传经费", "八五规划", "开展普法活动"));
        assertNull(MatchReasons.of("普法宣传经费", "公务用车", "保障运行"));
    }
}
