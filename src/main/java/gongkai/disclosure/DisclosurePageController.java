package gongkai.disclosure;

import gongkai.web.NotFoundException;
import gongkai.web.Pages;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.serde.annotation.Serdeable;
import io.swagger.v3.oas.annotations.Hidden;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** {@code /disclosures/{id}}: one published (or corrected) disclosure, readable in full. */
// A page for people, not part of the open API.
@Hidden
@Controller("/disclosures")
@Secured(SecurityRule.IS_ANONYMOUS)
@ExecuteOn(TaskExecutors.BLOCKING)
class DisclosurePageController {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZoneId.of("Asia/Shanghai"));

    private final DisclosureCatalog catalog;
    private final JsonMapper json;
    private final PublishedCache cache;
    private final Pages pages;

    DisclosurePageController(
            DisclosureCatalog catalog, JsonMapper json, PublishedCache cache, Pages pages) {
        this.catalog = catalog;
        this.json = json;
        this.cache = cache;
        this.pages = pages;
    }

    @Serdeable
    record Model(DisclosurePage page) {}

    @Get("/{id}")
    @Produces(MediaType.TEXT_HTML)
    HttpResponse<String> show(
            @PathVariable long id, @Nullable @QueryValue String unit, HttpRequest<?> request) {
        MoneyUnit display = "yuan".equals(unit) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
        String html =
                cache.page(
                        "disclosure-page:" + id + ":" + display,
                        () -> pages.html("disclosure/show", model(id, display), request));
        return HttpResponse.ok(html).contentType(MediaType.TEXT_HTML_TYPE);
    }

    private Model model(long id, MoneyUnit display) {
        DisclosureDocument d =
                catalog.document(id)
                        .filter(DisclosureApiController::isPublic)
                        .orElseThrow(() -> new NotFoundException("编号为 " + id + " 的决算公开不存在或尚未公开。"));
        List<DisclosureSummary> revisions =
                catalog.revisions(d.unit().id(), d.fiscalYear(), d.kind());
        Map<Long, String> notes = new HashMap<>();
        for (DisclosureSummary r : revisions) {
            catalog.correctionNote(r.id()).ifPresent(n -> notes.put(r.id(), n));
        }
        DisclosureCharts.Built charts = DisclosureCharts.of(d, display);
        return new Model(
                page(
                        d,
                        display,
                        revisions,
                        notes,
                        charts.blocks(),
                        Charts.scriptJson(json, charts.data())));
    }

    static DisclosurePage page(
            DisclosureDocument d,
            MoneyUnit display,
            List<DisclosureSummary> revisions,
            Map<Long, String> correctionNotes,
            List<Charts.Block> charts,
            String chartJson) {
        List<DisclosurePage.TocEntry> toc = new ArrayList<>();
        List<DisclosurePage.SectionBlock> sections = new ArrayList<>();
        for (int i = 0; i < d.sections().size(); i++) {
            DisclosureDocument.SectionView s = d.sections().get(i);
            String anchor = "s" + (i + 1);
            toc.add(new DisclosurePage.TocEntry(anchor, s.title()));
            sections.add(
                    new DisclosurePage.SectionBlock(
                            anchor,
                            s.title(),
                            s.body()
                                    .lines()
                                    .map(String::strip)
                                    .filter(l -> !l.isEmpty())
                                    .toList()));
        }
        List<DisclosurePage.TableBlock> tables = new ArrayList<>();
        for (DisclosureDocument.TableView t : d.tables()) {
            boolean twoSided = t.rows().stream().anyMatch(r -> r.side() != null);
            if (twoSided) {
                for (LineItem.Side side : LineItem.Side.values()) {
                    List<DisclosureDocument.RowView> rows =
                            t.rows().stream().filter(r -> r.side() == side).toList();
                    if (!rows.isEmpty()) {
                        tables.add(
                                table(
                                        d.id(),
                                        t,
                                        rows,
                                        side == LineItem.Side.INCOME ? "（收入）" : "（支出）",
                                        display,
                                        tables.size()));
                    }
                }
            } else {
                tables.add(table(d.id(), t, t.rows(), "", display, tables.size()));
            }
        }
        tables.forEach(
                t -> toc.add(new DisclosurePage.TocEntry(t.anchor(), t.label() + " " + t.title())));
        if (!charts.isEmpty()) {
            toc.add(new DisclosurePage.TocEntry("charts", "收支图表"));
        }
        List<DisclosurePage.ProjectBlock> projects = new ArrayList<>();
        for (int i = 0; i < d.projects().size(); i++) {
            projects.add(project(d.projects().get(i), "p" + (i + 1), display));
        }
        projects.forEach(
                p ->
                        toc.add(
                                new DisclosurePage.TocEntry(
                                        p.anchor(), p.kindLabel() + "：" + p.name())));
        toc.add(new DisclosurePage.TocEntry("downloads", "数据下载"));

        Disclosure.Profile p = d.profile();
        List<DisclosurePage.Labelled> profile = new ArrayList<>();
        addIfPresent(profile, "单位负责人", p.headOfUnit());
        addIfPresent(profile, "财务负责人", p.headOfFinance());
        addIfPresent(profile, "编制人", p.preparer());
        addIfPresent(profile, "报送日期", p.reportDate() == null ? null : p.reportDate().toString());
        addIfPresent(profile, "联系人", p.contactPerson());
        addIfPresent(profile, "联系电话", p.contactPhone());

        Long currentId =
                revisions.stream()
                        .filter(r -> r.status() == DisclosureStatus.PUBLISHED)
                        .map(DisclosureSummary::id)
                        .findFirst()
                        .orElse(null);
        List<DisclosurePage.RevisionLink> revisionLinks =
                revisions.stream()
                        .map(
                                r ->
                                        new DisclosurePage.RevisionLink(
                                                r.revision(),
                                                r.status().label(),
                                                r.publishedAt() == null
                                                        ? null
                                                        : DATE.format(r.publishedAt()),
                                                "/disclosures/" + r.id(),
                                                r.id().equals(d.id()),
                                                correctionNotes.get(r.id())))
                        .toList();
        MoneyUnit other = display == MoneyUnit.WAN_YUAN ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN;
        return new DisclosurePage(
                d.id(),
                d.unit().name() + " " + d.fiscalYear() + "年度" + d.kind().label(),
                d.unit().id(),
                d.unit().name(),
                String.join(" / ", d.unit().region().path()),
                d.fiscalYear(),
                d.status().label(),
                d.status() == DisclosureStatus.SUPERSEDED,
                Objects.equals(currentId, d.id()) ? null : currentId,
                d.correctionNote(),
                d.revision(),
                d.publishedAt() == null ? null : DATE.format(d.publishedAt()),
                profile,
                display.label(),
                d.sourceMoneyUnit() == null ? null : d.sourceMoneyUnit().label(),
                "/disclosures/" + d.id() + (other == MoneyUnit.YUAN ? "?unit=yuan" : ""),
                "以" + other.label() + "显示",
                toc,
                sections,
                tables,
                projects,
                revisionLinks,
                charts,
                chartJson,
                downloads(d));
    }

    private static List<DisclosurePage.Download> downloads(DisclosureDocument d) {
        String base = "/disclosures/" + d.id() + "/download";
        return List.of(
                new DisclosurePage.Download(
                        "全部表格",
                        base + ".csv",
                        "CSV",
                        "每个金额一行（单位、年度、表号、表名、收支、行次、科目编码、科目名称、栏目、金额），金额单位元，UTF-8 编码"),
                new DisclosurePage.Download(
                        "Excel 工作簿", base + ".xlsx", "XLSX", "基本信息一页，每张表一页，金额为数值（元）"),
                new DisclosurePage.Download(
                        "完整数据",
                        base + ".json",
                        "JSON",
                        "与开放接口 /api/disclosures/" + d.id() + " 相同"));
    }

    private static DisclosurePage.TableBlock table(
            long id,
            DisclosureDocument.TableView t,
            List<DisclosureDocument.RowView> rows,
            String suffix,
            MoneyUnit display,
            int index) {
        // Show only the columns this table (side) actually fills: 公开04's income side has one, its
        // expense side four.
        List<StandardTable.Column> columns =
                t.columns().stream()
                        .filter(c -> rows.stream().anyMatch(r -> r.amounts().containsKey(c.key())))
                        .toList();
        List<DisclosurePage.RowLine> lines =
                rows.stream()
                        .map(
                                r ->
                                        new DisclosurePage.RowLine(
                                                r.kind() == LineItem.RowKind.NAMED
                                                        ? null
                                                        : r.code(),
                                                r.name(),
                                                r.level() == null ? 0 : r.level(),
                                                isTotal(r),
                                                DisclosurePage.cells(
                                                        columns, r.amounts(), display)))
                        .toList();
        return new DisclosurePage.TableBlock(
                "t" + (index + 1),
                t.code(),
                t.title() + suffix,
                t.note(),
                columns.stream().map(StandardTable.Column::label).toList(),
                lines,
                "/disclosures/" + id + "/download.csv?table=" + t.kind().name());
    }

    private static boolean isTotal(DisclosureDocument.RowView r) {
        return r.kind() == LineItem.RowKind.NAMED
                && r.name() != null
                && (r.name().contains("合计") || r.name().contains("总计"));
    }

    private static DisclosurePage.ProjectBlock project(
            DisclosureDocument.ProjectView p, String anchor, MoneyUnit display) {
        List<DisclosurePage.Labelled> facts = new ArrayList<>();
        addIfPresent(facts, "主管部门", p.department());
        addIfPresent(facts, "实施单位", p.implementer());
        addAmount(facts, "年初预算数", p.initialBudget(), display);
        addAmount(facts, "全年预算数", p.annualBudget(), display);
        addAmount(facts, "全年执行数", p.executed(), display);
        addIfPresent(
                facts,
                "执行率",
                p.executionRate() == null
                        ? null
                        : p.executionRate().stripTrailingZeros().toPlainString() + "%");
        addIfPresent(
                facts,
                "自评得分",
                p.totalScore() == null
                        ? null
                        : p.totalScore().stripTrailingZeros().toPlainString() + " 分");
        List<DisclosurePage.IndicatorLine> indicators =
                p.indicators().stream()
                        .map(
                                i ->
                                        new DisclosurePage.IndicatorLine(
                                                text(i.level1()),
                                                text(i.level2()),
                                                i.name(),
                                                text(i.direction()),
                                                text(i.targetValue()),
                                                text(i.actualValue()),
                                                text(i.measureUnit()),
                                                number(i.weight()),
                                                number(i.score()),
                                                text(i.deviationReason())))
                        .toList();
        // Only project self-evaluations have counterparts in other units (/projects compares
        // those).
        String similarHref =
                p.kind() == PerformanceProject.Kind.OVERALL
                        ? null
                        : "/projects?q="
                                + URLEncoder.encode(
                                        p.name().length() > 100
                                                ? p.name().substring(0, 100)
                                                : p.name(),
                                        StandardCharsets.UTF_8);
        return new DisclosurePage.ProjectBlock(
                anchor,
                p.name(),
                p.kind() == PerformanceProject.Kind.OVERALL ? "部门整体支出绩效自评" : "项目支出绩效自评",
                facts,
                p.goalPlanned(),
                p.goalActual(),
                p.summary(),
                indicators,
                similarHref);
    }

    private static void addIfPresent(
            List<DisclosurePage.Labelled> list, String label, @Nullable String value) {
        if (value != null && !value.isBlank()) {
            list.add(new DisclosurePage.Labelled(label, value));
        }
    }

    private static void addAmount(
            List<DisclosurePage.Labelled> list,
            String label,
            @Nullable BigDecimal yuan,
            MoneyUnit display) {
        if (yuan != null) {
            list.add(
                    new DisclosurePage.Labelled(
                            label, display.format(yuan) + " " + display.label()));
        }
    }

    private static String text(@Nullable String s) {
        return s == null ? "" : s;
    }

    private static String number(@Nullable BigDecimal n) {
        return n == null ? "" : n.stripTrailingZeros().toPlainString();
    }
}
