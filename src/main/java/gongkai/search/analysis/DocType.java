package gongkai.search.analysis;

import java.util.Locale;
import java.util.Optional;

/** What one Lucene document stands for. */
public enum DocType {
    /** A narrative section (概况, 情况说明 …) of a disclosure. */
    SECTION("文字说明"),
    /**
     * One row of a table (公开01–10 of final accounts or budgets, 项目明细, or an item stated in prose).
     */
    LINE_ITEM("表格科目"),
    /**
     * A performance self-evaluation or, in a budget, a performance target (项目 or 部门整体) with its
     * indicators.
     */
    PROJECT("绩效项目");

    private final String label;

    DocType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /**
     * Case-insensitive lookup; empty for unknown names (an unknown filter value then matches
     * nothing).
     */
    public static Optional<DocType> parse(String name) {
        if (name == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(name.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
