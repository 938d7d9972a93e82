package gongkai.importer.read.office;

import gongkai.importer.read.DocumentReader;
import gongkai.importer.read.DocumentText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a workbook ({@code .xlsx} or, through HSSF, {@code .xls}) as finance software and Gongkai's
 * own download write them: one sheet (or one block of a sheet) per table. Each row becomes one line
 * of TAB-separated cell texts, sheets are separated by a blank line, and a sheet that starts
 * straight with its header row gets its name as the table title.
 */
public final class WorkbookReader implements DocumentReader {

    /** Far above any disclosure (a few thousand rows); stops a sheet of a million empty rows. */
    static final int MAX_LINES = 100_000;

    /** Names spreadsheet programs give new sheets: no table title in them. */
    private static final Pattern DEFAULT_SHEET_NAME =
            Pattern.compile("(?i)(sheet|工作表|页)\\s*\\d*|表\\s*\\d+");

    @Override
    public Result read(byte[] bytes, String fileName) {
        String name = OfficeFiles.displayName(fileName);
        if (OfficeFiles.ooxml(bytes) == OfficeFiles.Kind.XLSX && OfficeFiles.expandsTooFar(bytes)) {
            return Result.failure(OfficeFiles.tooLarge("工作簿", name));
        }
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            List<String> lines = lines(wb);
            if (lines == null) {
                return Result.failure("工作簿过大（超过 " + MAX_LINES + " 行），未导入：" + name);
            }
            if (lines.stream().allMatch(String::isBlank)) {
                return Result.failure("工作簿中没有任何内容：" + name);
            }
            return new Result(new DocumentText(name, lines), "工作簿", null);
        } catch (EncryptedDocumentException e) {
            return Result.failure("工作簿设有密码保护，无法读取；请取消密码后再上传：" + name);
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return Result.failure(OfficeFiles.broken("工作簿", name));
        }
    }

    /** All visible sheets' lines, or null when there are too many. */
    static List<String> lines(Workbook wb) {
        DataFormatter dates = new DataFormatter(Locale.CHINA);
        List<String> lines = new ArrayList<>();
        int total = 0;
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
            if (wb.isSheetHidden(s) || wb.isSheetVeryHidden(s)) {
                continue;
            }
            Sheet sheet = wb.getSheetAt(s);
            List<List<String>> rows = new ArrayList<>();
            for (int r = sheet.getFirstRowNum(); r >= 0 && r <= sheet.getLastRowNum(); r++) {
                List<String> cells = cells(sheet.getRow(r), dates);
                if (!(cells.isEmpty() && (rows.isEmpty() || rows.get(rows.size() - 1).isEmpty()))) {
                    rows.add(cells); // runs of empty rows count as one blank line
                }
                if (++total > MAX_LINES) {
                    return null;
                }
            }
            while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
                rows.remove(rows.size() - 1);
            }
            if (rows.isEmpty()) {
                continue;
            }
            if (!lines.isEmpty()) {
                lines.add("");
            }
            String title = sheet.getSheetName().strip();
            if (rows.get(0).size() > 1 && !DEFAULT_SHEET_NAME.matcher(title).matches()) {
                // the sheet begins with its header row: its name is the only title it has
                lines.add(title);
            }
            SideBySide.apply(rows).forEach(cells -> lines.add(String.join("\t", cells)));
        }
        return lines;
    }

    /** One row's cell texts, from the first column to the last non-empty one. */
    private static List<String> cells(Row row, DataFormatter dates) {
        List<String> cells = new ArrayList<>();
        if (row == null || row.getLastCellNum() <= 0) {
            return cells;
        }
        int last = -1;
        for (int c = 0; c < row.getLastCellNum(); c++) {
            String text = text(row.getCell(c), dates);
            cells.add(text);
            if (!text.isEmpty()) {
                last = c;
            }
        }
        return new ArrayList<>(cells.subList(0, last + 1));
    }

    static String text(Cell cell, DataFormatter dates) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType();
        if (type == CellType.FORMULA) {
            type = cell.getCachedFormulaResultType();
        }
        return switch (type) {
            case STRING -> CellTexts.oneLine(cell.getRichStringCellValue().getString());
            case NUMERIC ->
                    DateUtil.isCellDateFormatted(cell)
                            ? CellTexts.oneLine(dates.formatCellValue(cell))
                            : CellTexts.number(
                                    cell.getNumericCellValue(),
                                    cell.getCellStyle().getDataFormatString());
            case BOOLEAN -> cell.getBooleanCellValue() ? "是" : "否";
            default -> "";
        };
    }
}
