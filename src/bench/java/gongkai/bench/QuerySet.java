package gongkai.bench;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The fixed, mixed query set every run measures: short and long words, phrases, codes, filters by
 * year, region and type, sorting, a deep page, and the cases where plain substring matching fails
 * (三公经费 printed as “三公”经费, traditional characters, several words). Never change it between runs
 * whose figures are compared; add a new query at the end if needed.
 */
final class QuerySet {

    /** One query as the API takes it (null = not set). {@code why} says what it exercises. */
    record Query(
            String q, Integer year, String region, String type, String sort, int page, String why) {

        String apiPath() {
            StringBuilder b = new StringBuilder("/api/search?q=").append(enc(q));
            if (year != null) {
                b.append("&year=").append(year);
            }
            if (region != null) {
                b.append("&region=").append(region);
            }
            if (type != null) {
                b.append("&type=").append(type);
            }
            if (sort != null) {
                b.append("&sort=").append(sort);
            }
            if (page > 1) {
                b.append("&page=").append(page);
            }
            return b.append("&size=").append(SIZE).toString();
        }

        String label() {
            StringBuilder b = new StringBuilder(q);
            if (year != null) {
                b.append(" year=").append(year);
            }
            if (region != null) {
                b.append(" region=").append(region);
            }
            if (type != null) {
                b.append(" type=").append(type);
            }
            if (sort != null) {
                b.append(" sort=").append(sort);
            }
            if (page > 1) {
                b.append(" page=").append(page);
            }
            return b.toString();
        }

        private static String enc(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }

    static final int SIZE = 20;

    static final List<Query> QUERIES =
            List.of(
                    new Query("法治乌兰牧骑", null, null, null, null, 1, "regional programme, rare"),
                    new Query("社区矫正经费", null, null, null, null, 1, "project name, frequent"),
                    new Query("公务接待费", null, null, null, null, 1, "economic line and 三公 text"),
                    new Query("三公经费", null, null, null, null, 1, "printed as “三公”经费: LIKE misses"),
                    new Query(
                            "社區矯正",
                            null,
                            null,
                            null,
                            null,
                            1,
                            "traditional characters: LIKE misses"),
                    new Query("社区矫正", null, null, null, null, 1, "short word, very frequent"),
                    new Query("普法", null, null, null, null, 1, "two characters"),
                    new Query("法律援助", null, null, null, null, 1, "frequent word"),
                    new Query("2040610", null, null, null, null, 1, "项 code"),
                    new Query("20406", null, null, null, null, 1, "款 code prefix"),
                    new Query("12348公共法律服务热线平台运行服务费", null, null, null, null, 1, "long word"),
                    new Query(
                            "基本支出 项目支出",
                            null,
                            null,
                            null,
                            null,
                            1,
                            "two words: LIKE on the phrase misses"),
                    new Query("公务用车运行维护费", 2021, null, null, null, 1, "year filter"),
                    new Query("社区矫正经费", null, "430000", null, null, 1, "province filter"),
                    new Query(
                            "人民调解", null, "150000", null, "year", 1, "region filter, sort by year"),
                    new Query("普法宣传", null, null, "PROJECT", null, 1, "type filter"),
                    new Query("行政运行", null, null, "LINE_ITEM", "amount", 1, "line items by amount"),
                    new Query("人民调解", null, null, null, null, 20, "deep page 20"),
                    new Query("机关运行经费", 2023, "440000", null, null, 1, "year and region"),
                    new Query("差旅费", null, null, null, null, 1, "economic detail word"));

    private QuerySet() {}
}
