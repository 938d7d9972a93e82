package gongkai.disclosure;

import io.micronaut.core.annotation.Nullable;

/**
 * Where a report states a figure read beside its tables: in a table, or only in its narrative
 * (情况说明). The values travel as strings in the APIs (budget against outcome, the comparison), so one
 * home keeps their spelling and their Chinese label the same everywhere.
 */
public final class StatedIn {

    /** Read from a table (e.g. the 三公 table's 预算数 and 决算数). */
    public static final String TABLE = "TABLE";

    /** Read from the narrative's own sentence (年初预算X万元，支出决算Y万元). */
    public static final String NARRATIVE = "NARRATIVE";

    private StatedIn() {}

    /** The source in users' words (表格 / 情况说明); empty when nothing is stated. */
    public static String label(@Nullable String source) {
        if (source == null) {
            return "";
        }
        return NARRATIVE.equals(source) ? "情况说明" : "表格";
    }
}
