package gongkai.feeds;

import static gongkai.feeds.FeedTestSupport.get;
import static gongkai.feeds.FeedTestSupport.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import gongkai.disclosure.DisclosureCatalog;
import gongkai.importer.ImportService;
import gongkai.testsupport.Samples;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The pages announce their feeds in their head, and every announced feed answers. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FeedLinksTest {

    private static final Pattern ALTERNATE =
            Pattern.compile(
                    "<link rel=\"alternate\" type=\"application/atom\\+xml\" title=\"[^\"]+\""
                            + " href=\"([^\"]+)\">");

    @Inject EmbeddedServer server;
    @Inject ImportService imports;
    @Inject DisclosureCatalog catalog;

    long liling;

    @BeforeAll
    void publish() {
        liling =
                stored(
                        imports.importDocument(
                                "004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true));
    }

    private String feedOf(String page) throws Exception {
        String html = get(server.getURI(), page).body();
        String head = html.substring(0, html.indexOf("</head>"));
        Matcher m = ALTERNATE.matcher(head);
        assertTrue(m.find(), page + " announces a feed in its head: " + head);
        String href = m.group(1).replace("&amp;", "&");
        var feed = get(server.getURI(), href);
        assertEquals(200, feed.statusCode(), href);
        AtomCheck.valid(feed.body());
        return href;
    }

    @Test
    void homeRegionsRegionAndUnitPagesLinkTheirFeeds() throws Exception {
        assertEquals("/feeds/publications.atom", feedOf("/"));
        assertEquals("/feeds/publications.atom", feedOf("/regions"));
        assertEquals("/feeds/publications.atom?region=430200", feedOf("/regions/430200"));
        long unit = catalog.summary(liling).orElseThrow().unitId();
        assertEquals("/feeds/publications.atom?unit=" + unit, feedOf("/units/" + unit));
    }
}
