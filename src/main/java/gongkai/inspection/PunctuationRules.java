package gongkai.inspection;

import gongkai.validation.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * P01 doubled punctuation (。。, ，， or ，。), P02 a prose paragraph without its sentence-final
 * punctuation, P03 unbalanced quotation marks and brackets within a paragraph.
 */
final class PunctuationRules implements ProofRule {

    private static final Pattern DOUBLED = Pattern.compile("([。，；、！？])\\s*([。，；、！？])");

    /** A paragraph may end with these (closing quotes and brackets follow the full stop). */
    private static final Pattern ENDS_WELL =
            Pattern.compile(".*[。！？；：…:;.!?”’」』）)》】、,，]\\s*$", Pattern.DOTALL);

    /** Headings and list items: "一、…", "（二）…", "1.…", "第三部分 …", "附件…". */
    private static final Pattern HEADING =
            Pattern.compile(
                    "^(?:[一二三四五六七八九十]+[、.．]|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[、.．]|第[一二三四五六七八九十\\d]+部分|附件|附表|注[:：]).*");

    /** Prose long enough to be a sentence, not a title or a caption. */
    private static final int MIN_SENTENCE_CHARS = 30;

    private static final String[][] PAIRS = {
        {"“", "”", "引号"},
        {"‘", "’", "单引号"},
        {"（", "）", "括号"},
        {"(", ")", "括号"},
        {"《", "》", "书名号"},
        {"【", "】", "方括号"}
    };

    @Override
    public List<ProofFinding> check(ProofInput input, List<Paragraphs.Para> paragraphs) {
        List<ProofFinding> out = new ArrayList<>();
        for (Paragraphs.Para p : paragraphs) {
            doubled(p, out);
            missingStop(p, out);
            unbalanced(p, out);
        }
        return out;
    }

    private static void doubled(Paragraphs.Para p, List<ProofFinding> out) {
        Matcher m = DOUBLED.matcher(p.text());
        while (m.find()) {
            String twice = m.group(1) + m.group(2);
            out.add(
                    p.finding(
                            "P01",
                            Severity.WARNING,
                            ChecklistItems.PUNCTUATION,
                            "标点重复：“"
                                    + Paragraphs.around(p.text(), m.start(), m.end(), 12)
                                    + "”中连用“"
                                    + twice
                                    + "”，应只保留一个"
                                    + name(m.group(2))));
        }
    }

    private static void missingStop(Paragraphs.Para p, List<ProofFinding> out) {
        String t = p.text();
        if (t.length() < MIN_SENTENCE_CHARS
                || HEADING.matcher(t).matches() && t.length() < 60
                || ENDS_WELL.matcher(t).matches()
                || !t.matches(".*[，。].*")) {
            return;
        }
        out.add(
                p.finding(
                        "P02",
                        Severity.WARNING,
                        ChecklistItems.PUNCTUATION,
                        "句末缺少句号：段落以“"
                                + t.substring(Math.max(0, t.length() - 16))
                                + "”结尾，没有句号等句末标点"));
    }

    private static void unbalanced(Paragraphs.Para p, List<ProofFinding> out) {
        // "1)" and "a)" number list items with a closing bracket alone.
        String t = p.text().replaceAll("^[\\da-zA-Z]{1,2}[)）]", "");
        for (String[] pair : PAIRS) {
            int open = count(t, pair[0]);
            int close = count(t, pair[1]);
            if (open != close) {
                int at = open > close ? t.lastIndexOf(pair[0]) : t.indexOf(pair[1]);
                out.add(
                        p.finding(
                                "P03",
                                Severity.WARNING,
                                ChecklistItems.PUNCTUATION,
                                pair[2]
                                        + "不成对：左"
                                        + pair[2]
                                        + "“"
                                        + pair[0]
                                        + "” "
                                        + open
                                        + " 个，右"
                                        + pair[2]
                                        + "“"
                                        + pair[1]
                                        + "” "
                                        + close
                                        + " 个（“"
                                        + Paragraphs.around(t, at, at + 1, 12)
                                        + "”）"));
            }
        }
        int straight = count(t, "\"");
        if (straight % 2 == 1) {
            int at = t.indexOf('"');
            out.add(
                    p.finding(
                            "P03",
                            Severity.WARNING,
                            ChecklistItems.PUNCTUATION,
                            "引号不成对：直引号“\"”共 "
                                    + straight
                                    + " 个，为单数（“"
                                    + Paragraphs.around(t, at, at + 1, 12)
                                    + "”）"));
        }
    }

    private static int count(String text, String mark) {
        int n = 0;
        for (int i = text.indexOf(mark); i >= 0; i = text.indexOf(mark, i + 1)) {
            n++;
        }
        return n;
    }

    private static String name(String mark) {
        return switch (mark) {
            case "。" -> "句号";
            case "，" -> "逗号";
            case "；" -> "分号";
            case "、" -> "顿号";
            default -> "标点";
        };
    }
}
