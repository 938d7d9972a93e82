package gongkai.validation;

import gongkai.classification.CodeList;
import gongkai.disclosure.DisclosureDocument.RowView;
import gongkai.disclosure.DisclosureDocument.TableView;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rule 3 of DOMAIN.md, for every table listing rows by code: 类 = Σ its 款 and 款 = Σ its 项 where the
 * lower level is present; Σ of the top-level rows = 合计; a 7-digit code's name matches the code
 * list.
 */
final class CodeHierarchyRules implements RuleFamily {

    /**
     * Tables whose rows are classification codes (公开01/04 list only 类 and are checked by {@link
     * TotalSheetRules}).
     */
    private static final Set<StandardTable> CODE_TABLES =
            EnumSet.of(
                    StandardTable.G02,
                    StandardTable.G03,
                    StandardTable.G05,
                    StandardTable.G06,
                    StandardTable.G07,
                    StandardTable.G08,
                    StandardTable.PROJECT_DETAIL);

    @Override
    public void check(Checks c) {
        for (TableView t : c.tables()) {
            if (CODE_TABLES.contains(t.kind())) {
                levels(c, t);
                if (t.kind() != StandardTable.G06) {
                    total(c, t);
                }
            }
            if (t.kind() != StandardTable.PROSE) {
                names(c, t);
            }
        }
    }

    private void levels(Checks c, TableView t) {
        List<RowView> coded = Checks.codedRows(t);
        String label = t.kind().label();
        for (RowView parent : coded) {
            if (parent.code().length() >= 7
                    || (parent.kind() == LineItem.RowKind.ECONOMIC
                            && parent.code().length() >= 5)) {
                continue;
            }
            List<RowView> children =
                    coded.stream()
                            .filter(
                                    r ->
                                            r.kind() == parent.kind()
                                                    && r.code().length()
                                                            == parent.code().length() + 2
                                                    && r.code().startsWith(parent.code()))
                            .toList();
            if (children.isEmpty()) {
                continue;
            }
            String level = parent.code().length() == 3 ? "类" : "款";
            String childLevel = parent.code().length() == 3 ? "款" : "项";
            for (StandardTable.Column col : t.columns()) {
                if (!Checks.has(parent, col.key())
                        && children.stream().noneMatch(r -> Checks.has(r, col.key()))) {
                    continue;
                }
                c.compare(
                        "CODE-LEVEL-SUM",
                        Severity.ERROR,
                        Location.cell(label, parent.code(), col.key()),
                        t,
                        label
                                + " "
                                + level
                                + " "
                                + parent.code()
                                + " "
                                + parent.name()
                                + "的"
                                + col.label(),
                        Checks.amount(parent, col.key()),
                        "其下各" + childLevel + "之和",
                        Checks.sum(children, col.key()));
            }
        }
    }

    /** Σ of the rows whose ancestors are not listed (the top level, whatever it is) = 合计. */
    private void total(Checks c, TableView t) {
        Optional<RowView> total = Checks.totalRow(t);
        List<RowView> coded = Checks.codedRows(t);
        if (total.isEmpty() || coded.isEmpty()) {
            return;
        }
        List<RowView> top =
                coded.stream()
                        .filter(
                                r ->
                                        coded.stream()
                                                .noneMatch(
                                                        p ->
                                                                p != r
                                                                        && p.kind() == r.kind()
                                                                        && p.code().length()
                                                                                < r.code().length()
                                                                        && r.code()
                                                                                .startsWith(
                                                                                        p.code())))
                        .toList();
        String label = t.kind().label();
        for (StandardTable.Column col : t.columns()) {
            if (!Checks.has(total.get(), col.key())) {
                continue;
            }
            c.compare(
                    "CODE-TOTAL-SUM",
                    Severity.ERROR,
                    Location.cell(label, "合计", col.key()),
                    t,
                    label + " 合计的" + col.label(),
                    Checks.amount(total.get(), col.key()),
                    "各科目（最上一级）之和",
                    Checks.sum(top, col.key()));
        }
    }

    /**
     * A 7-digit functional code's printed name must be its official name (warning: units
     * abbreviate).
     */
    private void names(Checks c, TableView t) {
        String label = t.kind().label();
        for (RowView r : Checks.codedRows(t)) {
            if (r.kind() != LineItem.RowKind.FUNCTIONAL || r.code().length() != 7) {
                continue;
            }
            // The same lookup as the importer's: the base list, then the 2023–2024 supplement, then
            // a well-formed code under a known 款 or 类, which is valid but not listed here yet.
            CodeList.Lookup found = c.codes().lookup(CodeList.CodeSystem.FUNCTIONAL, r.code());
            Optional<CodeList.Code> official = Optional.ofNullable(found.code());
            if (found.standing() == CodeList.Standing.PARENT_KNOWN) {
                c.add(
                        "CODE-UNKNOWN",
                        Severity.INFO,
                        Location.cell(label, r.code(), null),
                        label
                                + " 科目代码 "
                                + r.code()
                                + "（"
                                + r.name()
                                + "）未收录在本站科目表中，其上级科目 "
                                + found.parent().code()
                                + "（"
                                + found.parent().name()
                                + "）已知，按有效代码接受。");
            } else if (official.isEmpty()) {
                c.add(
                        "CODE-UNKNOWN",
                        Severity.WARNING,
                        Location.cell(label, r.code(), null),
                        label + " 科目代码 " + r.code() + "（" + r.name() + "）不在政府收支分类科目表中。");
            } else if (r.name() != null
                    && !r.name().isBlank()
                    && !Checks.compact(r.name()).equals(Checks.compact(official.get().name()))) {
                c.add(
                        "CODE-NAME",
                        Severity.WARNING,
                        Location.cell(label, r.code(), null),
                        label
                                + " 科目 "
                                + r.code()
                                + " 的名称为“"
                                + r.name()
                                + "”，但科目表中为“"
                                + official.get().name()
                                + "”。");
            }
        }
    }
}
