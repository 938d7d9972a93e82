package gongkai.importer.read.office;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.DisclosureParser;
import gongkai.importer.ParseResult;
import gongkai.importer.read.DocumentReader;
import gongkai.importer.read.DocumentReaders;
import gongkai.testsupport.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** The workbook and Word readers behind {@link DocumentReaders}, on files built with POI. */
class OfficeReadersTest {

    private final DocumentReaders readers = new DocumentReaders();
    private final DisclosureParser parser = new DisclosureParser();

    private List<String> amountsOf(byte[] bytes, String name) {
        ParseResult parsed = parser.parse(bytes, name);
        assertTrue(parsed.ok(), () -> name + " imports: " + parsed.report().toText());
        return WorkbookRoundTripTest.amounts(parsed.disclosure());
    }

    @Test
    void seedAsXlsxImportsToTheSameAmountsAsItsText() {
        byte[] seed = Samples.bytes(Samples.LILING_JUSTICE_BUREAU);
        List<String> expected = amountsOf(seed, "seed.txt");
        byte[] xlsx = OfficeFixtures.workbook(OfficeFixtures.lines(seed), false);
        assertEquals(expected, amountsOf(xlsx, "醴陵.xlsx"));
    }

    @Test
    void seedAsOldXlsImportsToTheSameAmountsAsItsText() {
        byte[] seed = Samples.bytes(Samples.LILING_JUSTICE_BUREAU);
        List<String> expected = amountsOf(seed, "seed.txt");
        byte[] xls = OfficeFixtures.workbook(OfficeFixtures.lines(seed), true);
        assertEquals(expected, amountsOf(xls, "醴陵.xls"));
    }

    @Test
    void seedAsDocxWithNarrativeAndTablesImportsToTheSameAmountsAsItsText() {
        byte[] seed = Samples.bytes(Samples.LILING_JUSTICE_BUREAU);
        List<String> expected = amountsOf(seed, "seed.txt");
        assertTrue(expected.size() > 100, "the seed's tables hold many amounts");
        byte[] docx = OfficeFixtures.docx(OfficeFixtures.lines(seed));
        assertEquals(expected, amountsOf(docx, "醴陵.docx"));
    }

    @Test
    void workbookRowsBecomeTabSeparatedLinesWithPlainNumbers() throws IOException {
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("收入决算表");
            Row head = sheet.createRow(0);
            head.createCell(0).setCellValue("科目编码");
            head.createCell(1).setCellValue("科目\n名称");
            head.createCell(2).setCellValue("本年收入合计");
            Row row = sheet.createRow(1);
            row.createCell(0).setCellValue(2040601); // a code stored as a number
            row.createCell(1).setCellValue("行政运行");
            var money = wb.createCellStyle();
            money.setDataFormat(wb.createDataFormat().getFormat("#,##0.00"));
            var big = row.createCell(2);
            big.setCellValue(123456789012.5); // Excel would print it 1.23457E+11 in General
            big.setCellStyle(money);
            Row merged = sheet.createRow(2);
            merged.createCell(0).setCellValue("合计");
            merged.createCell(2).setCellFormula("C2*2");
            sheet.addMergedRegion(new CellRangeAddress(2, 2, 0, 1));
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            wb.write(out);
            bytes = out.toByteArray();
        }
        DocumentReader.Result r = readers.read(bytes, "x.xlsx");
        assertTrue(r.ok(), r.error());
        assertEquals(
                List.of(
                        "收入决算表",
                        "科目编码\t科目名称\t本年收入合计",
                        "2040601\t行政运行\t123456789012.50",
                        "合计\t\t246913578025"),
                r.text().lines(),
                "the sheet name titles a sheet that starts with its header; a merged cell's"
                        + " value stands in its first cell; no exponent");
    }

    @Test
    void wordTablesKeepTheirGridAndBodyOrder() throws IOException {
        byte[] bytes;
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.createParagraph().createRun().setText("收入决算表");
            var table = doc.createTable(2, 3);
            table.getRow(0).getCell(0).setText("项目");
            table.getRow(0).getCell(2).setText("本年收入合计");
            table.getRow(1).getCell(0).setText("2040601");
            table.getRow(1).getCell(1).setText("行政运行");
            table.getRow(1).getCell(2).setText("6,795,853.30");
            doc.createParagraph().createRun().setText("注：本表金额单位为元。");
            doc.write(out);
            bytes = out.toByteArray();
        }
        DocumentReader.Result r = readers.read(bytes, "x.docx");
        assertTrue(r.ok(), r.error());
        assertEquals(
                List.of(
                        "收入决算表",
                        "",
                        "项目\t\t本年收入合计",
                        "2040601\t行政运行\t6,795,853.30",
                        "",
                        "注：本表金额单位为元。"),
                r.text().lines());
    }

    @Test
    void brokenZipGetsAClearMessage() {
        byte[] xlsx = OfficeFixtures.workbook(List.of("a\tb"), false);
        byte[] truncated = Arrays.copyOf(xlsx, xlsx.length / 2);
        DocumentReader.Result r = readers.read(truncated, "坏.xlsx");
        assertFalse(r.ok());
        assertTrue(r.error().contains("已损坏") && r.error().contains("坏.xlsx"), r.error());
    }

    @Test
    void zipThatIsNoOfficeFileIsRefusedByName() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (var zip = new java.util.zip.ZipOutputStream(out)) {
            zip.putNextEntry(new java.util.zip.ZipEntry("readme.txt"));
            zip.write("hello".getBytes());
        }
        DocumentReader.Result r = readers.read(out.toByteArray(), "a.zip");
        assertFalse(r.ok());
        assertTrue(r.error().contains("无法识别的 Office 文件"), r.error());
    }

    @Test
    void oldWordDocAsksForDocxOrPdf() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "WordDocument");
            fs.writeFilesystem(out);
        }
        DocumentReader.Result r = readers.read(out.toByteArray(), "旧.doc");
        assertFalse(r.ok());
        assertTrue(r.error().contains(".docx") && r.error().contains("PDF"), r.error());
        assertNull(r.text());
    }

    @Test
    void emptyWorkbookSaysSo() throws IOException {
        byte[] bytes;
        try (Workbook wb = new HSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            wb.createSheet("Sheet1");
            wb.write(out);
            bytes = out.toByteArray();
        }
        DocumentReader.Result r = readers.read(bytes, "空.xls");
        assertFalse(r.ok());
        assertTrue(r.error().contains("没有任何内容"), r.error());
    }
}
