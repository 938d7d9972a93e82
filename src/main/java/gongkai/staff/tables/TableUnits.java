package gongkai.staff.tables;

import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import gongkai.web.NotFoundException;
import io.micronaut.core.annotation.Nullable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which table a path names, and the stored table as a grid in the unit it is shown in. */
final class TableUnits {

    static final String NOT_IN_WAN = "本表有金额以万元表示会超过两位小数，不能换算为万元，仍以元显示和填写。";

    private TableUnits() {}

    /** The grid a fresh page opens with, and the notice shown above it (null for none). */
    record Opened(TableForm form, @Nullable String notice) {}

    /**
     * The stored table in the unit asked for ({@code unit}, else its default); 元 with a notice when
     * 万元 would need more than 2 decimals.
     */
    static Opened open(
            StandardTable table,
            List<StandardTable.Column> columns,
            @Nullable DisclosureDocument.TableView stored,
            @Nullable String unit,
            @Nullable String saved) {
        MoneyUnit display =
                unit != null
                        ? ("YUAN".equalsIgnoreCase(unit) ? MoneyUnit.YUAN : MoneyUnit.WAN_YUAN)
                        : defaultUnit(stored);
        String notice = saved == null ? null : "已保存。";
        if (display == MoneyUnit.WAN_YUAN
                && stored != null
                && !exactIn(stored, MoneyUnit.WAN_YUAN)) {
            // Shown in 万元 such amounts would need more than 2 decimals, which a save would refuse.
            display = MoneyUnit.YUAN;
            notice = NOT_IN_WAN;
        }
        List<TableForm.RowInput> rows = new ArrayList<>();
        if (stored != null) {
            for (DisclosureDocument.RowView r : stored.rows()) {
                Map<String, String> cells = new LinkedHashMap<>();
                for (StandardTable.Column c : columns) {
                    BigDecimal yuan = r.amounts().get(c.key());
                    cells.put(c.key(), yuan == null ? "" : TableForm.display(yuan, display));
                }
                rows.add(
                        new TableForm.RowInput(
                                r.kind() == LineItem.RowKind.NAMED ? "" : r.code(),
                                r.name(),
                                cells));
            }
        }
        return new Opened(new TableForm(table, columns, display, rows), notice);
    }

    @Nullable
    static DisclosureDocument.TableView storedTable(DisclosureDocument d, StandardTable table) {
        return d.tables().stream().filter(t -> t.kind() == table).findFirst().orElse(null);
    }

    static StandardTable kind(String kind) {
        try {
            StandardTable table = StandardTable.valueOf(kind);
            if (table == StandardTable.PROSE) {
                throw new NotFoundException("该表不可编辑。");
            }
            return table;
        } catch (IllegalArgumentException e) {
            throw new NotFoundException("没有这张表：" + kind);
        }
    }

    /** 万元 unless a stored amount needs more than 2 decimals there (a table kept in 元). */
    private static MoneyUnit defaultUnit(@Nullable DisclosureDocument.TableView stored) {
        if (stored == null) {
            return MoneyUnit.WAN_YUAN;
        }
        if (stored.sourceMoneyUnit() == MoneyUnit.YUAN) {
            return MoneyUnit.YUAN;
        }
        return exactIn(stored, MoneyUnit.WAN_YUAN) ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    }

    private static boolean exactIn(DisclosureDocument.TableView stored, MoneyUnit unit) {
        return stored.rows().stream()
                .flatMap(r -> r.amounts().values().stream())
                .allMatch(a -> TableForm.exactIn(a, unit));
    }

    static MoneyUnit other(MoneyUnit unit) {
        return unit == MoneyUnit.YUAN ? MoneyUnit.WAN_YUAN : MoneyUnit.YUAN;
    }
}
