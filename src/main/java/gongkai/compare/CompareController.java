package gongkai.compare;

import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import gongkai.disclosure.PublishedCache;
import gongkai.web.ApiError;
import com.fasterxml.jackson.annotation.JsonInclude;
import gongkai.region.Region;
import gongkai.region.RegionLevel;
import gongkai.web.BadRequestException;
import gongkai.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.micronaut.views.ModelAndView;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code /compare} (page), {@code /compare.csv} (download) and {@code /api/compare} (JSON): one
 * code across every unit and year, with the same parameters everywhere, so a page's URL, its CSV
 * and its API call show the same rows.
 */
@Controller
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class CompareController {

    /** Codes researchers compare most, offered as a picker and as example links. */
    static final List<String[]> COMMON = List.of(
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

    private final CompareService compare;
    private final JsonMapper json;
    private final PublishedCache cache;
    private final Pages pages;

    CompareController(CompareService compare, JsonMapper json, PublishedCache cache, Pages pages) {
        this.compare = compare;
        this.json = json;
        this.cache = cache;
        this.pages = pages;
    }

    // --- API --------------------------------------------------------------------------------------

    @Serdeable
    record CodeInfo(String code, String name, String kind, String kindLabel, List<String> sources) {
    }

    /** Empty lists and null shares are written out, so clients see the same shape every time. */
    @Serdeable
    @JsonInclude(JsonInclude.Include.ALWAYS)
    record CompareResult(CodeInfo code, long total, int page, int size, List<CompareRow> items) {
    }

    @Tag(name = "比较", description = "同一科目、同类项目跨单位、跨年度比较")
    @Operation(summary = "科目比较", description = "每个已公开决算中该科目的金额（元）、占本单位支出合计的比例、地区和年度；"
            + "与 /compare 页面和 /compare.csv 参数相同、结果相同。")
    @ApiResponse(responseCode = "200", description = "比较结果")
    @ApiResponse(responseCode = "400", description = "科目代码或参数不正确", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "500", description = "服务器内部错误（已记录，不含异常细节）", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @ApiResponse(responseCode = "503", description = "服务暂时不可用（数据库或检索索引暂时无法访问），请稍后再试", content = @Content(schema = @Schema(implementation = ApiError.class)))
    @Get("/api/compare")
    @Produces(MediaType.APPLICATION_JSON)
    CompareResult api(@Parameter(description = "功能分类代码（类 3 位、款 5 位、项 7 位）、经济分类代码（3 或 5 位）或汇总行名称（如 三公经费合计、本年支出合计）", example = "2040610") @Nullable @QueryValue String code,
                      @Parameter(description = "年度", example = "2023") @Nullable @QueryValue String year,
                      @Parameter(description = "行政区划代码（6 位，任一级，含下级地区）") @Nullable @QueryValue String region,
                      @Parameter(description = "单位所在层级：PROVINCE、CITY、COUNTY") @Nullable @QueryValue String level,
                      @Parameter(description = "排序：amount（金额）、share（占比）、region（地区）、year（年度）") @Nullable @QueryValue String sort,
                      @Parameter(description = "顺序：asc 或 desc") @Nullable @QueryValue String order,
                      @Parameter(description = "页码，从 1 开始") @QueryValue(defaultValue = "1") int page,
                      @Parameter(description = "每页条数") @QueryValue(defaultValue = "50") int size) {
        CompareQuery.checkPage(page, size);
        CompareQuery q = query(code, year, region, level, sort, order, page, size);
        List<CompareRow> rows = compare.rows(q);
        return new CompareResult(info(q.code()), rows.size(), page, size, slice(rows, page, size));
    }

    // --- CSV --------------------------------------------------------------------------------------

    @Hidden // a download of the page's rows; the open API is /api/compare
    @Get("/compare.csv")
    @Produces("text/csv")
    HttpResponse<byte[]> csv(@Nullable @QueryValue String code, @Nullable @QueryValue String year,
                             @Nullable @QueryValue String region, @Nullable @QueryValue String level,
                             @Nullable @QueryValue String sort, @Nullable @QueryValue String order) {
        CompareQuery q = query(code, year, region, level, sort, order, 1, CompareQuery.DEFAULT_SIZE);
        byte[] body = CompareCsv.write(q.code(), compare.rows(q));
        String file = "compare-" + q.code().code() + ".csv";
        return HttpResponse.ok(body)
                .contentType(new MediaType("text/csv; charset=utf-8"))
                .header("Content-Disposition", "attachment; filename=\"compare.csv\"; filename*=UTF-8''"
                        + URLEncoder.encode(file, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    // --- page -------------------------------------------------------------------------------------

    @Serdeable
    record Option(String value, String label, boolean selected) {
    }

    /** A code offered as a link: {@code numeric} codes show the code before the label. */
    @Serdeable
    record CommonCode(String value, String label, boolean numeric, String href) {
    }

    @Serdeable
    record RowView(String unitName, String unitHref, String regionPath, String unitLevel, int year, String amountWan,
                   String amountYuan, String share, String source, boolean summed, String disclosureHref) {
    }

    @Serdeable
    record ChartData(String title, String unit, List<String> labels, List<BigDecimal> values) {
    }

    @Serdeable
    record ComparePage(String code, @Nullable CodeInfo info, @Nullable String error, boolean searched, long total,
                       int page, int pages, List<RowView> rows, @Nullable String previousHref, @Nullable String nextHref,
                       @Nullable String csvHref, @Nullable String apiHref, @Nullable String searchHref,
                       @Nullable String chartJson, List<Option> years, List<Option> regions, List<Option> levels,
                       List<Option> sorts, List<Option> orders, List<CommonCode> common, List<CommonCode> parents,
                       String accepted) {
    }

    @Serdeable
    record Model(ComparePage view) {
    }

    @Hidden
    @Get("/compare")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<?> page(@Nullable @QueryValue String code, @Nullable @QueryValue String year,
                         @Nullable @QueryValue String region, @Nullable @QueryValue String level,
                         @Nullable @QueryValue String sort, @Nullable @QueryValue String order,
                         @QueryValue(defaultValue = "1") int page, HttpRequest<?> request) {
        String codeText = code == null ? "" : code.strip();
        if (codeText.isEmpty()) {
            return HttpResponse.ok(view(empty("", null, year, region, level, sort, order)));
        }
        CompareQuery q;
        try {
            CompareQuery.checkPage(page, CompareQuery.DEFAULT_SIZE);
            q = query(codeText, year, region, level, sort, order, page, CompareQuery.DEFAULT_SIZE);
        } catch (BadRequestException e) {
            // The form stays, with the message and the accepted forms, so the reader can correct it.
            return HttpResponse.<ModelAndView<Model>>badRequest().body(view(empty(codeText, e.getMessage(), year, region, level, sort, order)));
        }
        // The whole page is kept until the next publication, under its exact query string.
        CompareQuery valid = q;
        String html = cache.page("compare-page:" + request.getUri().getRawQuery(),
                () -> pages.html("compare/index", new Model(comparePage(valid, codeText)), request));
        return HttpResponse.ok(html).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private ComparePage comparePage(CompareQuery q, String codeText) {
        List<CompareRow> all = compare.rows(q);
        int size = q.size();
        int pageCount = (int) Math.max(1, (all.size() + size - 1) / size);
        List<CompareRow> shown = slice(all, q.page(), size);
        List<RowView> rows = shown.stream().map(CompareController::rowView).toList();
        String chart = chartJson(q.code(), shown);
        ComparePage p = new ComparePage(codeText, info(q.code()), null, true, all.size(), q.page(), pageCount, rows,
                q.page() > 1 ? link("/compare", q, q.page() - 1) : null,
                q.page() < pageCount ? link("/compare", q, q.page() + 1) : null,
                link("/compare.csv", q, 1), link("/api/compare", q, q.page()),
                "/search?q=" + encode(q.code().code()), chart,
                years(q.year() == null ? null : q.year().toString()), regions(q.region()),
                levels(q.level() == null ? null : q.level().name()), sorts(q.sort().name()),
                orders(q.descending() ? "desc" : "asc"), common(), parents(q), CompareCode.ACCEPTED);
        return p;
    }

    private static ModelAndView<Model> view(ComparePage p) {
        return new ModelAndView<>("compare/index", new Model(p));
    }

    /** The form alone (no code yet, or a code the reader must correct); filters keep what was sent. */
    private ComparePage empty(String code, @Nullable String error, @Nullable String year, @Nullable String region,
                              @Nullable String level, @Nullable String sort, @Nullable String order) {
        return new ComparePage(code, null, error, false, 0, 1, 1, List.of(), null, null, null, null, null, null,
                years(year), regions(region), levels(level), sorts(sort == null ? null : sort.toUpperCase(Locale.ROOT)),
                orders(order == null ? "desc" : order.toLowerCase(Locale.ROOT)), common(), List.of(), CompareCode.ACCEPTED);
    }

    private CompareQuery query(@Nullable String code, @Nullable String year, @Nullable String region,
                               @Nullable String level, @Nullable String sort, @Nullable String order, int page, int size) {
        CompareCode c = CompareCode.parse(code);
        return new CompareQuery(c, CompareQuery.year(parseYear(year)), compare.region(region), CompareQuery.level(level),
                CompareQuery.sort(sort), CompareQuery.descending(order), page, size);
    }

    @Nullable
    private static Integer parseYear(@Nullable String year) {
        if (year == null || year.isBlank()) {
            return null;
        }
        if (!year.strip().matches("\\d{4}")) {
            throw new BadRequestException("年度 year 应为四位年份，例如 2023。");
        }
        return Integer.parseInt(year.strip());
    }

    static CodeInfo info(CompareCode c) {
        return new CodeInfo(c.code(), c.name(), c.kind().name(), c.kindLabel(),
                c.sources().stream().map(CompareCode.Source::label).toList());
    }

    private static List<CompareRow> slice(List<CompareRow> rows, int page, int size) {
        int from = (int) Math.min(rows.size(), (long) (page - 1) * size);
        return rows.subList(from, Math.min(rows.size(), from + size));
    }

    private static RowView rowView(CompareRow r) {
        return new RowView(r.unitName(), "/units/" + r.unitId(), r.regionPathText(), r.unitLevel(), r.year(),
                wan(r.amount()), r.amount().toPlainString(), r.share() == null ? "—" : r.share().toPlainString() + "%",
                r.sourceLabel(), r.summed(), "/disclosures/" + r.disclosureId());
    }

    static String wan(BigDecimal yuan) {
        return yuan.divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP).toPlainString();
    }

    /** The chart's data block; '<' is escaped so the JSON can never close its script element. */
    private String chartJson(CompareCode code, List<CompareRow> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        List<String> labels = new ArrayList<>();
        List<BigDecimal> values = new ArrayList<>();
        for (CompareRow r : rows) {
            labels.add(r.unitName() + " " + r.year());
            values.add(r.amount().divide(BigDecimal.valueOf(10_000), 2, RoundingMode.HALF_UP));
        }
        try {
            String s = json.writeValueAsString(new ChartData(code.code() + " " + code.name(), "万元", labels, values));
            return s.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stable URL for a view: the same parameters the form sends, defaults left out. */
    static String link(String path, CompareQuery q, int page) {
        StringBuilder url = new StringBuilder(path).append("?code=").append(encode(q.code().code()));
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
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
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

    private List<Option> regions(@Nullable String selected) {
        List<Option> out = new ArrayList<>();
        out.add(new Option("", "全国", selected == null || selected.isBlank()));
        for (Region r : compare.regionsWithData()) {
            String indent = switch (r.level()) {
                case PROVINCE -> "";
                case CITY -> "　";
                case COUNTY -> "　　";
            };
            out.add(new Option(r.code(), indent + r.name(), r.code().equals(selected)));
        }
        return out;
    }

    private static List<Option> levels(@Nullable String selected) {
        List<Option> out = new ArrayList<>();
        out.add(new Option("", "全部层级", selected == null || selected.isBlank()));
        for (RegionLevel l : RegionLevel.values()) {
            out.add(new Option(l.name(), l.label() + "单位", l.name().equalsIgnoreCase(selected == null ? "" : selected)));
        }
        return out;
    }

    private static List<Option> sorts(@Nullable String selected) {
        String s = selected == null || selected.isBlank() ? "AMOUNT" : selected;
        return List.of(new Option("amount", "金额", s.equals("AMOUNT")), new Option("share", "占本年支出比例", s.equals("SHARE")),
                new Option("region", "地区", s.equals("REGION")), new Option("year", "年度", s.equals("YEAR")));
    }

    private static List<Option> orders(String selected) {
        return List.of(new Option("desc", "从高到低（降序）", !"asc".equals(selected)), new Option("asc", "从低到高（升序）", "asc".equals(selected)));
    }

    private static List<CommonCode> common() {
        return COMMON.stream().map(c -> new CommonCode(c[0], c[1], c[0].chars().allMatch(Character::isDigit),
                "/compare?code=" + encode(c[0]))).toList();
    }

    /** Links to the same comparison one level up (项 → 款 → 类), keeping the filters. */
    private static List<CommonCode> parents(CompareQuery q) {
        return q.code().parents().stream().map(p -> new CommonCode(p[0], p[1], true,
                link("/compare", new CompareQuery(CompareCode.parse(p[0]), q.year(), q.region(), q.level(), q.sort(),
                        q.descending(), 1, q.size()), 1))).toList();
    }
}
