package gongkai.disclosure.export;

import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Downloads of one disclosure's tables: a long-format CSV (one line per stored amount, so every
 * table fits one layout) and an XLSX workbook with one sheet per table. Amounts are in 元 as stored,
 * exact to the cent; nothing is rounded to 万元 here.
 */
@Singleton
public class DisclosureExports {

    /** The CSV columns, in order; 类别 is 部门预算 or 部门决算 (the same words as the workbook's). */
    public static final List<String> CSV_HEADER =
            List.of("单位", "年度", "类别", "表号", "表名", "收支", "行次", "科目编码", "科目名称", "栏目", "金额（元）");

    /**
     * Reads a {@code table} parameter: the stable key (G03, case-insensitive) or the label readers
     * know (公开03). Empty for anything else.
     */
    public static Optional<StandardTable> parseTable(String value) {
        String v = value.strip();
        for (StandardTable t : StandardTable.values()) {
            if (t.name().equalsIgnoreCase(v) || t.label().equals(v)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /**
     * The CSV of every table, or of one: UTF-8 with a byte-order mark so that Excel reads the
     * Chinese.
     */
    public byte[] csv(DisclosureDocument d, @Nullable StandardTable only) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        CSVFormat format =
                CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER.toArray(String[]::new)).get();
        try (Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            // the BOM goes first: CSVPrinter writes the header as soon as it is created
            w.write('\uFEFF');
            CSVPrinter csv = new CSVPrinter(w, format);
            for (DisclosureDocument.TableView t : d.tables()) {
                if (only != null && t.kind() != only) {
                    continue;
                }
                for (DisclosureDocument.RowView r : ordered(t)) {
                    List<String> prefix =
                            List.of(
                                    text(d.unit().name()),
                                    Integer.toString(d.fiscalYear()),
                                    d.kind().label(),
                                    text(t.code()),
                                    text(t.title()),
                                    sideLabel(r.side()),
                                    r.lineNo() == null ? "" : r.lineNo().toString(),
                                    r.kind() == LineItem.RowKind.NAMED || r.code() == null
                                            ? ""
                                            : text(r.code()),
                                    text(rowName(r)));
                    boolean any = false;
                    for (StandardTable.Column c : t.columns()) {
                        BigDecimal amount = r.amounts().get(c.key());
                        if (amount != null) {
                            List<String> record = new ArrayList<>(prefix);
                            record.add(text(c.label()));
                            record.add(amount.setScale(2).toPlainString());
                            csv.printRecord(record);
                            any = true;
                        }
                    }
                    if (!any) {
                        // a row without amounts still exists in the table: keep it, with empty 栏目
                        // and 金额
                        List<String> record = new ArrayList<>(prefix);
                        record.add("");
                        record.add("");
                        csv.printRecord(record);
                    }
                }
            }
            csv.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * The workbook: 基本信息 first, then one sheet per table with its header rows; amounts numeric in
     * 元.
     */
    public byte[] xlsx(DisclosureDocument d) {
        return ExportWorkbook.xlsx(d);
    }

    /**
     * The row's name in a download. A named row gets its canonical name: in 公开04 two rows both read
     * 一般公共预算财政拨款 on the page (under 本年收入 and under 年初结转和结余), and only the canonical
     * 年初结转和结余·一般公共预算财政拨款 tells them apart once the layout is gone.
     */
    static String rowName(DisclosureDocument.RowView r) {
        if (r.kind() == LineItem.RowKind.NAMED && r.code() != null && !r.code().isBlank()) {
            return r.code();
        }
        return r.name() == null ? "" : r.name();
    }

    /** Rows as the page shows them: a two-sided table (公开01, 公开04) lists its income side first. */
    static List<DisclosureDocument.RowView> ordered(DisclosureDocument.TableView t) {
        if (t.rows().stream().noneMatch(r -> r.side() != null)) {
            return t.rows();
        }
        List<DisclosureDocument.RowView> rows =
                new ArrayList<>(
                        t.rows().stream().filter(r -> r.side() != LineItem.Side.EXPENSE).toList());
        rows.addAll(t.rows().stream().filter(r -> r.side() == LineItem.Side.EXPENSE).toList());
        return rows;
    }

    static String sideLabel(@Nullable LineItem.Side side) {
        if (side == null) {
            return "";
        }
        return side == LineItem.Side.INCOME ? "收入" : "支出";
    }

    /** A text cell made safe for spreadsheets (see {@link CsvCells#formulaSafe}). */
    static String text(@Nullable String value) {
        return CsvCells.formulaSafe(value);
    }
}
