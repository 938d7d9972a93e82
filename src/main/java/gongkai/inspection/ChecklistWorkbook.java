package gongkai.inspection;

import gongkai.disclosure.DisclosureDocument;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The 公开情况检查表 as an XLSX workbook in the inspectors' layout: 检查项目, 符合要求（是/否）, 存在问题及位置; for a
 * reviewer, one sheet with a row per unit and item. Every cell is text (never a formula).
 */
public final class ChecklistWorkbook {

    /** One disclosure's checklist, for the reviewer's workbook. */
    public record Entry(DisclosureDocument disclosure, List<Checklist.Row> rows) {}

    private static final String[] HEADER = {"检查项目", "符合要求（是/否）", "存在问题及位置"};

    private ChecklistWorkbook() {}

    public static byte[] one(DisclosureDocument d, List<Checklist.Row> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("公开情况检查表");
            CellStyle bold = bold(wb);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            int r = 0;
            r = line(sheet, r, bold, "单位", d.unit().name());
            r = line(sheet, r, bold, "年度", d.fiscalYear() + "年" + d.kind().label());
            r = line(sheet, r, bold, "版本与状态", "第" + d.revision() + "版，" + d.status().label());
            r++;
            Row head = sheet.createRow(r++);
            for (int i = 0; i < HEADER.length; i++) {
                cell(head, i, HEADER[i], bold);
            }
            for (Checklist.Row row : rows) {
                Row x = sheet.createRow(r++);
                cell(x, 0, row.item(), null);
                cell(x, 1, row.verdict(), null);
                cell(x, 2, row.problemText(), wrap);
            }
            sheet.setColumnWidth(0, 36 * 256);
            sheet.setColumnWidth(1, 16 * 256);
            sheet.setColumnWidth(2, 100 * 256);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static byte[] many(List<Entry> entries) {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("公开情况检查表");
            CellStyle bold = bold(wb);
            CellStyle wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            String[] header = {"单位", "年度", "类别", "状态", HEADER[0], HEADER[1], HEADER[2]};
            Row head = sheet.createRow(0);
            for (int i = 0; i < header.length; i++) {
                cell(head, i, header[i], bold);
            }
            int r = 1;
            for (Entry e : entries) {
                DisclosureDocument d = e.disclosure();
                for (Checklist.Row row : e.rows()) {
                    Row x = sheet.createRow(r++);
                    cell(x, 0, d.unit().name(), null);
                    x.createCell(1).setCellValue(d.fiscalYear());
                    cell(x, 2, d.kind().label(), null);
                    cell(x, 3, d.status().label(), null);
                    cell(x, 4, row.item(), null);
                    cell(x, 5, row.verdict(), null);
                    cell(x, 6, row.problemText(), wrap);
                }
            }
            sheet.setColumnWidth(0, 30 * 256);
            sheet.setColumnWidth(4, 36 * 256);
            sheet.setColumnWidth(6, 100 * 256);
            return bytes(wb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int line(Sheet sheet, int r, CellStyle bold, String label, String value) {
        Row row = sheet.createRow(r);
        cell(row, 0, label, bold);
        cell(row, 1, value, null);
        return r + 1;
    }

    private static void cell(Row row, int column, String value, CellStyle style) {
        var c = row.createCell(column);
        c.setCellValue(value.length() > 32_000 ? value.substring(0, 32_000) : value);
        if (style != null) {
            c.setCellStyle(style);
        }
    }

    private static CellStyle bold(XSSFWorkbook wb) {
        Font f = wb.createFont();
        f.setBold(true);
        CellStyle s = wb.createCellStyle();
        s.setFont(f);
        return s;
    }

    private static byte[] bytes(XSSFWorkbook wb) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
    }
}
