package gongkai.staff.imports;

import gongkai.disclosure.DisclosureContent;
import gongkai.disclosure.DisclosureKind;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.MoneyUnit;
import gongkai.disclosure.StandardTable;
import gongkai.importer.ParseResult;
import gongkai.importer.report.ImportReport;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the import preview shows before anything is stored: the report, and table by table the rows
 * and amounts as recognised, in the money unit the document printed them in, so the editor can hold
 * the page beside the document.
 */
@Serdeable
record ImportPreview(
        ImportReport report, List<Table> tables, @Nullable String uploadToken, String csrfToken) {

    /** One recognised table: its number and title, the unit shown, the filled columns, the rows. */
    @Serdeable
    record Table(
            String label,
            String title,
            String unit,
            @Nullable String note,
            List<String> columns,
            List<Row> rows) {}

    /** One recognised row: 收入/支出 for two-sided tables, code, name, 行次, one text per column. */
    @Serdeable
    record Row(String side, String code, String name, String lineNo, List<String> amounts) {}

    /** The preview of a parse; {@code uploadToken} is null when there is nothing to confirm. */
    static ImportPreview of(ParseResult parsed, @Nullable String uploadToken, String csrfToken) {
        List<Table> tables = new ArrayList<>();
        DisclosureContent d = parsed.disclosure();
        if (d != null) {
            for (DisclosureContent.Table t : d.tables()) {
                tables.add(table(t, d.kind(), d.sourceMoneyUnit()));
            }
        }
        return new ImportPreview(parsed.report(), tables, uploadToken, csrfToken);
    }

    private static Table table(
            DisclosureContent.Table t, DisclosureKind kind, @Nullable MoneyUnit documentUnit) {
        MoneyUnit unit =
                t.sourceMoneyUnit() != null
                        ? t.sourceMoneyUnit()
                        : documentUnit != null ? documentUnit : MoneyUnit.YUAN;
        List<StandardTable.Column> columns =
                t.kind().columns(kind).stream()
                        .filter(
                                c ->
                                        t.rows().stream()
                                                .anyMatch(r -> r.amounts().containsKey(c.key())))
                        .toList();
        List<Row> rows = new ArrayList<>();
        for (DisclosureContent.Row r : t.rows()) {
            List<String> amounts =
                    columns.stream().map(c -> unit.format(r.amounts().get(c.key()))).toList();
            rows.add(
                    new Row(
                            r.side() == null ? "" : r.side() == LineItem.Side.INCOME ? "收入" : "支出",
                            r.kind() == LineItem.RowKind.NAMED || r.code() == null ? "" : r.code(),
                            r.name() == null ? "" : r.name(),
                            r.lineNo() == null ? "" : r.lineNo().toString(),
                            amounts));
        }
        return new Table(
                t.kind().label(),
                t.title() == null || t.title().isBlank() ? t.kind().title() : t.title(),
                unit.label(),
                t.note(),
                columns.stream().map(StandardTable.Column::label).toList(),
                rows);
    }
}
