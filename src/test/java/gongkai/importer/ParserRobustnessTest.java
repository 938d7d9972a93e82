package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.read.DocumentText;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Whatever comes in, the parser answers with a report and never throws. */
class ParserRobustnessTest {

    private static final DisclosureParser PARSER = new DisclosureParser();
    private static final String ALPHABET =
            "一二三四五六七八九十第部分表合计总计收入支出决算万元元单位局厅中心年度（）()、：:，。.,- \t\n0123456789公开项目科目代码栏次行次本表无数据见附件";

    private static ParseResult parse(String text) {
        ParseResult r = PARSER.parse(new DocumentText("fuzz.txt", List.of(text.split("\n", -1))));
        assertNotNull(r);
        assertNotNull(r.report());
        if (r.disclosure() == null) {
            assertFalse(r.report().errors().isEmpty(), "no disclosure must come with an error");
        } else {
            assertTrue(r.report().errors().isEmpty(), "a disclosure comes without errors");
        }
        return r;
    }

    private static ParseResult parseBytes(byte[] bytes) {
        ParseResult r = PARSER.parse(bytes, "fuzz.bin");
        assertNotNull(r.report());
        if (r.disclosure() == null) {
            assertFalse(r.report().errors().isEmpty());
        }
        return r;
    }

    @Test
    void randomUnicodeStrings() {
        Random random = new Random(1);
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(2000);
            for (int i = 0; i < len; i++) {
                sb.appendCodePoint(random.nextInt(0x10000));
            }
            parse(sb.toString());
        }
    }

    @Test
    void randomChineseDigitsAndTabs() {
        Random random = new Random(2);
        for (int n = 0; n < 300; n++) {
            StringBuilder sb = new StringBuilder();
            int len = random.nextInt(3000);
            for (int i = 0; i < len; i++) {
                sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            parse(sb.toString());
        }
    }

    @Test
    void eachSeedTruncatedAtFiftyRandomPoints() {
        Random random = new Random(3);
        for (String seed : Seeds.ALL) {
            String text = String.join("\n", Seeds.text(seed).lines());
            for (int n = 0; n < 50; n++) {
                parse(text.substring(0, random.nextInt(text.length())));
            }
        }
    }

    @Test
    void eachSeedWithShuffledLines() {
        Random random = new Random(4);
        for (String seed : Seeds.ALL) {
            for (int n = 0; n < 10; n++) {
                List<String> lines = new ArrayList<>(Seeds.text(seed).lines());
                Collections.shuffle(lines, random);
                parse(String.join("\n", lines));
            }
        }
    }

    @Test
    void randomBytes() {
        Random random = new Random(5);
        for (int n = 0; n < 200; n++) {
            byte[] bytes = new byte[random.nextInt(5000)];
            random.nextBytes(bytes);
            parseBytes(bytes);
        }
    }

    @Test
    void emptyAndWhitespaceOnlyInputIsAnError() {
        for (String s : List.of("", " ", "\n\n\n", "\t\t\n \u3000\n")) {
            ParseResult r = parse(s);
            assertNull(r.disclosure());
        }
        ParseResult empty = parseBytes(new byte[0]);
        assertNull(empty.disclosure());
        assertTrue(empty.report().errors().get(0).message().contains("文件为空"));
        assertNull(PARSER.parse((DocumentText) null).disclosure());
    }

    @Test
    void binaryInputIsRejectedAsNotText() {
        // Not any format the importer reads (PDFs, workbooks and Word files have their own
        // readers).
        byte[] binary =
                "\u007FELF\u0002\u0001\u0000\u0000binary".getBytes(StandardCharsets.ISO_8859_1);
        ParseResult r = parseBytes(binary);
        assertNull(r.disclosure());
        assertTrue(
                r.report().errors().get(0).message().contains("不是文本文件"),
                r.report().errors().toString());
    }

    @Test
    void textWithoutUnitOrYearIsAnError() {
        ParseResult r = parse("这是一段与决算无关的文字。\n今天天气很好。");
        assertNull(r.disclosure());
        assertTrue(r.report().errors().stream().anyMatch(m -> m.message().contains("单位名称")));
        assertTrue(r.report().errors().stream().anyMatch(m -> m.message().contains("年度")));
    }

    @Test
    void veryLongLinesAndManyTabs() {
        parse("一、".repeat(50_000));
        parse("收入决算表\n" + "\t".repeat(100_000) + "\n2040610\t" + "9".repeat(5000));
        parse("第一部分 概况\n" + "1,".repeat(30_000));
    }
}
