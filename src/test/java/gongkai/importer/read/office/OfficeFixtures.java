package gongkai.importer.read.office;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Office files built with POI from a seed text, the way a unit's finance software or Word would
 * hold the same document: a line with TABs is a table row (amounts as numeric cells), any other
 * line a paragraph (Word) or a one-cell row (workbook).
 */
final class OfficeFixtures {

    private static final Pattern AMOUNT = Pattern.compile("-?\\d{1,3}(,\\d{3})*\\.\\d{2}");

    private OfficeFixtures() {}

    static List<String> lines(byte[] seed) {
        String text = new String(seed, StandardCharsets.UTF_8).replace("\r", "");
        return List.of(text.split("\n", -1));
    }

    /** The seed as one sheet of a workbook: .xls when {@code xls}, else .xlsx. */
    static byte[] workbook(List<String> lines, boolean xls) {
        try (Workbook wb = xls ? new HSSFWorkbook() : new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            Sheet sheet = wb.createSheet("Sheet1");
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                String[] cells = lines.get(r).split("\t", -1);
                for (int c = 0; c < cells.length; c++) {
                    if (cells[c].isEmpty()) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (AMOUNT.matcher(cells[c].strip()).matches()) {
                        cell.setCellValue(Double.parseDouble(cells[c].strip().replace(",", "")));
                        cell.setCellStyle(money);
                    } else {
                        cell.setCellValue(cells[c]);
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed as a Word document: narrative paragraphs, and each run of TAB lines a table. */
    static byte[] docx(List<String> lines) {
        try (XWPFDocument doc = new XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            int i = 0;
            while (i < lines.size()) {
                if (!lines.get(i).contains("\t")) {
                    doc.createParagraph().createRun().setText(lines.get(i));
                    i++;
                    continue;
                }
                int end = i;
                int columns = 0;
                while (end < lines.size() && lines.get(end).contains("\t")) {
                    columns = Math.max(columns, lines.get(end).split("\t", -1).length);
                    end++;
                }
                XWPFTable table = doc.createTable(end - i, columns);
                for (int r = i; r < end; r++) {
                    XWPFTableRow row = table.getRow(r - i);
                    String[] cells = lines.get(r).split("\t", -1);
                    for (int c = 0; c < cells.length; c++) {
                        row.getCell(c).setText(cells[c]);
                    }
                }
                i = end;
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
