package gongkai.disclosure;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;

/**
 * One row of a table. {@code rowCode} is a classification code (functional 3/5/7 or economic 3/5
 * digits) or, for named rows, a canonical name such as 本年收入合计; {@code codeLevel} is 1/2/3 for 类/款/项
 * so rows can be summed by level.
 */
@MappedEntity("line_item")
public record LineItem(
        @Id @GeneratedValue Long id,
        Long tableId,
        int position,
        RowKind rowKind,
        @Nullable Side side,
        @Nullable String rowCode,
        @Nullable Integer codeLevel,
        String rowName,
        @Nullable Integer lineNo) {

    public enum RowKind {
        FUNCTIONAL,
        ECONOMIC,
        NAMED
    }

    public enum Side {
        INCOME,
        EXPENSE
    }

    /** 类 = 3 digits, 款 = 5, 项 = 7; named rows have no level. */
    public static Integer levelOf(RowKind kind, String code) {
        if (kind == RowKind.NAMED || code == null) {
            return null;
        }
        return switch (code.length()) {
            case 3 -> 1;
            case 5 -> 2;
            case 7 -> 3;
            default -> null;
        };
    }
}
