package gongkai.validation;

import gongkai.disclosure.SectionKey;
import gongkai.disclosure.StandardTable;
import io.micronaut.core.annotation.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Where a finding points, in the words of the people who fill in the report: the table's label and
 * title, the row, the column's printed label and the section's heading instead of the keys the
 * checks use ("列 actual_vehicle_purchase，章节 THREE_PUBLIC" reads "公开09 “三公”经费支出决算表，
 * 公务用车购置费（决算数），情况说明 “三公”经费").
 */
public final class FindingPlaces {

    private FindingPlaces() {}

    /** The table a finding concerns: the one it names, else the only one that has its column. */
    public static Optional<StandardTable> table(Location l) {
        if (l.table() != null) {
            Optional<StandardTable> named =
                    Arrays.stream(StandardTable.values())
                            .filter(t -> t.label().equals(l.table()))
                            .findFirst();
            if (named.isPresent() || l.column() == null) {
                return named;
            }
        }
        if (l.column() == null) {
            return Optional.empty();
        }
        List<StandardTable> having =
                Arrays.stream(StandardTable.values())
                        .filter(t -> t.column(l.column()).isPresent())
                        .toList();
        return having.size() == 1 ? Optional.of(having.get(0)) : Optional.empty();
    }

    /** The whole place, parts joined by "，"; empty when the finding concerns the whole report. */
    public static String describe(Location l) {
        List<String> where = new ArrayList<>();
        Optional<StandardTable> table = table(l);
        if (table.isPresent()) {
            where.add(table.get().label() + " " + table.get().title());
        } else if (l.table() != null) {
            where.add(l.table());
        }
        if (l.rowCode() != null) {
            where.add(row(l.rowCode()));
        }
        if (l.column() != null) {
            where.add(column(table.orElse(null), l.column()));
        }
        if (l.section() != null) {
            where.add("情况说明 " + section(l.section()));
        }
        return String.join("，", where);
    }

    /** A row by its classification code ("科目 2040610") or its printed name ("本年收入合计"). */
    static String row(String rowCode) {
        return rowCode.chars().allMatch(Character::isDigit) ? "科目 " + rowCode : rowCode;
    }

    /**
     * A column's printed label, "预算数·公务接待费" read as "公务接待费（预算数）"; a key no table knows is shown as
     * "合计" when it is a total and as it is otherwise.
     */
    public static String column(@Nullable StandardTable table, String key) {
        Optional<String> label =
                table == null
                        ? Optional.empty()
                        : table.column(key).map(StandardTable.Column::label);
        if (label.isEmpty()) {
            // Without its table a key is still named by the label most tables print for it.
            label =
                    Arrays.stream(StandardTable.values())
                            .map(t -> t.column(key))
                            .flatMap(Optional::stream)
                            .map(StandardTable.Column::label)
                            .findFirst();
            if (key.equals("total")) {
                return "合计";
            }
        }
        String text = label.orElse(key);
        int dot = text.indexOf('·');
        return dot < 0 ? text : text.substring(dot + 1) + "（" + text.substring(0, dot) + "）";
    }

    /** A section's heading: the label of its key, or the title the finding carries. */
    public static String section(String section) {
        return Arrays.stream(SectionKey.values())
                .filter(k -> k.name().equals(section))
                .map(SectionKey::label)
                .findFirst()
                .orElse(section);
    }
}
