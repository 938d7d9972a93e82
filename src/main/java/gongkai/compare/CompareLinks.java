package gongkai.compare;

import gongkai.compare.ComparePages.CommonCode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/** Stable URLs for comparison views: the parameters the form sends, defaults left out. */
final class CompareLinks {

    private CompareLinks() {}

    /** The view of q at this page under path (/compare, /compare.csv or /api/compare). */
    static String link(String path, CompareQuery q, int page) {
        StringBuilder url =
                new StringBuilder(path)
                        .append("?code=")
                        .append(URLEncoder.encode(q.code().code(), StandardCharsets.UTF_8));
        if (q.year() != null) {
            url.append("&year=").append(q.year());
        }
        if (q.region() != null) {
            url.append("&region=").append(q.region());
        }
        if (q.level() != null) {
            url.append("&level=").append(q.level().name());
        }
        if (q.sort() != CompareQuery.Sort.AMOUNT) {
            url.append("&sort=").append(q.sort().name().toLowerCase(Locale.ROOT));
        }
        if (!q.descending()) {
            url.append("&order=asc");
        }
        if (q.rates().min() != null) {
            url.append("&rateMin=").append(q.rates().min().toPlainString());
        }
        if (q.rates().max() != null) {
            url.append("&rateMax=").append(q.rates().max().toPlainString());
        }
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
    }

    /** Links to the same comparison one level up (项 → 款 → 类), keeping the filters. */
    static List<CommonCode> parents(CompareQuery q) {
        return q.code().parents().stream()
                .map(
                        p ->
                                new CommonCode(
                                        p[0],
                                        p[1],
                                        true,
                                        link(
                                                "/compare",
                                                new CompareQuery(
                                                        CompareCode.parse(p[0]),
                                                        q.year(),
                                                        q.region(),
                                                        q.level(),
                                                        q.sort(),
                                                        q.descending(),
                                                        1,
                                                        q.size(),
                                                        q.rates()),
                                                1)))
                .toList();
    }
}
