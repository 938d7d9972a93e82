package gongkai.validation;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * Where a finding points: a table label (公开01 … 公开10, 项目明细, 情况说明), a row code (classification code
 * or canonical row name such as 本年收入合计), a column key ({@link
 * gongkai.disclosure.StandardTable.Column#key()}) and/or a narrative section (its {@link
 * gongkai.disclosure.SectionKey} name, or its title). Any part may be null.
 */
@Serdeable
public record Location(
        @Nullable String table,
        @Nullable String rowCode,
        @Nullable String column,
        @Nullable String section) {

    public static Location table(String table) {
        return new Location(table, null, null, null);
    }

    public static Location cell(String table, String rowCode, String column) {
        return new Location(table, rowCode, column, null);
    }

    public static Location section(String section) {
        return new Location(null, null, null, section);
    }
}
