package gongkai.validation;

import gongkai.disclosure.DisclosureDocument.ProjectView;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.SectionView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.PerformanceProject;
import gongkai.disclosure.SectionKey;
import gongkai.disclosure.StandardTable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Rule 8 of DOMAIN.md: every standard table 公开01–09 is published (or explained as empty), and the
 * projects of the performance self-evaluations add up to the 项目支出.
 */
final class CompletenessRules implements RuleFamily {

    private static final Set<StandardTable> REQUIRED =
            EnumSet.range(StandardTable.G01, StandardTable.G09);

    /** "本单位无政府性基金收支", "本年无国有资本经营预算财政拨款收、支、余", "本表无数据", "为空表". */
    private static final Pattern EMPTY_NOTE = Pattern.compile("无[^。；]{0,30}?(收|支|余|数据|业务)|空表|无数据");

    @Override
    public void check(Checks c) {
        tables(c);
        projects(c);
    }

    private void tables(Checks c) {
        List<StandardTable> missing = new ArrayList<>();
        for (StandardTable kind : required(c)) {
            Optional<TableView> t = c.table(kind);
            if (t.isPresent()) {
                if (Checks.rows(t.get()).isEmpty()
                        && (t.get().note() == null || t.get().note().isBlank())) {
                    c.add(
                            "COMPLETE-TABLES",
                            Severity.WARNING,
                            Location.table(kind.label()),
                            kind.label() + " " + kind.title() + "没有数据行，也没有“本表无数据”之类的说明。");
                }
            } else if (!explainedElsewhere(c, kind)) {
                missing.add(kind);
            }
        }
        boolean none = c.tables().stream().noneMatch(t -> REQUIRED.contains(t.kind()));
        if (none) {
            c.add(
                    "COMPLETE-TABLES",
                    Severity.WARNING,
                    Location.table(null),
                    "未公开任何决算表（公开01–09）"
                            + (mentionsAttachment(c) ? "，正文仅称“见附件”" : "")
                            + "：请录入决算表，或说明未随文公开的原因。");
            if (!c.sections().isEmpty()) {
                c.add(
                        "NARRATIVE-UNCHECKED",
                        Severity.INFO,
                        Location.table(null),
                        "决算表未随文公开，情况说明中的金额、占比无法与决算表核对；只核对了文字说明自身的增减额、增长率和预算完成率。");
            }
            return;
        }
        for (StandardTable kind : missing) {
            c.add(
                    "COMPLETE-TABLES",
                    Severity.WARNING,
                    Location.table(kind.label()),
                    "缺少" + kind.label() + " " + kind.title() + "：请录入该表，或注明“本表无数据”。");
        }
    }

    /**
     * 公开01–09 are common to both families (the 2023 national 公开01–10 set and the 2024 nine-table
     * set, DOMAIN.md); 公开10 相关信息统计表 is required only of a report of the ten-table family, i.e. one
     * that names that table itself (its table of contents or text).
     */
    private static Set<StandardTable> required(Checks c) {
        boolean tenTables =
                c.sections().stream()
                        .map(SectionView::body)
                        .filter(Objects::nonNull)
                        .anyMatch(b -> Narrative.compact(b).contains("相关信息统计表"));
        if (!tenTables) {
            return REQUIRED;
        }
        Set<StandardTable> ten = EnumSet.copyOf(REQUIRED);
        ten.add(StandardTable.G10);
        return ten;
    }

    /** 公开07/08 may be left out when the 情况说明 says the unit has no such funds. */
    private static boolean explainedElsewhere(Checks c, StandardTable kind) {
        SectionKey key =
                switch (kind) {
                    case G07 -> SectionKey.GOV_FUND;
                    case G08 -> SectionKey.STATE_CAPITAL;
                    default -> null;
                };
        if (key == null) {
            return false;
        }
        return Narrative.sections(c, key).stream()
                .anyMatch(s -> EMPTY_NOTE.matcher(Narrative.compact(s.body())).find());
    }

    private static boolean mentionsAttachment(Checks c) {
        return c.sections().stream()
                .map(SectionView::body)
                .filter(Objects::nonNull)
                .anyMatch(b -> b.contains("见附件"));
    }

    /**
     * Σ 全年执行数 of the project self-evaluations = 项目支出 of 公开05 (or 03). A warning: units often
     * evaluate only part of their projects, which then deserves a sentence.
     */
    private void projects(Checks c) {
        if (c.doc().projects() == null) {
            return;
        }
        List<ProjectView> listed =
                c.doc().projects().stream()
                        .filter(Objects::nonNull)
                        .filter(
                                p ->
                                        p.kind() == PerformanceProject.Kind.PROJECT
                                                && p.executed() != null)
                        .toList();
        List<ProjectView> fromTables = listed.stream().filter(p -> !p.fromProse()).toList();
        List<ProjectView> projects = fromTables.isEmpty() ? listed : fromTables;
        if (projects.isEmpty()) {
            return;
        }
        Optional<TableView> table = c.table(StandardTable.G05).or(() -> c.table(StandardTable.G03));
        if (table.isEmpty()) {
            return;
        }
        Optional<RowView> total = Checks.totalRow(table.get());
        if (total.isEmpty() || !Checks.has(total.get(), "project")) {
            return;
        }
        BigDecimal executed =
                projects.stream()
                        .map(ProjectView::executed)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal projectSpending = Checks.amount(total.get(), "project");
        // each project's figure is rounded on its own: allow 0.01 of the table's unit per project
        BigDecimal tolerance =
                c.tolerance(table.get()).multiply(BigDecimal.valueOf(projects.size()));
        BigDecimal diff = executed.subtract(projectSpending).abs();
        if (diff.compareTo(tolerance) > 0) {
            String label = table.get().kind().label();
            c.add(
                    "PROJECTS-SUM",
                    Severity.WARNING,
                    Location.cell(label, "合计", "project"),
                    "绩效自评所列 "
                            + projects.size()
                            + " 个项目的全年执行数之和为 "
                            + c.money(table.get(), executed)
                            + "，但"
                            + label
                            + " 项目支出合计为 "
                            + c.money(table.get(), projectSpending)
                            + "，相差 "
                            + c.money(table.get(), diff)
                            + "。");
        }
    }
}
