package gongkai.execution;

import gongkai.disclosure.Charts;
import gongkai.disclosure.ExecutionRate;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.PublishedCache;
import gongkai.execution.ExecutionRepository.PairRow;
import gongkai.execution.ExecutionView.CodeLine;
import gongkai.execution.ExecutionView.PairLine;
import gongkai.execution.ExecutionView.RegionLine;
import gongkai.region.Region;
import gongkai.region.RegionDirectory;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Ranks where execution deviates most from the budget. A rate is actual ÷ budget; a 项 with no
 * initial budget (年初预算为0) has none and is only counted, since reports write such spending as
 * "完成年初预算的100%". Computed once per year filter and publication ({@link PublishedCache}).
 */
@Singleton
class ExecutionService {

    static final int SHOWN = 30;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ExecutionRepository repository;
    private final RegionDirectory regions;
    private final PublishedCache cache;
    private final JsonMapper json;

    ExecutionService(
            ExecutionRepository repository,
            RegionDirectory regions,
            PublishedCache cache,
            JsonMapper json) {
        this.repository = repository;
        this.regions = regions;
        this.cache = cache;
        this.json = json;
    }

    List<Integer> years() {
        return cache.get(
                "execution:years",
                y -> 64 + 16 * y.size(),
                () -> List.copyOf(repository.publishedYears()));
    }

    ExecutionView view(@Nullable Integer year) {
        return cache.get("execution:" + year, v -> 64_000, () -> compute(year));
    }

    private ExecutionView compute(@Nullable Integer year) {
        List<PairRow> all = repository.pairs(year);
        List<PairRow> budgeted = all.stream().filter(p -> p.budget().signum() > 0).toList();
        List<CodeStats> codes = byCode(budgeted);
        return new ExecutionView(
                year,
                years(),
                all.size(),
                all.size() - budgeted.size(),
                codes.stream().map(CodeStats::line).toList(),
                byProvince(budgeted),
                deviations(budgeted),
                Charts.scriptJson(json, chart(codes)));
    }

    private static @Nullable BigDecimal rate(BigDecimal budget, BigDecimal actual) {
        return ExecutionRate.of(budget, actual);
    }

    /** How far from the budget, either way: 60% and 140% are equally far. */
    private static BigDecimal distance(BigDecimal rate) {
        return rate.subtract(HUNDRED).abs();
    }

    private static String wan(BigDecimal yuan) {
        return MoneyUnit.WAN_YUAN.rounded(yuan).toPlainString();
    }

    private static String percent(@Nullable BigDecimal rate) {
        return rate == null ? "—" : rate.toPlainString() + "%";
    }

    /** One 项's line of the page, with the rates it shows as numbers (for the chart). */
    private record CodeStats(
            CodeLine line, BigDecimal rate, BigDecimal low, BigDecimal high, BigDecimal spread) {}

    private List<CodeStats> byCode(List<PairRow> budgeted) {
        Map<String, List<PairRow>> groups = new LinkedHashMap<>();
        budgeted.forEach(p -> groups.computeIfAbsent(p.rowCode(), k -> new ArrayList<>()).add(p));
        List<CodeStats> ranked = new ArrayList<>();
        for (List<PairRow> g : groups.values()) {
            BigDecimal budget =
                    g.stream().map(PairRow::budget).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal actual =
                    g.stream().map(PairRow::actual).reduce(BigDecimal.ZERO, BigDecimal::add);
            Comparator<PairRow> byRate = Comparator.comparing(p -> rate(p.budget(), p.actual()));
            PairRow low = g.stream().min(byRate).orElseThrow();
            PairRow high = g.stream().max(byRate).orElseThrow();
            BigDecimal lowRate = rate(low.budget(), low.actual());
            BigDecimal highRate = rate(high.budget(), high.actual());
            PairRow first = g.get(0);
            CodeLine line =
                    new CodeLine(
                            first.rowCode(),
                            first.rowName(),
                            (int) g.stream().map(PairRow::disclosureId).distinct().count(),
                            wan(budget),
                            wan(actual),
                            percent(rate(budget, actual)),
                            percent(lowRate),
                            low.unitName() + " " + low.fiscalYear(),
                            percent(highRate),
                            high.unitName() + " " + high.fiscalYear(),
                            "/compare?sort=execution&code="
                                    + URLEncoder.encode(first.rowCode(), StandardCharsets.UTF_8));
            ranked.add(
                    new CodeStats(
                            line,
                            rate(budget, actual),
                            lowRate,
                            highRate,
                            distance(lowRate).max(distance(highRate))));
        }
        ranked.sort(Comparator.comparing(CodeStats::spread).reversed());
        return ranked.stream().limit(SHOWN).toList();
    }

    private List<RegionLine> byProvince(List<PairRow> budgeted) {
        Map<String, BigDecimal[]> sums = new LinkedHashMap<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (PairRow p : budgeted) {
            List<Region> path = regions.path(p.regionCode());
            String province = path.isEmpty() ? p.regionCode() : path.get(0).code();
            BigDecimal[] s =
                    sums.computeIfAbsent(
                            province, k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
            s[0] = s[0].add(p.budget());
            s[1] = s[1].add(p.actual());
            counts.merge(province, 1, Integer::sum);
        }
        List<RegionLine> lines = new ArrayList<>();
        sums.entrySet().stream()
                .sorted(
                        Comparator.comparing(
                                        (Map.Entry<String, BigDecimal[]> e) ->
                                                distance(rate(e.getValue()[0], e.getValue()[1])))
                                .reversed())
                .forEach(
                        e ->
                                lines.add(
                                        new RegionLine(
                                                regions.byCode(e.getKey())
                                                        .map(Region::name)
                                                        .orElse(e.getKey()),
                                                counts.get(e.getKey()),
                                                wan(e.getValue()[0]),
                                                wan(e.getValue()[1]),
                                                percent(rate(e.getValue()[0], e.getValue()[1])),
                                                "/regions/" + e.getKey())));
        return lines;
    }

    private static List<PairLine> deviations(List<PairRow> budgeted) {
        return budgeted.stream()
                .sorted(
                        Comparator.comparing((PairRow p) -> distance(rate(p.budget(), p.actual())))
                                .reversed()
                                .thenComparing(PairRow::unitName))
                .limit(SHOWN)
                .map(
                        p ->
                                new PairLine(
                                        p.unitName(),
                                        "/units/" + p.unitId(),
                                        p.fiscalYear(),
                                        p.rowCode(),
                                        p.rowName(),
                                        wan(p.budget()),
                                        wan(p.actual()),
                                        percent(rate(p.budget(), p.actual())),
                                        "/disclosures/" + p.disclosureId()))
                .toList();
    }

    /** A horizontal bar per shown 项: the overall rate, beside the lowest and highest unit rate. */
    private static Charts.Data chart(List<CodeStats> codes) {
        List<String> names = new ArrayList<>();
        List<BigDecimal> overall = new ArrayList<>();
        List<BigDecimal> low = new ArrayList<>();
        List<BigDecimal> high = new ArrayList<>();
        for (CodeStats c : codes.subList(0, Math.min(15, codes.size()))) {
            names.add(c.line().code() + " " + c.line().name());
            overall.add(c.rate());
            low.add(c.low());
            high.add(c.high());
        }
        List<String> none = new ArrayList<>();
        names.forEach(n -> none.add(null));
        return new Charts.Data(
                "%",
                List.of(
                        new Charts.Spec(
                                "execution",
                                "hbar",
                                "预算执行率偏离最大的科目",
                                names,
                                List.of(
                                        new Charts.Series("最低", low, none),
                                        new Charts.Series("合计", overall, none),
                                        new Charts.Series("最高", high, none)),
                                false)));
    }
}
