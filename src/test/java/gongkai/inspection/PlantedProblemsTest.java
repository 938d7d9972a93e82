package gongkai.inspection;

import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.testsupport.CjkFont;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.junit.jupiter.api.Test;

/**
 * A 2026 budget printed as a PDF with the nine kinds of problem a human inspector found on a real
 * one (issue 19) planted in it: the checklist must name each of them.
 */
class PlantedProblemsTest {

    private static final int CHARS_PER_LINE = 36;

    @Test
    void checklistNamesEveryPlantedProblem() throws Exception {
        byte[] pdf = render();
        List<ProofFinding> found =
                InspectionSurvey.budgetFindings(pdf, "planted-2026-budget.pdf", "某某市司法局", 2026);
        String all =
                Checklist.of(true, found, "").stream()
                        .filter(r -> !r.ok())
                        .map(r -> r.item() + "：" + r.problemText())
                        .collect(Collectors.joining("\n"));
        System.out.println(all);
        assertTrue(has(found, "L01", "第 2 页"), "blank page after the contents\n" + all);
        assertTrue(
                found.stream()
                        .anyMatch(f -> f.ruleId().equals("L03") && f.section().contains("职能")),
                "text that does not display in the functions section\n" + all);
        assertTrue(has(found, "Y01", "2026"), "the budget year compared with itself\n" + all);
        assertTrue(has(found, "P02", "公用经费"), "a sentence without its full stop\n" + all);
        assertTrue(has(found, "P01", "。。"), "a doubled full stop\n" + all);
        assertTrue(has(found, "A02", "17.62%"), "a contradicting percentage\n" + all);
        assertTrue(has(found, "C01", "医疗卫生与计划生育支出"), "an outdated class name\n" + all);
        assertTrue(has(found, "A01", "公务接待费"), "one item with two amounts\n" + all);
        assertTrue(has(found, "P03", "引号"), "an unbalanced quote\n" + all);
        // the document has no tables and no project notes (M01/M02 name those); besides them, at
        // most three findings beyond the nine planted problems
        long text = found.stream().filter(f -> !f.ruleId().startsWith("M")).count();
        assertTrue(text <= 9 + 3, "at most three findings beyond the nine\n" + all);
    }

    private static boolean has(List<ProofFinding> found, String rule, String text) {
        return found.stream()
                .anyMatch(f -> f.ruleId().equals(rule) && f.described().contains(text));
    }

    /** Pages of paragraphs; null makes a blank page; "!" marks text drawn without Unicode. */
    private static byte[] render() throws Exception {
        List<List<String>> pages =
                List.of(
                        List.of(
                                "某某市司法局2026年部门预算",
                                "目录",
                                "第一部分 部门概况",
                                "第二部分 2026年部门预算编制说明",
                                "第三部分 名词解释",
                                "第四部分 2026年部门预算表"),
                        List.of(),
                        List.of(
                                "第一部分 部门概况",
                                "一、主要职能",
                                "某某市司法局是市政府工作部门，负责全市司法行政工作，承担全面依法治市委员会办公室的日常工作。",
                                "!负责全市法治宣传教育和社区矫正工作。",
                                "二、机构设置",
                                "某某市司法局内设办公室、法治督察科、社区矫正科等8个科室，下属单位2个。"),
                        List.of(
                                "第二部分 2026年部门预算编制说明",
                                "一、收支预算总体情况",
                                "2026年收入预算3845.49万元，支出预算3845.49万元，比2026年预算增加120.5万元。。",
                                "二、一般公共预算当年拨款情况",
                                "2025年当年预算执行数为43269.3万元，2026年预算安排3845.49万元，比2025年预算执行数增加17.62%。",
                                "卫生健康支出主要用于医疗卫生与计划生育支出（类）行政单位医疗（项）120万元。",
                                "三、一般公共预算基本支出情况",
                                "2026年基本支出3200万元，主要用于保障机构正常运转的人员经费和公用经费",
                                "四、“三公”经费情况",
                                "公务接待费12万元，比2025年减少1万元，减少原因是压减接待活动；公务接待费13万元。",
                                "“三公”经费预算为30万元，其中“公务用车运行维护费18万元。",
                                "第三部分 名词解释",
                                "基本支出：指为保障机构正常运转、完成日常工作任务而发生的人员支出和公用支出。"));
        TrueTypeFont ttf;
        try (TrueTypeCollection c = new TrueTypeCollection(CjkFont.collection().toFile())) {
            List<TrueTypeFont> fonts = new ArrayList<>();
            c.processAllFonts(fonts::add);
            ttf = fonts.get(0);
            try (PDDocument doc = new PDDocument()) {
                PDType0Font font = PDType0Font.load(doc, ttf, true);
                PDType0Font bare = PDType0Font.load(doc, ttf, true);
                for (List<String> lines : pages) {
                    PDPage page = new PDPage(PDRectangle.A4);
                    doc.addPage(page);
                    try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                        float y = 780;
                        for (String paragraph : lines) {
                            boolean hidden = paragraph.startsWith("!");
                            for (String line : wrap(hidden ? paragraph.substring(1) : paragraph)) {
                                s.beginText();
                                s.setFont(hidden ? bare : font, 12);
                                s.newLineAtOffset(60, y);
                                s.showText(line);
                                s.endText();
                                y -= 20;
                            }
                        }
                    }
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                doc.save(out);
                return withoutUnicode(out.toByteArray());
            }
        }
    }

    /**
     * Removes the Unicode mapping of the font used only on page 3 (the hidden line's): its text
     * prints but will not display or copy.
     */
    private static byte[] withoutUnicode(byte[] pdf) throws Exception {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            var cover = doc.getPage(0).getResources();
            java.util.Set<Object> shared = new java.util.HashSet<>();
            for (COSName n : cover.getFontNames()) {
                shared.add(cover.getFont(n).getCOSObject());
            }
            var functions = doc.getPage(2).getResources();
            for (COSName n : functions.getFontNames()) {
                var f = functions.getFont(n);
                if (!shared.contains(f.getCOSObject())) {
                    f.getCOSObject().removeItem(COSName.TO_UNICODE);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        }
    }

    private static List<String> wrap(String paragraph) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (int i = 0; i < paragraph.length(); i++) {
            line.append(paragraph.charAt(i));
            if (Paragraphs.width(line.toString()) >= CHARS_PER_LINE) {
                out.add(line.toString());
                line.setLength(0);
            }
        }
        if (!line.isEmpty()) {
            out.add(line.toString());
        }
        return out;
    }
}
