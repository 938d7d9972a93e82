package gongkai.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.importer.read.DocumentReader;
import gongkai.importer.read.TextDocumentReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** GB18030 and CRLF copies of the seeds parse exactly like the UTF-8 originals. */
class EncodingEquivalenceTest {

    private static final Charset GB18030 = Charset.forName("GB18030");

    private static ParseResult parse(byte[] bytes) {
        return new DisclosureParser().parse(bytes, "seed.txt");
    }

    @Test
    void gb18030AndCrlfGiveTheSameResult() {
        for (String seed : Seeds.ALL) {
            String text = new String(Seeds.bytes(seed), StandardCharsets.UTF_8);
            ParseResult original = parse(text.getBytes(StandardCharsets.UTF_8));
            ParseResult gb = parse(text.getBytes(GB18030));
            ParseResult crlf = parse(text.replace("\n", "\r\n").getBytes(StandardCharsets.UTF_8));
            ParseResult both = parse(text.replace("\n", "\r\n").getBytes(GB18030));
            ParseResult bom = parse(("\uFEFF" + text).getBytes(StandardCharsets.UTF_8));
            ParseResult utf16 = parse(("\uFEFF" + text).getBytes(StandardCharsets.UTF_16LE));
            assertTrue(original.ok(), seed);
            for (ParseResult other : new ParseResult[] {gb, crlf, both, bom, utf16}) {
                assertEquals(original.disclosure(), other.disclosure(), seed);
                assertEquals(original.report().warnings(), other.report().warnings(), seed);
            }
        }
    }

    @Test
    void readerDetectsTheEncoding() {
        TextDocumentReader reader = new TextDocumentReader();
        assertEquals(
                "UTF-8",
                reader.read("醴陵市司法局".getBytes(StandardCharsets.UTF_8), "a.txt").encoding());
        assertEquals("GB18030", reader.read("醴陵市司法局".getBytes(GB18030), "a.txt").encoding());
        assertEquals(
                "UTF-8 (BOM)",
                reader.read(("\uFEFF醴陵").getBytes(StandardCharsets.UTF_8), "a.txt").encoding());
        assertEquals(
                "UTF-16LE",
                reader.read(("\uFEFF醴陵").getBytes(StandardCharsets.UTF_16LE), "a.txt").encoding());
        assertEquals(
                "UTF-16BE",
                reader.read(("\uFEFF醴陵").getBytes(StandardCharsets.UTF_16BE), "a.txt").encoding());
        DocumentReader.Result r =
                reader.read("a\r\nb\rc\n".getBytes(StandardCharsets.UTF_8), "a.txt");
        assertEquals(java.util.List.of("a", "b", "c"), r.text().lines());
        assertTrue(reader.read(new byte[] {0, 1, 2, 3}, "x.doc").error().contains("不是文本文件"));
        assertTrue(reader.read(null, "x.txt").error().contains("文件为空"));
    }
}
