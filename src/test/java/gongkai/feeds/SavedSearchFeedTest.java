package gongkai.feeds;

import static gongkai.feeds.FeedTestSupport.entryPaths;
import static gongkai.feeds.FeedTestSupport.get;
import static gongkai.feeds.FeedTestSupport.stored;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.rometools.rome.feed.atom.Entry;
import com.rometools.rome.feed.atom.Feed;
import gongkai.disclosure.DisclosureCatalog;
import gongkai.disclosure.DisclosureService;
import gongkai.importer.ImportService;
import gongkai.search.Indexer;
import gongkai.testsupport.SampleVariants;
import gongkai.testsupport.Samples;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * {@code /search.atom?q=}: a saved search shows a newly published match as a new entry, first;
 * never a draft; a correction of a match is a new entry again. Hostile queries are answered.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SavedSearchFeedTest {

    static final String QUERY = "社区矫正经费";

    @Inject EmbeddedServer server;
    @Inject ImportService imports;
    @Inject DisclosureService disclosures;
    @Inject DisclosureCatalog catalog;
    @Inject Indexer indexer;

    long department;

    @BeforeAll
    void publishOne() {
        department =
                stored(
                        imports.importDocument(
                                "001", Samples.bytes(Samples.NMG_JUSTICE_DEPARTMENT), true));
        indexer.catchUp();
    }

    private Feed feed(String q) throws Exception {
        HttpResponse<String> r =
                get(
                        server.getURI(),
                        "/search.atom?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(
                r.headers()
                        .firstValue("Content-Type")
                        .orElse("")
                        .startsWith("application/atom+xml"));
        return AtomCheck.valid(r.body());
    }

    private static Set<String> ids(Feed feed) {
        return feed.getEntries().stream().map(Entry::getId).collect(Collectors.toSet());
    }

    @Test
    void aNewlyPublishedMatchAppearsAsANewEntryAndADraftNever() throws Exception {
        Feed before = feed(QUERY);
        assertEquals(List.of("/disclosures/" + department), entryPaths(before));
        assertTrue(before.getTitle().contains(QUERY), before.getTitle());
        assertTrue(AtomCheck.selfHref(before).contains("/search.atom?q="), "self link");

        long draft =
                stored(
                        imports.importDocument(
                                "004-2024",
                                SampleVariants.forYear(Samples.LILING_JUSTICE_BUREAU, 2024),
                                false));
        indexer.catchUp();
        assertEquals(ids(before), ids(feed(QUERY)), "a draft that matches never appears");

        long liling =
                stored(
                        imports.importDocument(
                                "004", Samples.bytes(Samples.LILING_JUSTICE_BUREAU), true));
        indexer.catchUp();
        Feed after = feed(QUERY);
        assertEquals(
                List.of("/disclosures/" + liling, "/disclosures/" + department),
                entryPaths(after),
                "the new match first, the old one kept");
        Entry added = after.getEntries().get(0);
        assertFalse(ids(before).contains(added.getId()), "a new entry id");
        assertTrue(ids(after).containsAll(ids(before)), "old entries keep their ids");
        assertTrue(added.getSummary().getValue().contains("匹配内容："), added.getSummary().getValue());
        assertFalse(entryPaths(after).contains("/disclosures/" + draft));

        long correction =
                FeedTestSupport.correct(
                        imports,
                        disclosures,
                        catalog,
                        liling,
                        Samples.bytes(Samples.LILING_JUSTICE_BUREAU),
                        "更正社区矫正支出说明");
        indexer.catchUp();
        Feed corrected = feed(QUERY);
        assertEquals("/disclosures/" + correction, entryPaths(corrected).get(0));
        assertFalse(
                ids(after).contains(corrected.getEntries().get(0).getId()),
                "the correction is new");
        assertTrue(corrected.getEntries().get(0).getTitle().contains("更正"));
    }

    @Test
    void badAndHostileQueries() throws Exception {
        HttpResponse<String> empty = get(server.getURI(), "/search.atom?q=%20");
        assertEquals(400, empty.statusCode());
        assertTrue(empty.body().contains("请在 q 中给出搜索词"), empty.body());
        HttpResponse<String> none = get(server.getURI(), "/search.atom");
        assertEquals(400, none.statusCode());
        HttpResponse<String> control = get(server.getURI(), "/search.atom?q=%E7%A4%BE%01");
        assertEquals(400, control.statusCode());
        assertTrue(control.body().contains("控制字符"), control.body());
        HttpResponse<String> region = get(server.getURI(), "/search.atom?q=x&region=999999");
        assertEquals(404, region.statusCode());

        Feed script = feed("<script>alert(1)</script> 社区矫正");
        assertTrue(script.getTitle().contains("<script>"), "kept as text, escaped in the XML");
        Feed syntax = feed("*?\"()~\\ AND : 社区矫正 OR");
        assertTrue(syntax.getTitle().contains("社区矫正"));
        Feed longQuery = feed("社区".repeat(2500));
        assertTrue(longQuery.getTitle().length() < 300, "the query is cut like a search's");
    }

    @Test
    void theSearchPageLinksItsFeed() {
        String html =
                get(
                                server.getURI(),
                                "/search?q=" + URLEncoder.encode(QUERY, StandardCharsets.UTF_8))
                        .body();
        assertTrue(html.contains("<link rel=\"alternate\" type=\"application/atom+xml\""), html);
        assertTrue(
                html.contains(
                        "href=\"/search.atom?q="
                                + URLEncoder.encode(QUERY, StandardCharsets.UTF_8)
                                + "\""),
                "the feed of this query");
        assertFalse(
                get(server.getURI(), "/search").body().contains("application/atom+xml"),
                "no feed without a query");
    }
}
