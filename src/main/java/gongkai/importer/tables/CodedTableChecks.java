package gongkai.importer.tables;

import static gongkai.importer.tables.TableChecks.amount;
import static gongkai.importer.tables.TableChecks.find;
import static gongkai.importer.tables.TableChecks.plus;
import static gongkai.importer.tables.TableChecks.sum;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import gongkai.importer.tables.TableChecks.Checker;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Job: the checks of the tables listed by subject code (公开02/03/05–08, the project detail and
 * 公开06): each parent is the sum of its children, the lowest rows add up to 合计, each row's total
 * column to its parts, and the 人员/公用经费 totals to their classes.
 */
final class CodedTableChecks {

    private static final Set<String> PERSONNEL_CLASSES = Set.of("301", "303");

    private CodedTableChecks() {}

    static void codeTable(Checker c, DisclosureContent.Table t) {
        List<DisclosureContent.Row> coded =
                t.rows().stream().filter(r -> r.kind() == LineItem.RowKind.FUNCTIONAL).toList();
        DisclosureContent.Row total =
                t.rows().stream()
                        .filter(
                                r ->
                                        r.kind() == LineItem.RowKind.NAMED
                                                && Objects.equals(
                                                        r.code(),
                                                        CodeTableParser.totalCode(t.kind())))
                        .findFirst()
                        .orElse(null);
        hierarchy(c, coded, t.kind().columns().stream().map(StandardTable.Column::key).toList());
        // the rows without children (the deepest level present in each branch) add up to 合计
        List<DisclosureContent.Row> leaves =
                coded.stream()
                        .filter(
                                r ->
                                        coded.stream()
                                                .noneMatch(
                                                        o ->
                                                                o != r
                                                                        && o.code().length()
                                                                                > r.code().length()
                                                                        && o.code()
                                                                                .startsWith(
                                                                                        r.code())))
                        .toList();
        if (total != null && !leaves.isEmpty()) {
            for (StandardTable.Column col : t.kind().columns()) {
                c.equal(
                        total.amounts().get(col.key()),
                        sum(leaves, col.key()),
                        total.line(),
                        "合计行的「" + col.label() + "」与各科目之和");
            }
        }
        // per row: the total column is the sum of its parts
        List<String> parts =
                switch (t.kind()) {
                    case G02 ->
                            List.of(
                                    "fiscal",
                                    "superior",
                                    "business",
                                    "operating",
                                    "affiliated",
                                    "other");
                    case G03 -> List.of("basic", "project", "remit", "operating", "subsidy");
                    case G05, G07, G08, PROJECT_DETAIL -> List.of("basic", "project");
                    default -> List.of();
                };
        for (DisclosureContent.Row r : t.rows()) {
            BigDecimal whole = r.amounts().get("total");
            if (whole == null || parts.stream().noneMatch(r.amounts()::containsKey)) {
                continue;
            }
            BigDecimal s = null;
            for (String p : parts) {
                s = plus(s, r.amounts().get(p));
            }
            c.equal(
                    whole,
                    s,
                    r.line(),
                    "「" + (r.name() == null ? r.code() : r.name()) + "」的合计与各分栏之和");
        }
    }

    /** 类 = Σ its 款 (or its 项 where no 款 is listed), 款 = Σ its 项. */
    private static void hierarchy(Checker c, List<DisclosureContent.Row> coded, List<String> keys) {
        for (DisclosureContent.Row parent : coded) {
            if (parent.code().length() >= 7) {
                continue;
            }
            List<DisclosureContent.Row> children = directChildren(parent, coded);
            if (children.isEmpty()) {
                continue;
            }
            for (String key : keys) {
                c.equal(
                        parent.amounts().get(key),
                        sum(children, key),
                        parent.line(),
                        "科目 " + parent.code() + " 与其下级科目之和（" + key + "）");
            }
        }
    }

    private static List<DisclosureContent.Row> directChildren(
            DisclosureContent.Row parent, List<DisclosureContent.Row> rows) {
        List<DisclosureContent.Row> below =
                rows.stream()
                        .filter(
                                r ->
                                        r.code().length() > parent.code().length()
                                                && r.code().startsWith(parent.code()))
                        .toList();
        int nearest = below.stream().mapToInt(r -> r.code().length()).min().orElse(0);
        List<DisclosureContent.Row> children = new ArrayList<>();
        for (DisclosureContent.Row r : below) {
            // a child at the nearest level, or deeper when its own parent is not listed
            boolean ownParentListed =
                    below.stream()
                            .anyMatch(
                                    o ->
                                            o.code().length() < r.code().length()
                                                    && r.code().startsWith(o.code()));
            if (r.code().length() == nearest || !ownParentListed) {
                children.add(r);
            }
        }
        return children;
    }

    static void basicDetail(Checker c, DisclosureContent.Table t) {
        List<DisclosureContent.Row> coded =
                t.rows().stream().filter(r -> r.kind() == LineItem.RowKind.ECONOMIC).toList();
        hierarchy(c, coded, List.of("amount"));
        List<DisclosureContent.Row> classes =
                coded.stream().filter(r -> r.code().length() == 3).toList();
        Predicate<DisclosureContent.Row> personnel = r -> PERSONNEL_CLASSES.contains(r.code());
        DisclosureContent.Row p = find(t, null, BasicDetailTableParser.PERSONNEL_TOTAL);
        DisclosureContent.Row q = find(t, null, BasicDetailTableParser.PUBLIC_TOTAL);
        if (!classes.isEmpty()) {
            if (p != null) {
                c.equal(
                        amount(p, "amount"),
                        sum(classes.stream().filter(personnel).toList(), "amount"),
                        p.line(),
                        "人员经费合计与人员经费各类之和");
            }
            if (q != null) {
                c.equal(
                        amount(q, "amount"),
                        sum(classes.stream().filter(personnel.negate()).toList(), "amount"),
                        q.line(),
                        "公用经费合计与公用经费各类之和");
            }
        }
    }
}
