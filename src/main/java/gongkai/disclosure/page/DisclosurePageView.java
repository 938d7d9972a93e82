package gongkai.disclosure.page;

import static gongkai.disclosure.page.DisclosurePageBlocks.addIfPresent;

import gongkai.disclosure.Charts;
import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.DisclosureStatus;
import gongkai.disclosure.DisclosureSummary;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.MoneyUnit;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/** Assembles the view model of one disclosure's page: contents, profile, revisions, downloads. */
public final class DisclosurePageView {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy年M月d日").withZone(ZoneId.of("Asia/Shanghai"));

    private DisclosurePageView() {}

    public static DisclosurePage page(
            DisclosureDocument d,
            MoneyUnit display,
            List<DisclosureSummary> revisions,
            Map<Long, String> correctionNotes,
            List<Charts.Block> charts,
            String chartJson,
            DisclosurePage.ChecksPanel checks) {
        List<DisclosurePage.TocEntry> toc = new ArrayList<>();
        List<DisclosurePage.SectionBlock> sections = new ArrayList<>();
        for (int i = 0; i < d.sections().size(); i++) {
            DisclosureDocument.SectionView s = d.sections().get(i);
            String anchor = "s" + (i + 1);
            // The text before a document's first heading (cover lines) has no title of its own:
            // it is shown first, without a heading, and the contents do not list it.
            String title = untitled(s.title()) ? null : s.title();
            if (title != null) {
                toc.add(new DisclosurePage.TocEntry(anchor, title));
            }
            sections.add(
                    new DisclosurePage.SectionBlock(
                            anchor, title, SectionText.blocks(s.body() == null ? "" : s.body())));
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
                                DisclosurePageBlocks.table(
                                        d.id(),
                                        t,
                                        rows,
                                        side == LineItem.Side.INCOME ? "（收入）" : "（支出）",
                                        display,
                                        tables.size()));
                    }
                }
            } else {
                tables.add(
                        DisclosurePageBlocks.table(
                                d.id(), t, t.rows(), "", display, tables.size()));
            }
        }
        tables.forEach(
                t -> toc.add(new DisclosurePage.TocEntry(t.anchor(), t.label() + " " + t.title())));
        if (!charts.isEmpty()) {
            toc.add(new DisclosurePage.TocEntry("charts", "收支图表"));
        }
        List<DisclosurePage.ProjectBlock> projects = new ArrayList<>();
        for (int i = 0; i < d.projects().size(); i++) {
            projects.add(
                    DisclosurePageBlocks.project(
                            d.projects().get(i),
                            "p" + (i + 1),
                            display,
                            d.kind() == DisclosureKind.BUDGET));
        }
        projects.forEach(
                p ->
                        toc.add(
                                new DisclosurePage.TocEntry(
                                        p.anchor(), p.kindLabel() + "：" + p.name())));
        toc.add(new DisclosurePage.TocEntry("checks", "勾稽检查"));
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
                p.reportDate() == null ? null : DATE.format(p.reportDate()),
                DisclosureSummaryCard.of(d, display, checks),
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
                downloads(d),
                checks);
    }

    /** The importer's name for text before the first heading, in either spelling. */
    private static boolean untitled(String title) {
        return title == null || title.isBlank() || "（无标题）".equals(title) || "（无标题部分）".equals(title);
    }

    /** The 勾稽检查 panel of a public report: the rules that ran and every finding. */
    public static DisclosurePage.ChecksPanel checks(
            List<String> rules, List<DisclosureDocument.CheckFinding> findings) {
        long errors = findings.stream().filter(f -> "ERROR".equals(f.severity())).count();
        long warnings = findings.stream().filter(f -> "WARNING".equals(f.severity())).count();
        String summary =
                errors + warnings == 0
                        ? "按下列规则检查，本报告的表格与文字说明未发现相互矛盾之处。"
                        : "按下列规则检查，本报告有 "
                                + (errors > 0 ? errors + " 处数据自相矛盾" : "")
                                + (errors > 0 && warnings > 0 ? "、" : "")
                                + (warnings > 0 ? warnings + " 处不一致" : "")
                                + "，详见下表。检查结果由本站自动生成，供读者参考，以单位公开的原件为准。";
        List<DisclosurePage.FindingLine> lines =
                findings.stream()
                        .map(
                                f ->
                                        new DisclosurePage.FindingLine(
                                                switch (f.severity()) {
                                                    case "ERROR" -> "错误";
                                                    case "WARNING" -> "不一致";
                                                    default -> "提示";
                                                },
                                                f.severity().toLowerCase(Locale.ROOT),
                                                f.rule(),
                                                f.message()))
                        .toList();
        return new DisclosurePage.ChecksPanel(summary, rules, lines);
    }

    private static List<DisclosurePage.Download> downloads(DisclosureDocument d) {
        String base = "/disclosures/" + d.id() + "/download";
        return List.of(
                new DisclosurePage.Download(
                        "全部表格",
                        base + ".csv",
                        "CSV",
                        "每个金额一行（单位、年度、类别、表号、表名、收支、行次、科目编码、科目名称、栏目、金额），金额单位元，UTF-8 编码"),
                new DisclosurePage.Download(
                        "Excel 工作簿", base + ".xlsx", "XLSX", "基本信息一页，每张表一页，金额为数值（元）"),
                new DisclosurePage.Download(
                        "完整数据",
                        base + ".json",
                        "JSON",
                        "与开放接口 /api/disclosures/" + d.id() + " 相同"));
    }
}
