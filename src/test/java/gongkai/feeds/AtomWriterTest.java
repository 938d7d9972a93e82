package gongkai.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Feed;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The writer alone: text that would break markup is escaped, characters XML forbids dropped. */
class AtomWriterTest {

    @Test
    void hostileTextIsEscapedAndForbiddenCharactersDropped() throws Exception {
        String hostile = "</title><script>alert(1)</script>&amp;\u0001\u000b\ud800 社区矫正";
        FeedModel model =
                new FeedModel(
                        "tag:gongkai,2026:feed/test",
                        "搜索“" + hostile + "”",
                        "说明",
                        "/search.atom?q=x",
                        "/search?q=x",
                        List.of(
                                new FeedModel.Entry(
                                        "tag:gongkai,2026:disclosure/1",
                                        hostile,
                                        "单位<b>",
                                        Instant.parse("2026-12-05T01:02:03Z"),
                                        "/disclosures/1",
                                        "更正说明：" + hostile)));
        String xml = AtomWriter.write(model, "http://localhost:8080");
        assertFalse(xml.contains("<script>"), xml);
        assertTrue(xml.contains("&lt;script&gt;"), xml);
        assertTrue(xml.contains("xml:lang=\"zh-CN\""), xml);
        Feed feed = AtomCheck.valid(xml);
        assertEquals(
                "</title><script>alert(1)</script>&amp; 社区矫正",
                feed.getEntries().get(0).getTitle(),
                "the text survives as text, without the forbidden characters");
        assertEquals("2026-12-05T01:02:03Z", feed.getUpdated().toInstant().toString());
    }

    @Test
    void anEmptyFeedIsValidAndDatedAtTheEpoch() throws Exception {
        FeedModel model =
                new FeedModel(
                        "tag:gongkai,2026:feed/empty",
                        "空",
                        "无",
                        "/feeds/publications.atom",
                        "/",
                        List.of());
        Feed feed = AtomCheck.valid(AtomWriter.write(model, "https://example.cn"));
        assertTrue(feed.getEntries().isEmpty());
        assertEquals(Instant.EPOCH, feed.getUpdated().toInstant());
        assertEquals("https://example.cn/feeds/publications.atom", AtomCheck.selfHref(feed));
    }
}
