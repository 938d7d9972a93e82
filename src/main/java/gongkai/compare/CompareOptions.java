package gongkai.compare;

import gongkai.compare.ComparePages.CommonCode;
import gongkai.compare.ComparePages.Option;
import gongkai.region.RegionLevel;
import io.micronaut.core.annotation.Nullable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** The fixed choices of the comparison form: levels, orders, sorts and the common codes. */
final class CompareOptions {

    private CompareOptions() {}

    static List<Option> levels(@Nullable String selected) {
        List<Option> out = new ArrayList<>();
        out.add(new Option("", "全部层级", selected == null || selected.isBlank()));
        for (RegionLevel l : RegionLevel.values()) {
            out.add(
                    new Option(
                            l.name(),
                            l.label() + "单位",
                            l.name().equalsIgnoreCase(selected == null ? "" : selected)));
        }
        return out;
    }

    static List<Option> sorts(@Nullable String selected) {
        String s = selected == null || selected.isBlank() ? "AMOUNT" : selected;
        return List.of(
                new Option("amount", "金额", s.equals("AMOUNT")),
                new Option("share", "占本年支出比例", s.equals("SHARE")),
                new Option("region", "地区", s.equals("REGION")),
                new Option("year", "年度", s.equals("YEAR")),
                new Option("execution", "预算执行率（决算÷年初预算）", s.equals("EXECUTION")));
    }

    static List<Option> orders(String selected) {
        return List.of(
                new Option("desc", "从高到低（降序）", !"asc".equals(selected)),
                new Option("asc", "从低到高（升序）", "asc".equals(selected)));
    }

    static List<CommonCode> common() {
        return ComparePages.COMMON.stream()
                .map(
                        c ->
                                new CommonCode(
                                        c[0],
                                        c[1],
                                        c[0].chars().allMatch(Character::isDigit),
                                        "/compare?code=" + encode(c[0])))
                .toList();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
