package gongkai.inspection;

import gongkai.validation.Severity;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * L01 a blank page, L02 a page printed twice, L03 glyphs without a Unicode mapping (text that will
 * not display or copy), L04 a section or a long paragraph printed twice.
 */
final class LayoutRules implements ProofRule {

    /** Pages and paragraphs shorter than this may repeat legitimately (headers, captions). */
    private static final int MIN_PAGE_CHARS = 60;

    private static final int MIN_PARAGRAPH_CHARS = 80;

    @Override
    public List<ProofFinding> check(ProofInput input, List<Paragraphs.Para> paragraphs) {
        List<ProofFinding> out = new ArrayList<>();
        SourceText source = input.source();
        if (source.hasPages()) {
            blankPages(input, out);
            duplicatePages(source, out);
            for (SourceText.Glyphless g : source.glyphless()) {
                String near = g.line() > 0 ? source.lines().get(g.line() - 1).strip() : "";
                out.add(
                        new ProofFinding(
                                "L03",
                                Severity.WARNING,
                                ChecklistItems.PAGES,
                                g.page(),
                                partAt(input, g.line()),
                                null,
                                "文字无法正常显示：本页有 "
                                        + g.count()
                                        + " 个字符的字体没有 Unicode 编码映射，在阅读器中显示为空白或乱码、无法复制"
                                        + (near.isEmpty() ? "" : "（附近文字：“" + cut(near) + "”）")));
            }
        }
        duplicateParagraphs(paragraphs, out);
        return out;
    }

    private static void blankPages(ProofInput input, List<ProofFinding> out) {
        SourceText source = input.source();
        boolean[] seen = new boolean[source.pageCount() + 1];
        source.pageOfLine().forEach(p -> seen[Math.min(p, source.pageCount())] = true);
        for (int page = 1; page <= source.pageCount(); page++) {
            if (seen[page]) {
                continue;
            }
            String previous = "";
            for (int i = source.lines().size(); i >= 1; i--) {
                if (source.pageOfLine().get(i - 1) < page && !source.lines().get(i - 1).isBlank()) {
                    previous = source.lines().get(i - 1).strip();
                    break;
                }
            }
            out.add(
                    new ProofFinding(
                            "L01",
                            Severity.WARNING,
                            ChecklistItems.PAGES,
                            page,
                            null,
                            null,
                            "空白页：第 "
                                    + page
                                    + " 页没有任何文字"
                                    + (previous.isEmpty()
                                            ? ""
                                            : "，前一页末行为“" + cut(previous) + "”")));
        }
    }

    private static void duplicatePages(SourceText source, List<ProofFinding> out) {
        Map<Integer, StringBuilder> pages = new HashMap<>();
        for (int i = 0; i < source.lines().size(); i++) {
            pages.computeIfAbsent(source.pageOfLine().get(i), p -> new StringBuilder())
                    .append(Paragraphs.squeeze(source.lines().get(i)));
        }
        Map<String, Integer> first = new HashMap<>();
        for (int page = 1; page <= source.pageCount(); page++) {
            StringBuilder text = pages.get(page);
            if (text == null || text.length() < MIN_PAGE_CHARS) {
                continue;
            }
            Integer earlier = first.putIfAbsent(text.toString(), page);
            if (earlier != null) {
                out.add(
                        new ProofFinding(
                                "L02",
                                Severity.WARNING,
                                ChecklistItems.PAGES,
                                page,
                                null,
                                null,
                                "重复页：第 " + page + " 页与第 " + earlier + " 页内容完全相同"));
            }
        }
    }

    private static void duplicateParagraphs(
            List<Paragraphs.Para> paragraphs, List<ProofFinding> out) {
        Map<String, Paragraphs.Para> first = new HashMap<>();
        for (Paragraphs.Para p : paragraphs) {
            String key = Paragraphs.squeeze(p.text());
            if (key.length() < MIN_PARAGRAPH_CHARS) {
                continue;
            }
            Paragraphs.Para earlier = first.putIfAbsent(key, p);
            if (earlier != null) {
                out.add(
                        p.finding(
                                "L04",
                                Severity.WARNING,
                                ChecklistItems.PAGES,
                                "重复内容：本段与“"
                                        + earlier.part().title()
                                        + "”第 "
                                        + earlier.number()
                                        + " 段完全相同（“"
                                        + cut(p.text())
                                        + "”）"));
            }
        }
    }

    /** The title of the part whose title line is the last at or before 1-based {@code line}. */
    static String partAt(ProofInput input, int line) {
        String title = null;
        for (ProofInput.Part part : input.parts()) {
            if (part.line() > 0 && part.line() <= line) {
                title = part.title();
            }
        }
        return title;
    }

    static String cut(String s) {
        return s.length() <= 24 ? s : s.substring(0, 24) + "…";
    }
}
