package gongkai.importer.read.office;

import gongkai.importer.read.DocumentReader;
import gongkai.importer.read.DocumentText;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;

/**
 * Reads a Word document ({@code .docx}) in body order: each paragraph is a line (a manual line
 * break starts another), each table row a line of TAB-separated cell texts, with a blank line after
 * a table. A cell spanning several grid columns is followed by empty cells, so the columns of every
 * row line up with the header's; a vertically merged cell keeps its value in the first row only.
 */
public final class WordReader implements DocumentReader {

    static final int MAX_LINES = WorkbookReader.MAX_LINES;

    @Override
    public Result read(byte[] bytes, String fileName) {
        String name = OfficeFiles.displayName(fileName);
        if (OfficeFiles.expandsTooFar(bytes)) {
            return Result.failure(OfficeFiles.tooLarge("Word 文档", name));
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<String> lines = new ArrayList<>();
            for (IBodyElement element : doc.getBodyElements()) {
                add(element, lines);
                if (lines.size() > MAX_LINES) {
                    return Result.failure("文档过大（超过 " + MAX_LINES + " 行），未导入：" + name);
                }
            }
            while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
                lines.remove(lines.size() - 1);
            }
            if (lines.stream().allMatch(String::isBlank)) {
                return Result.failure("文档中没有任何文字内容：" + name);
            }
            return new Result(new DocumentText(name, lines), "Word 文档", null);
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return Result.failure(OfficeFiles.broken("Word 文档", name));
        }
    }

    private static void add(IBodyElement element, List<String> lines) {
        if (element instanceof XWPFParagraph p) {
            String text = p.getText().replace("\r", "");
            for (String line : text.split("\n", -1)) {
                lines.add(line.replace('\t', ' ').stripTrailing());
            }
        } else if (element instanceof XWPFTable t) {
            table(t, lines);
        } else if (element instanceof XWPFSDT sdt) {
            for (String line : sdt.getContent().getText().split("\n")) {
                lines.add(line.replace('\t', ' ').stripTrailing());
            }
        }
    }

    private static void table(XWPFTable table, List<String> lines) {
        if (!lines.isEmpty() && !lines.get(lines.size() - 1).isEmpty()) {
            lines.add("");
        }
        for (XWPFTableRow row : table.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                cells.add(continuesMerge(cell) ? "" : CellTexts.oneLine(cell.getText()));
                for (int i = 1; i < span(cell); i++) {
                    cells.add("");
                }
            }
            int last = cells.size();
            while (last > 0 && cells.get(last - 1).isEmpty()) {
                last--;
            }
            lines.add(String.join("\t", cells.subList(0, last)));
        }
        lines.add("");
    }

    private static int span(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        if (pr == null || pr.getGridSpan() == null) {
            return 1;
        }
        Object value = pr.getGridSpan().getVal();
        int span = value instanceof BigInteger b ? b.intValue() : 1;
        return Math.max(1, Math.min(span, 64));
    }

    /** A cell under a vertical merge's first cell: Word shows the first cell's value there. */
    private static boolean continuesMerge(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null
                && pr.isSetVMerge()
                && (pr.getVMerge().getVal() == null
                        || "continue".equals(pr.getVMerge().getVal().toString()));
    }
}
