package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.SectionKey;
import gongkai.disclosure.StandardTable;
import gongkai.importer.layout.PageFurniture;
import gongkai.importer.read.DocumentText;
import gongkai.importer.report.ImportReport;
import gongkai.importer.tables.TwoSidedNames;
import gongkai.importer.text.Headings;
import gongkai.importer.text.Texts;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/** Look-ups and independent re-computations of the arithmetic, for the golden tests. */
public final class SeedAssertions {

    private SeedAssertions() {}

    static BigDecimal yuan(String s) {
        return new BigDecimal(s);
    }

    static DisclosureContent.Table table(DisclosureContent d, StandardTable kind) {
        return d.tables().stream()
                .filter(t -> t.kind() == kind)
                .findFirst()
                .orElseGet(() -> fail("no table " + kind));
    }

    static DisclosureContent.Row row(DisclosureContent.Table t, LineItem.Side side, String code) {
        return t.rows().stream()
                .filter(r -> r.side() == side && code.equals(r.code()))
                .findFirst()
                .orElseGet(() -> fail("no row " + side + " " + code + " in " + t.kind()));
    }

    static BigDecimal amount(DisclosureContent.Row r, String key) {
        BigDecimal v = r.amounts().get(key);
        return v == null ? null : v.setScale(2);
    }

    static DisclosureContent.Section section(DisclosureContent d, SectionKey key) {
        return d.sections().stream()
                .filter(s -> key.name().equals(s.key()))
                .findFirst()
                .orElseGet(() -> fail("no section " + key));
    }

    public static List<String> warnings(ImportReport report) {
        return report.warnings().stream().map(m -> m.line() + ":" + m.message()).toList();
    }

    private static BigDecimal sum(List<DisclosureContent.Row> rows, String key) {
        return rows.stream()
                .map(r -> r.amounts().get(key))
                .filter(Objects::nonNull)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    private static void close(BigDecimal expected, BigDecimal actual, MoneyUnit unit, String what) {
        assertNotNull(expected, what);
        BigDecimal tolerance = unit.toYuan(new BigDecimal("0.01"));
        assertTrue(
                expected.subtract(actual).abs().compareTo(tolerance) <= 0,
                what + ": " + expected + " vs Σ " + actual);
    }

    /**
     * Σ rows = 合计 for every table of the disclosure, recomputed here independently of TableChecks.
     */
    static void assertCodeTablesAddUp(DisclosureContent d) {
        for (DisclosureContent.Table t : d.tables()) {
            switch (t.kind()) {
                case G02, G03, G05, G07, G08 -> {
                    List<DisclosureContent.Row> coded =
                            t.rows().stream()
                                    .filter(r -> r.kind() == LineItem.RowKind.FUNCTIONAL)
                                    .toList();
                    List<DisclosureContent.Row> leaves =
                            coded.stream()
                                    .filter(
                                            r ->
                                                    coded.stream()
                                                            .noneMatch(
                                                                    o ->
                                                                            o != r
                                                                                    && o.code()
                                                                                            .startsWith(
                                                                                                    r
                                                                                                            .code())
                                                                                    && o.code()
                                                                                                    .length()
                                                                                            > r.code()
                                                                                                    .length()))
                                    .toList();
                    DisclosureContent.Row total =
                            t.rows().stream()
                                    .filter(r -> r.kind() == LineItem.RowKind.NAMED)
                                    .findFirst()
                                    .orElseGet(() -> fail("no 合计 in " + t.kind()));
                    for (String key : total.amounts().keySet()) {
                        close(
                                total.amounts().get(key),
                                sum(leaves, key),
                                t.sourceMoneyUnit(),
                                t.kind().label() + " " + key);
                    }
                    for (DisclosureContent.Row parent : coded) {
                        List<DisclosureContent.Row> children =
                                coded.stream()
                                        .filter(
                                                o ->
                                                        o.code().length()
                                                                        == parent.code().length()
                                                                                + 2
                                                                && o.code()
                                                                        .startsWith(parent.code()))
                                        .toList();
                        if (!children.isEmpty()) {
                            for (String key : parent.amounts().keySet()) {
                                close(
                                        parent.amounts().get(key),
                                        sum(children, key),
                                        t.sourceMoneyUnit(),
                                        t.kind().label() + " " + parent.code());
                            }
                        }
                    }
                }
                case G06 -> {
                    List<DisclosureContent.Row> coded =
                            t.rows().stream()
                                    .filter(r -> r.kind() == LineItem.RowKind.ECONOMIC)
                                    .toList();
                    for (DisclosureContent.Row cls :
                            coded.stream().filter(r -> r.code().length() == 3).toList()) {
                        List<DisclosureContent.Row> children =
                                coded.stream()
                                        .filter(
                                                o ->
                                                        o.code().length() == 5
                                                                && o.code().startsWith(cls.code()))
                                        .toList();
                        if (!children.isEmpty()) {
                            close(
                                    cls.amounts().get("amount"),
                                    sum(children, "amount"),
                                    t.sourceMoneyUnit(),
                                    "公开06 " + cls.code());
                        }
                    }
                    Set<String> personnel = Set.of("301", "303");
                    List<DisclosureContent.Row> classes =
                            coded.stream().filter(r -> r.code().length() == 3).toList();
                    close(
                            row(t, null, "人员经费合计").amounts().get("amount"),
                            sum(
                                    classes.stream()
                                            .filter(r -> personnel.contains(r.code()))
                                            .toList(),
                                    "amount"),
                            t.sourceMoneyUnit(),
                            "人员经费合计");
                    close(
                            row(t, null, "公用经费合计").amounts().get("amount"),
                            sum(
                                    classes.stream()
                                            .filter(r -> !personnel.contains(r.code()))
                                            .toList(),
                                    "amount"),
                            t.sourceMoneyUnit(),
                            "公用经费合计");
                }
                case G01, G04 -> {
                    var in = LineItem.Side.INCOME;
                    var out = LineItem.Side.EXPENSE;
                    String key = t.kind() == StandardTable.G01 ? "amount" : "total";
                    List<DisclosureContent.Row> classes =
                            t.rows().stream()
                                    .filter(
                                            r ->
                                                    r.side() == out
                                                            && r.kind()
                                                                    == LineItem.RowKind.FUNCTIONAL)
                                    .toList();
                    close(
                            row(t, out, "本年支出合计").amounts().get(key),
                            sum(classes, key),
                            t.sourceMoneyUnit(),
                            t.kind() + " 支出");
                    List<DisclosureContent.Row> income =
                            t.rows().stream()
                                    .filter(
                                            r ->
                                                    r.side() == in
                                                            && TwoSidedNames.INCOME_LINES
                                                                    .containsValue(r.code()))
                                    .toList();
                    close(
                            row(t, in, "本年收入合计").amounts().get("amount"),
                            sum(income, "amount"),
                            t.sourceMoneyUnit(),
                            t.kind() + " 收入");
                    assertEquals(
                            row(t, in, "总计").amounts().get("amount"),
                            row(t, out, "总计").amounts().get(key),
                            t.kind() + " 总计");
                }
                case G09 -> {
                    for (DisclosureContent.Row r : t.rows()) {
                        for (String half : List.of("budget", "actual")) {
                            Map<String, BigDecimal> a = r.amounts();
                            close(
                                    a.get(half + "_total"),
                                    a.get(half + "_abroad")
                                            .add(a.get(half + "_vehicle"))
                                            .add(a.get(half + "_reception")),
                                    t.sourceMoneyUnit(),
                                    "三公 " + half);
                        }
                    }
                }
                default -> {}
            }
        }
    }

    /**
     * Every non-blank line ends up in a section body or title, or is part of a table, a header
     * field, the table of contents, page furniture or a performance table; {@code coverLines} are
     * the lines the test knows to be header fields.
     */
    static void assertNoTextLost(DocumentText text, DisclosureContent d, List<String> coverLines) {
        String bodies =
                d.sections().stream()
                        .map(s -> s.title() + "\n" + s.body())
                        .map(Texts::compact)
                        .collect(Collectors.joining("\n"));
        int firstSection =
                d.sections().stream().mapToInt(DisclosureContent.Section::line).min().orElse(0);
        List<int[]> spans = new ArrayList<>();
        for (DisclosureContent.Table t : d.tables()) {
            int end =
                    t.rows().stream().mapToInt(DisclosureContent.Row::line).max().orElse(t.line());
            spans.add(new int[] {t.line(), end});
        }
        List<String> lost = new ArrayList<>();
        List<String> lines = text.lines();
        boolean afterImage = false;
        for (int i = 0; i < lines.size(); i++) {
            String raw = lines.get(i);
            String c = Texts.compact(PageFurniture.withoutPlaceholders(raw));
            int no = i + 1;
            if (raw.strip().startsWith("[image:")) {
                afterImage = true;
                continue;
            }
            if (c.isEmpty()) {
                continue;
            }
            if (afterImage && !Texts.hasHan(c)) {
                continue; // OCR residue of a chart
            }
            afterImage = false;
            boolean inTable = spans.stream().anyMatch(s -> no >= s[0] && no <= s[1]);
            boolean furniture = c.matches("\\d{1,3}") || c.equals("公开文档") || c.equals("仅供内部审核");
            boolean field = c.matches("(单位名称|单位负责人|财务负责人|编制人|报送日期):.*") || coverLines.contains(c);
            boolean toc = no < firstSection;
            boolean performance = raw.startsWith("\t") || c.matches("[(（].{0,10}[)）]");
            Headings.Heading h = Headings.classify(raw);
            boolean heading =
                    h != null && (h.title().isEmpty() || bodies.contains(Texts.compact(h.title())));
            if (!(inTable
                    || furniture
                    || field
                    || toc
                    || performance
                    || heading
                    || bodies.contains(c))) {
                lost.add(no + ": " + raw);
            }
        }
        assertEquals(List.of(), lost);
    }
}
