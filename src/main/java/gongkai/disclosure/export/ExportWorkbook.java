package gongkai.disclosure.export;

import gongkai.disclosure.Disclosure;
import gongkai.disclosure.DisclosureDocument;
import gongkai.disclosure.LineItem;
import gongkai.disclosure.StandardTable;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Writes the XLSX download of a disclosure: a 基本信息 sheet, then one sheet per table. */
final class ExportWorkbook {

    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("Asia/Shanghai"));
    private static final String AMOUNT_FORMAT = "#,##0.00";

    private ExportWorkbook() {}

    /**
     * The workbook: 基本信息 first, then one sheet per table with its header rows; amounts numeric in
     * 元.
     */
    static byte[] xlsx(DisclosureDocument d) {
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Font bold = wb.createFont();
            bold.setBold(true);
            CellStyle title = wb.createCellStyle();
            title.setFont(bold);
            CellStyle header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            CellStyle amount = wb.createCellStyle();
            amount.setDataFormat(wb.createDataFormat().getFormat(AMOUNT_FORMAT));
            CellStyle code = wb.createCellStyle();
            code.setDataFormat(wb.createDataFormat().getFormat("@"));

            Set<String> names = new HashSet<>();
            info(wb.createSheet(uniqueName("基本信息", names)), d, title);
            for (DisclosureDocument.TableView t : d.tables()) {
                Sheet sheet = wb.createSheet(uniqueName(t.code(), names));
                table(sheet, d, t, title, header, amount, code);
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void info(Sheet sheet, DisclosureDocument d, CellStyle title) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"单位名称", d.unit().name()});
        lines.add(new String[] {"所属地区", String.join(" / ", d.unit().region().path())});
        lines.add(new String[] {"行政区划代码", d.unit().region().code()});
        lines.add(new String[] {"年度", Integer.toString(d.fiscalYear())});
        lines.add(new String[] {"类别", d.kind().label()});
        lines.add(new String[] {"状态", d.status().label()});
        lines.add(new String[] {"版本", "第 " + d.revision() + " 版"});
        lines.add(
                new String[] {"公开日期", d.publishedAt() == null ? "" : DATE.format(d.publishedAt())});
        Disclosure.Profile p = d.profile();
        if (p != null) {
            lines.add(new String[] {"单位负责人", p.headOfUnit()});
            lines.add(new String[] {"财务负责人", p.headOfFinance()});
            lines.add(new String[] {"编制人", p.preparer()});
            lines.add(
                    new String[] {
                        "报送日期", p.reportDate() == null ? null : p.reportDate().toString()
                    });
            lines.add(new String[] {"联系人", p.contactPerson()});
            lines.add(new String[] {"联系电话", p.contactPhone()});
        }
        lines.add(
                new String[] {
                    "原文金额单位", d.sourceMoneyUnit() == null ? "" : d.sourceMoneyUnit().label()
                });
        lines.add(new String[] {"本工作簿金额单位", "元（保留两位小数，与原文核对时请注意万元与元换算的尾数差异）"});
        if (d.correctionNote() != null) {
            lines.add(new String[] {"更正说明", d.correctionNote()});
        }
        lines.add(new String[] {"网页地址", "/disclosures/" + d.id()});
        Row head = sheet.createRow(0);
        Cell h = head.createCell(0);
        h.setCellValue(d.unit().name() + " " + d.fiscalYear() + "年度" + d.kind().label());
        h.setCellStyle(title);
        int i = 2;
        for (String[] line : lines) {
            Row row = sheet.createRow(i++);
            Cell label = row.createCell(0);
            label.setCellValue(line[0]);
            label.setCellStyle(title);
            row.createCell(1).setCellValue(line[1] == null ? "" : line[1]);
        }
        narrative(sheet, i + 1, d, title);
        sheet.setColumnWidth(0, 18 * 256);
        sheet.setColumnWidth(1, 60 * 256);
    }

    /**
     * The narrative below the facts, one paragraph per row in the first column: it carries the
     * figures stated only in prose (情况说明中的支出项目), so the workbook imports back to the same
     * disclosure.
     */
    private static void narrative(Sheet sheet, int first, DisclosureDocument d, CellStyle title) {
        if (d.sections().isEmpty()) {
            return;
        }
        int r = first;
        Cell heading = sheet.createRow(r++).createCell(0);
        heading.setCellValue("情况说明");
        heading.setCellStyle(title);
        for (DisclosureDocument.SectionView section : d.sections()) {
            Cell t = sheet.createRow(r++).createCell(0);
            t.setCellValue(section.title());
            t.setCellStyle(title);
            for (String paragraph : section.body().split("\n")) {
                // a cell holds at most 32,767 characters; a longer paragraph continues below
                for (int at = 0; at < paragraph.length(); at += 32_000) {
                    String part =
                            paragraph.substring(at, Math.min(paragraph.length(), at + 32_000));
                    sheet.createRow(r++).createCell(0).setCellValue(part);
                }
            }
        }
    }

    private static void table(
            Sheet sheet,
            DisclosureDocument d,
            DisclosureDocument.TableView t,
            CellStyle title,
            CellStyle header,
            CellStyle amount,
            CellStyle code) {
        boolean twoSided = t.rows().stream().anyMatch(r -> r.side() != null);
        // only the columns this table fills, as on the page (公开04's income side has one, its
        // expense side four)
        List<StandardTable.Column> columns =
                t.columns().stream()
                        .filter(
                                c ->
                                        t.rows().stream()
                                                .anyMatch(r -> r.amounts().containsKey(c.key())))
                        .toList();
        int r = 0;
        Cell c0 = sheet.createRow(r++).createCell(0);
        c0.setCellValue(t.code() + " " + t.title());
        c0.setCellStyle(title);
        sheet.createRow(r++)
                .createCell(0)
                .setCellValue("单位：" + d.unit().name() + "　年度：" + d.fiscalYear() + "　金额单位：元");
        if (t.note() != null && !t.note().isBlank()) {
            sheet.createRow(r++).createCell(0).setCellValue(t.note());
        }
        List<String> headers = new ArrayList<>();
        if (twoSided) {
            headers.add("收支");
        }
        headers.addAll(List.of("行次", "科目编码", "科目名称"));
        columns.forEach(c -> headers.add(c.label()));
        Row headRow = sheet.createRow(r++);
        for (int i = 0; i < headers.size(); i++) {
            Cell cell = headRow.createCell(i);
            cell.setCellValue(headers.get(i));
            cell.setCellStyle(header);
        }
        sheet.createFreezePane(0, r);
        for (DisclosureDocument.RowView line : DisclosureExports.ordered(t)) {
            Row row = sheet.createRow(r++);
            int col = 0;
            if (twoSided) {
                row.createCell(col).setCellValue(DisclosureExports.sideLabel(line.side()));
                col++;
            }
            if (line.lineNo() != null) {
                row.createCell(col).setCellValue(line.lineNo());
            }
            col++;
            Cell codeCell = row.createCell(col++);
            codeCell.setCellStyle(code);
            // codes are text: 2040610 must not become a number, nor lose a leading zero elsewhere
            codeCell.setCellValue(
                    line.kind() == LineItem.RowKind.NAMED || line.code() == null
                            ? ""
                            : line.code());
            row.createCell(col++).setCellValue(DisclosureExports.rowName(line));
            for (StandardTable.Column c : columns) {
                BigDecimal a = line.amounts().get(c.key());
                Cell cell = row.createCell(col++);
                if (a != null) {
                    cell.setCellValue(a.doubleValue());
                    cell.setCellStyle(amount);
                }
            }
        }
        int col = 0;
        if (twoSided) {
            sheet.setColumnWidth(col++, 6 * 256);
        }
        sheet.setColumnWidth(col++, 6 * 256);
        sheet.setColumnWidth(col++, 12 * 256);
        sheet.setColumnWidth(col++, 36 * 256);
        for (int i = 0; i < columns.size(); i++) {
            sheet.setColumnWidth(col++, 18 * 256);
        }
    }

    /** A valid sheet name (≤31 characters, no []:*?/\), unique within the workbook. */
    private static String uniqueName(String wanted, Set<String> taken) {
        String base = WorkbookUtil.createSafeSheetName(wanted);
        String name = base;
        for (int i = 2; !taken.add(name.toLowerCase(Locale.ROOT)); i++) {
            String suffix = "（" + i + "）";
            name = base.substring(0, Math.min(base.length(), 31 - suffix.length())) + suffix;
        }
        return name;
    }
}
