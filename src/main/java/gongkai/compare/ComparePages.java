package gongkai.compare;

import gongkai.cite.Citation;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StatedIn;
import gongkai.region.Region;
import gongkai.region.RegionLevel;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The view model of {@code /compare} (template compare/index): the form with its options, one page
 * of rows in 万元, the chart data and stable links to the same view, its CSV and its API call.
 */
@Singleton
class ComparePages {

    /** Codes researchers compare most, offered as a picker and as example links. */
    static final List<String[]> COMMON =
            List.of(
                    new String[] {"2040610", "社区矫正"},
                    new String[] {"2040605", "普法宣传"},
                    new String[] {"2040601", "行政运行（司法）"},
                    new String[] {"2040607", "公共法律服务"},
                    new String[] {"20406", "司法（款）"},
                    new String[] {"204", "公共安全支出（类）"},
                    new String[] {"30217", "公务接待费（经济分类）"},
                    new String[] {"30231", "公务用车运行维护费（经济分类）"},
                    new String[] {"302", "商品和服务支出（经济分类）"},
                    new String[] {"三公经费合计", "“三公”经费合计（公开09 决算数）"},
                    new String[] {"公务接待费", "公务接待费（公开09 决算数）"},
                    new String[] {"本年支出合计", "本年支出合计"},
                    new String[] {"本年收入合计", "本年收入合计"},
                    new String[] {"人员经费合计", "人员经费合计（公开06）"},
                    new String[] {"公用经费合计", "公用经费合计（公开06）"});

    @Serdeable
    record Option(String value, String label, boolean selected) {}

    /** A code offered as a link: {@code numeric} codes show the code before the label. */
    @Serdeable
    record CommonCode(String value, String label, boolean numeric, String href) {}

    @Serdeable
    record RowView(
            String unitName,
            String unitHref,
            String regionPath,
            String unitLevel,
            int year,
            String amountWan,
            String amountYuan,
            String share,
            String source,
            boolean summed,
            String disclosureHref,
            String budgetWan,
            String actualWan,
            String executionRate,
            String executionFrom) {}

    @Serdeable
    record ChartData(String title, String unit, List<String> labels, List<BigDecimal> values) {}

    @Serdeable
    record ComparePage(
            String code,
            @Nullable CodeInfo info,
            @Nullable String error,
            boolean searched,
            long total,
            int page,
            int pages,
            List<RowView> rows,
            @Nullable String previousHref,
            @Nullable String nextHref,
            @Nullable String csvHref,
            @Nullable String apiHref,
            @Nullable String searchHref,
            @Nullable String chartJson,
            List<Option> years,
            List<Option> regions,
            List<Option> levels,
            List<Option> sorts,
            List<Option> orders,
            List<CommonCode> common,
            List<CommonCode> parents,
            String accepted,
            @Nullable String rateMin,
            @Nullable String rateMax,
            boolean showsExecution,
            int unitsWithoutData) {}

    @Serdeable
    record Model(ComparePage view, @Nullable Citation cite) {}

    private final CompareService compare;
    private final JsonMapper json;

    ComparePages(CompareService compare, JsonMapper json) {
        this.compare = compare;
        this.json = json;
    }

    /** The page for a valid query, from all its rows in order. */
    ComparePage page(CompareQuery q, String codeText, List<CompareRow> all) {
        int pageCount = q.pageCount(all.size());
        List<CompareRow> shown = q.pageOf(all);
        return new ComparePage(
                codeText,
                CodeInfo.of(q.code()),
                null,
                true,
                all.size(),
                q.page(),
                pageCount,
                shown.stream().map(ComparePages::rowView).toList(),
                q.page() > 1 ? CompareLinks.link("/compare", q, q.page() - 1) : null,
                q.page() < pageCount ? CompareLinks.link("/compare", q, q.page() + 1) : null,
                CompareLinks.link("/compare.csv", q, 1),
                CompareLinks.link("/api/compare", q, q.page()),
                "/search?q=" + encode(q.code().code()),
                chartJson(q.code(), shown),
                years(q.year() == null ? null : q.year().toString()),
                regions(q.region()),
                CompareOptions.levels(q.level() == null ? null : q.level().name()),
                CompareOptions.sorts(q.sort().name()),
                CompareOptions.orders(q.descending() ? "desc" : "asc"),
                CompareOptions.common(),
                CompareLinks.parents(q),
                CompareCode.ACCEPTED,
                q.rates().min() == null ? null : q.rates().min().toPlainString(),
                q.rates().max() == null ? null : q.rates().max().toPlainString(),
                q.code().pairSource().isPresent(),
                compare.unitsWithoutData(q));
    }

    /**
     * The form alone (no code yet, or a code the reader must correct); filters keep what was sent.
     */
    ComparePage empty(
            String code,
            @Nullable String error,
            @Nullable String year,
            @Nullable String region,
            @Nullable String level,
            @Nullable String sort,
            @Nullable String order,
            @Nullable String rateMin,
            @Nullable String rateMax) {
        return new ComparePage(
                code,
                null,
                error,
                false,
                0,
                1,
                1,
                List.of(),
                null,
                null,
                null,
                null,
                null,
                null,
                years(year),
                regions(region),
                CompareOptions.levels(level),
                CompareOptions.sorts(sort == null ? null : sort.toUpperCase(Locale.ROOT)),
                CompareOptions.orders(order == null ? "desc" : order.toLowerCase(Locale.ROOT)),
                CompareOptions.common(),
                List.of(),
                CompareCode.ACCEPTED,
                rateMin,
                rateMax,
                false,
                0);
    }

    private static RowView rowView(CompareRow r) {
        return new RowView(
                r.unitName(),
                "/units/" + r.unitId(),
                r.regionPathText(),
                r.unitLevel(),
                r.year(),
                MoneyUnit.WAN_YUAN.rounded(r.amount()).toPlainString(),
                r.amount().toPlainString(),
                r.share() == null ? "—" : r.share().toPlainString() + "%",
                r.sourceLabel(),
                r.summed(),
                "/disclosures/" + r.disclosureId(),
                r.budget() == null ? "—" : MoneyUnit.WAN_YUAN.rounded(r.budget()).toPlainString(),
                r.actual() == null ? "—" : MoneyUnit.WAN_YUAN.rounded(r.actual()).toPlainString(),
                r.executionRate() == null ? "—" : r.executionRate().toPlainString() + "%",
                StatedIn.label(r.executionSource()));
    }

    /** The chart's data block; '<' is escaped so the JSON can never close its script element. */
    @Nullable
    private String chartJson(CompareCode code, List<CompareRow> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (CompareRow r : rows) {
            labels.add(r.unitName() + " " + r.year());
            values.add(MoneyUnit.WAN_YUAN.rounded(r.amount()));
        }
        try {
            String s =
                    json.writeValueAsString(
                            new ChartData(
                                    code.code() + " " + code.name(),
                                    MoneyUnit.WAN_YUAN.label(),
                                    labels,
                                    values));
            return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private List<Option> years(@Nullable String selected) {
        List<Option> out = new ArrayList<>();
        out.add(new Option("", "全部年度", selected == null || selected.isBlank()));
        for (Integer y : compare.years()) {
            out.add(new Option(y.toString(), y + "年度", y.toString().equals(selected)));
        }
        return out;
    }

    /**
     * The region filter drills down: provinces, then the selected region's ancestors and the
     * children of each of them. Every region with data would be over a thousand options on a
     * national corpus — half the page's elements, and a list nobody scrolls on a phone.
     */
    private List<Option> regions(@Nullable String selected) {
        List<Region> withData = compare.regionsWithData();
        Map<String, Region> byCode = new HashMap<>();
        withData.forEach(r -> byCode.put(r.code(), r));
        Set<String> open = new HashSet<>();
        for (Region r = selected == null ? null : byCode.get(selected);
                r != null;
                r = r.parentCode() == null ? null : byCode.get(r.parentCode())) {
            open.add(r.code());
        }
        List<Option> out = new ArrayList<>();
        out.add(new Option("", "全国", selected == null || selected.isBlank()));
        for (Region r : withData) {
            if (r.level() != RegionLevel.PROVINCE && !open.contains(r.parentCode())) {
                continue;
            }
            String indent =
                    switch (r.level()) {
                        case PROVINCE -> "";
                        case CITY -> "　";
                        case COUNTY -> "　　";
                    };
            out.add(new Option(r.code(), indent + r.name(), r.code().equals(selected)));
        }
        return out;
    }
}
